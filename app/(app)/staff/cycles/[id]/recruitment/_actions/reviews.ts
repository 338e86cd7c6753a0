'use server'
// Actions for reviewer assignment (manual, and automatic after a confirmation listing who is
// emailed) and the review round.
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { runAction, type ActionState } from '@/lib/request/action'
import { getLocale, getMessages } from '@/lib/i18n/server'
import { format } from '@/lib/i18n/define'
import { assignSchema, autoAssignSchema, reviewRefSchema, roundSchema } from '@/lib/recruitment/schema/review'
import { assignReviewer, autoAssignReviewers, setReviewRound, unassignReviewer } from '@/lib/recruitment/mutations/assign-reviewers'

export async function assignReviewerAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    assignSchema,
    async (viewer, input) => {
      await assignReviewer(viewer, input)
      revalidatePath('/staff/cycles', 'layout')
      return 'recruitment.detail.assigned'
    },
    { permission: 'review:assign' },
  )
}

export async function unassignReviewerAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    reviewRefSchema,
    async (viewer, input) => {
      await unassignReviewer(viewer, input.reviewId)
      revalidatePath('/staff/cycles', 'layout')
      return 'recruitment.detail.unassigned'
    },
    { permission: 'review:assign' },
  )
}

/** The form: checked, then on to the confirmation listing the reviewers who would be emailed. */
export async function reviewAutoAssignAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  let target = ''
  const res = await runAction(
    fd,
    autoAssignSchema,
    async (_viewer, input) => {
      const q = new URLSearchParams([
        ['confirm', '1'],
        ['perApplication', String(input.perApplication)],
        ...input.reviewerIds.map((id): [string, string] => ['reviewerIds', id]),
      ])
      target = `/staff/cycles/${input.cycleId}/recruitment/assignment?${q}#auto`
    },
    { permission: 'review:assign' },
  )
  if (res.ok && target) redirect(target)
  return res
}

/** The confirmed assignment: the pool is the reviewers listed on the confirmation. */
export async function autoAssignAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  let target = ''
  const res = await runAction(
    fd,
    autoAssignSchema,
    async (viewer, input) => {
      const r = await autoAssignReviewers(viewer, input)
      revalidatePath(`/staff/cycles/${input.cycleId}/recruitment`, 'layout')
      target = `/staff/cycles/${input.cycleId}/recruitment/assignment?${new URLSearchParams({ assigned: String(r.assigned), applications: String(r.applications), shortfall: String(r.shortfall) })}#auto`
      const t = (await getMessages()).recruitment.assignment
      const locale = await getLocale()
      return { message: format(t.autoDone, r, locale) + (r.shortfall ? ' ' + format(t.autoShort, r, locale) : '') }
    },
    { permission: 'review:assign' },
  )
  if (res.ok && target) redirect(target)
  return res
}

export async function reviewRoundAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    roundSchema,
    async (viewer, input) => {
      await setReviewRound(viewer, input)
      revalidatePath(`/staff/cycles/${input.cycleId}/recruitment`, 'layout')
      return 'recruitment.assignment.roundSaved'
    },
    { permission: 'review:assign' },
  )
}
