'use server'
// Staff's evaluation rounds: create and edit a round, write its criteria, open it, release the
// supervisors' evaluations, and remind the late ones.
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { runAction, type ActionState } from '@/lib/request/action'
import { format } from '@/lib/i18n/define'
import { getI18n } from '@/lib/i18n/server'
import {
  createRoundSchema,
  deleteCriterionSchema,
  editRoundSchema,
  roundRefSchema,
  roundStepSchema,
  saveCriterionSchema,
} from '@/lib/evaluations/schema'
import { createRound, deleteCriterion, editRound, openRound, releaseRound, saveCriterion } from '@/lib/evaluations/mutations/rounds'
import { remindLate } from '@/lib/evaluations/mutations/remind'

const refresh = () => revalidatePath('/staff/cycles', 'layout')

export async function createRoundAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  let to: string | null = null
  const res = await runAction(
    fd,
    createRoundSchema,
    async (viewer, input) => {
      const r = await createRound(viewer, input)
      refresh()
      to = `/staff/cycles/${input.cycleId}/evaluations/${r.id}`
      return 'evaluations.staff.created'
    },
    { permission: 'evaluation:manage' },
  )
  if (res.ok && to) redirect(to)
  return res
}

export async function editRoundAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    editRoundSchema,
    async (viewer, input) => {
      await editRound(viewer, input)
      refresh()
      return 'evaluations.staff.saved'
    },
    { permission: 'evaluation:manage' },
  )
}

export async function saveCriterionAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    saveCriterionSchema,
    async (viewer, input) => {
      await saveCriterion(viewer, input)
      refresh()
      return input.criterionId ? 'evaluations.staff.saved' : 'evaluations.staff.criterionAdded'
    },
    { permission: 'evaluation:manage' },
  )
}

export async function deleteCriterionAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    deleteCriterionSchema,
    async (viewer, input) => {
      await deleteCriterion(viewer, input)
      refresh()
      return 'evaluations.staff.criterionRemoved'
    },
    { permission: 'evaluation:manage' },
  )
}

export async function openRoundAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    roundStepSchema,
    async (viewer, input) => {
      await openRound(viewer, input)
      refresh()
      return 'evaluations.staff.opened'
    },
    { permission: 'evaluation:manage' },
  )
}

export async function releaseRoundAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    roundStepSchema,
    async (viewer, input) => {
      await releaseRound(viewer, input)
      refresh()
      return 'evaluations.staff.released'
    },
    { permission: 'evaluation:manage' },
  )
}

export async function remindLateAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    roundRefSchema,
    async (viewer, input) => {
      const run = await remindLate(viewer, input.roundId)
      refresh()
      const { m, locale } = await getI18n()
      return { message: format(m.evaluations.staff.reminded, { count: run.people }, locale) }
    },
    { permission: 'evaluation:manage' },
  )
}
