'use server'
import { revalidatePath } from 'next/cache'
import { runAction, type ActionState } from '@/lib/request/action'
import { cancelEventSchema, createEventSchema, saveAttendanceSchema, updateEventSchema } from '@/lib/events/schema'
import { cancelEvent, createEvent, updateEvent } from '@/lib/events/mutations/schedule-event'
import { saveAttendance } from '@/lib/events/mutations/take-attendance'

export async function createEventAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    createEventSchema,
    async (viewer, input) => {
      await createEvent(viewer, input)
      revalidatePath('/staff/cycles', 'layout')
      return 'events.staff.scheduled'
    },
    { permission: 'event:manage' },
  )
}

export async function updateEventAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    updateEventSchema,
    async (viewer, input) => {
      await updateEvent(viewer, input)
      revalidatePath('/staff/cycles', 'layout')
      return 'events.staff.saved'
    },
    { permission: 'event:manage' },
  )
}

export async function cancelEventAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    cancelEventSchema,
    async (viewer, input) => {
      await cancelEvent(viewer, input)
      revalidatePath('/staff/cycles', 'layout')
      return input.intent === 'cancel' ? 'events.staff.cancelledDone' : 'events.staff.restoredDone'
    },
    { permission: 'event:manage' },
  )
}

/** The whole register of a session (or of one department's fellows) in one submit. */
export async function saveAttendanceAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    saveAttendanceSchema,
    async (viewer, input) => {
      await saveAttendance(viewer, input)
      revalidatePath('/staff/cycles', 'layout')
      return 'events.staff.registerSaved'
    },
    { permission: 'event:manage' },
  )
}
