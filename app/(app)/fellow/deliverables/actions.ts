'use server'
import { revalidatePath } from 'next/cache'
import { runAction, type ActionState } from '@/lib/request/action'
import { submitVersionSchema } from '@/lib/deliverables/schema'
import { submitVersion } from '@/lib/deliverables/mutations/submit-version'
import { isEmptyFile } from '@/lib/files/upload'
import { addCommentSchema } from '@/lib/comments/schema'
import { addComment } from '@/lib/comments/comments'

export async function submitVersionAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    submitVersionSchema,
    async (viewer, input) => {
      const files = fd.getAll('files').filter((f): f is File => !isEmptyFile(f))
      await submitVersion(viewer, input, files)
      revalidatePath('/fellow', 'layout')
      return 'deliverables.submit.done'
    },
    { permission: 'deliverable:submit' },
  )
}

export async function addDeliverableCommentAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    addCommentSchema,
    async (viewer, input) => {
      await addComment(viewer, { ...input, target: 'deliverable' })
      revalidatePath(`/fellow/deliverables/${input.targetId}`)
      return 'deliverables.comments.posted'
    },
    { permission: 'comment:write:own' },
  )
}
