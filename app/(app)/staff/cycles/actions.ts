'use server'
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { runAction, type ActionState } from '@/lib/request/action'
import { archiveSchema } from '@/lib/programmes/schema'
import {
  createCycleSchema,
  cycleStatusSchema,
  participationSchema,
  removeParticipationSchema,
  updateCycleSchema,
} from '@/lib/cycles/schema'
import { createCycle, removeParticipation, saveParticipation, setCycleArchived, setCycleStatus, updateCycle } from '@/lib/cycles/mutations'

export async function createCycleAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  let id = ''
  const res = await runAction(
    fd,
    createCycleSchema,
    async (viewer, input) => {
      id = (await createCycle(viewer, input)).id
    },
    { permission: 'cycle:manage' },
  )
  if (res.ok) redirect(`/staff/cycles/${id}`)
  return res
}

export async function updateCycleAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    updateCycleSchema,
    async (viewer, input) => {
      await updateCycle(viewer, input)
      revalidatePath(`/staff/cycles/${input.id}`)
      return 'admin.cycles.updated'
    },
    { permission: 'cycle:manage' },
  )
}

export async function setCycleStatusAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    cycleStatusSchema,
    async (viewer, input) => {
      await setCycleStatus(viewer, input)
      revalidatePath(`/staff/cycles/${input.id}`)
      return 'admin.cycles.statusChanged'
    },
    { permission: 'cycle:manage' },
  )
}

export async function archiveCycleAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    archiveSchema,
    async (viewer, { id, archive }) => {
      await setCycleArchived(viewer, id, archive)
      revalidatePath(`/staff/cycles/${id}`)
    },
    { permission: 'cycle:manage' },
  )
}

export async function saveParticipationAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    participationSchema,
    async (viewer, input) => {
      await saveParticipation(viewer, input)
      revalidatePath(`/staff/cycles/${input.cycleId}`)
      return 'admin.cycles.participationSaved'
    },
    { permission: 'cycle:manage' },
  )
}

export async function removeParticipationAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    removeParticipationSchema,
    async (viewer, input) => {
      await removeParticipation(viewer, input.cycleId, input.departmentId)
      revalidatePath(`/staff/cycles/${input.cycleId}`)
      return 'admin.cycles.participationRemoved'
    },
    { permission: 'cycle:manage' },
  )
}
