'use server'
// Actions of the pipeline board and an application's page: moves (one, or many after a
// confirmation listing who is emailed), screening decisions and re-screening.
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { runAction, type ActionState } from '@/lib/request/action'
import { getLocale, getMessages } from '@/lib/i18n/server'
import { format } from '@/lib/i18n/define'
import {
  bulkMoveSchema,
  cycleRefSchema,
  eligibilityDecisionSchema,
  moveOneSchema,
  reviewMoveSchema,
} from '@/lib/recruitment/schema/pipeline'
import { decideEligibility, moveApplication, moveApplications, rescreenApplications } from '@/lib/recruitment/mutations/move-applications'

/** The board's bulk form: checked, then on to the confirmation listing who would be emailed. */
export async function reviewMoveAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  let target = ''
  const res = await runAction(
    fd,
    reviewMoveSchema,
    async (_viewer, input) => {
      const q = new URLSearchParams([['to', input.to], ...input.ids.map((id): [string, string] => ['ids', id])])
      target = `/staff/cycles/${input.cycleId}/recruitment/move?${q}`
    },
    { permission: 'application:manage' },
  )
  if (res.ok && target) redirect(target)
  return res
}

/** The confirmed move: only the applications listed on the confirmation, each applicant emailed. */
export async function bulkMoveAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  let target = ''
  const res = await runAction(
    fd,
    bulkMoveSchema,
    async (viewer, input) => {
      const { moved } = await moveApplications(viewer, input)
      revalidatePath(`/staff/cycles/${input.cycleId}/recruitment`, 'layout')
      target = `/staff/cycles/${input.cycleId}/recruitment?moved=${moved}`
      return { message: format((await getMessages()).recruitment.board.moved, { count: moved }, await getLocale()) }
    },
    { permission: 'application:manage' },
  )
  if (res.ok && target) redirect(target)
  return res
}

export async function moveOneAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    moveOneSchema,
    async (viewer, input) => {
      await moveApplication(viewer, input)
      revalidatePath('/staff/cycles', 'layout')
      return 'recruitment.detail.moved'
    },
    { permission: 'application:manage' },
  )
}

export async function decideEligibilityAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    eligibilityDecisionSchema,
    async (viewer, input) => {
      await decideEligibility(viewer, input)
      revalidatePath('/staff/cycles', 'layout')
      return 'recruitment.detail.eligibilitySaved'
    },
    { permission: 'application:manage' },
  )
}

export async function rescreenAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    cycleRefSchema,
    async (viewer, input) => {
      const r = await rescreenApplications(viewer, input.cycleId)
      revalidatePath(`/staff/cycles/${input.cycleId}/recruitment`, 'layout')
      return { message: format((await getMessages()).recruitment.board.rescreened, r) }
    },
    { permission: 'application:manage' },
  )
}
