'use server'
// Actions for interview slots: publish a batch, cancel one, set the booking cut-off.
import { revalidatePath } from 'next/cache'
import { runAction, type ActionState } from '@/lib/request/action'
import { getI18n } from '@/lib/i18n/server'
import { format } from '@/lib/i18n/define'
import { cancelSlotSchema, publishSlotsSchema, rescheduleHoursSchema } from '@/lib/recruitment/slots/schema'
import { cancelSlot, publishSlots, setRescheduleHours } from '@/lib/recruitment/slots/publish'

export async function publishSlotsAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    publishSlotsSchema,
    async (viewer, input) => {
      const { count } = await publishSlots(viewer, input)
      revalidatePath('/staff/cycles', 'layout')
      const { m, locale } = await getI18n()
      return { message: format(m.slots.staff.published, { count }, locale) }
    },
    { permission: 'interview:manage' },
  )
}

export async function cancelSlotAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    cancelSlotSchema,
    async (viewer, input) => {
      await cancelSlot(viewer, input)
      revalidatePath('/staff/cycles', 'layout')
      return 'slots.staff.cancelledDone'
    },
    { permission: 'interview:manage' },
  )
}

export async function setRescheduleHoursAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    rescheduleHoursSchema,
    async (viewer, input) => {
      await setRescheduleHours(viewer, input)
      revalidatePath('/staff/cycles', 'layout')
      return 'slots.staff.cutoffSaved'
    },
    { permission: 'interview:manage' },
  )
}
