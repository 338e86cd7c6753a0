'use server'
// Actions of the pipeline board and an application's page: moves (one or many), screening
// decisions and re-screening.
import { revalidatePath } from 'next/cache'
import { runAction, type ActionState } from '@/lib/server/action'
import { getLocale, getMessages } from '@/lib/i18n/server'
import { format } from '@/lib/i18n/define'
import { STAFF_ROLES } from '@/lib/auth/roles'
import { bulkMoveSchema, cycleRefSchema, eligibilityDecisionSchema, moveOneSchema } from '@/lib/recruitment/schema/pipeline'
import { decideEligibility, moveApplication, moveApplications, rescreenApplications } from '@/lib/recruitment/mutations/move-applications'

const opts = { roles: STAFF_ROLES }

export async function bulkMoveAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(fd, bulkMoveSchema, async (viewer, input) => {
    const { moved } = await moveApplications(viewer, input)
    revalidatePath(`/staff/cycles/${input.cycleId}/recruitment`, 'layout')
    return { message: format((await getMessages()).recruitment.board.moved, { count: moved }, await getLocale()) }
  }, opts)
}

export async function moveOneAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(fd, moveOneSchema, async (viewer, input) => {
    await moveApplication(viewer, input)
    revalidatePath('/staff/cycles', 'layout')
    return 'recruitment.detail.moved'
  }, opts)
}

export async function decideEligibilityAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(fd, eligibilityDecisionSchema, async (viewer, input) => {
    await decideEligibility(viewer, input)
    revalidatePath('/staff/cycles', 'layout')
    return 'recruitment.detail.eligibilitySaved'
  }, opts)
}

export async function rescreenAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(fd, cycleRefSchema, async (viewer, input) => {
    const r = await rescreenApplications(viewer, input.cycleId)
    revalidatePath(`/staff/cycles/${input.cycleId}/recruitment`, 'layout')
    return { message: format((await getMessages()).recruitment.board.rescreened, r) }
  }, opts)
}
