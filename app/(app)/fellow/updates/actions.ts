'use server'
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { runAction, type ActionState } from '@/lib/server/action'
import { saveUpdateSchema } from '@/lib/progress/schema'
import { saveUpdate } from '@/lib/progress/mutations/save-update'
import { addCommentSchema } from '@/lib/comments/schema'
import { addComment } from '@/lib/comments/comments'

const opts = { roles: ['FELLOW'] as const }

export async function saveUpdateAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  let target = ''
  const res = await runAction(
    fd,
    saveUpdateSchema,
    async (viewer, input) => {
      const r = await saveUpdate(viewer, input)
      revalidatePath('/fellow', 'layout')
      // A first submission moves to the read view with a notice; drafts and edits stay on the form.
      if (r.submitted) target = `/fellow/updates/${input.fellowshipId}/${input.periodIndex}?submitted=1`
      return r.status === 'DRAFT' ? 'progress.updates.draftSaved' : 'progress.updates.changesSaved'
    },
    opts,
  )
  if (res.ok && target) redirect(target)
  return res
}

export async function addUpdateCommentAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    addCommentSchema,
    async (viewer, input) => {
      await addComment(viewer, { ...input, target: 'update' })
      revalidatePath('/fellow/updates', 'layout')
      return 'deliverables.comments.posted'
    },
    opts,
  )
}
