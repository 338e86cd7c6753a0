'use server'
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { runAction, type ActionState } from '@/lib/request/action'
import { correctUpdateSchema, saveUpdateSchema } from '@/lib/progress/schema'
import { saveUpdate } from '@/lib/progress/mutations/save-update'
import { correctUpdate } from '@/lib/progress/mutations/correct-update'
import { addCommentSchema } from '@/lib/comments/schema'
import { addComment } from '@/lib/comments/comments'

export async function saveUpdateAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  let target = ''
  const res = await runAction(
    fd,
    saveUpdateSchema,
    async (viewer, input) => {
      const r = await saveUpdate(viewer, input)
      revalidatePath('/fellow', 'layout')
      // A submission moves to the read view with a notice; a draft stays on the form.
      if (r.submitted) target = `/fellow/updates/${input.fellowshipId}/${input.periodIndex}?submitted=1`
      return 'progress.updates.draftSaved'
    },
    { permission: 'update:write:own' },
  )
  if (res.ok && target) redirect(target)
  return res
}

/** A correction of a submitted update: saved with the earlier text kept, then the read view. */
export async function correctUpdateAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  let target = ''
  const res = await runAction(
    fd,
    correctUpdateSchema,
    async (viewer, input) => {
      const r = await correctUpdate(viewer, input)
      revalidatePath('/fellow', 'layout')
      target = `/fellow/updates/${r.fellowshipId}/${r.periodIndex}?corrected=1`
      return 'progress.updates.corrected'
    },
    { permission: 'update:write:own' },
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
    { permission: 'comment:write:own' },
  )
}
