'use server'
import { revalidatePath } from 'next/cache'
import { runAction, type ActionState } from '@/lib/request/action'
import { reviewSubmissionSchema } from '@/lib/deliverables/schema'
import { reviewSubmission } from '@/lib/deliverables/mutations/review-submission'
import { addCommentSchema } from '@/lib/comments/schema'
import { addComment } from '@/lib/comments/comments'

export async function reviewSubmissionAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    reviewSubmissionSchema,
    async (viewer, input) => {
      await reviewSubmission(viewer, input)
      revalidatePath('/partner', 'layout')
      return 'deliverables.review.done'
    },
    { permission: 'deliverable:review' },
  )
}

export async function addPartnerCommentAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    addCommentSchema,
    async (viewer, input) => {
      await addComment(viewer, input)
      revalidatePath(input.target === 'update' ? `/partner/updates/${input.targetId}` : `/partner/deliverables/${input.targetId}`)
      return 'deliverables.comments.posted'
    },
    { permission: 'comment:write:department' },
  )
}
