'use server'
// The applicant books an interview time, or moves their booking to another.
import { revalidatePath } from 'next/cache'
import { runAction, type ActionState } from '@/lib/request/action'
import { bookSlotSchema } from '@/lib/recruitment/slots/schema'
import { bookSlot } from '@/lib/recruitment/slots/book'

export async function bookSlotAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    bookSlotSchema,
    async (viewer, input) => {
      const { moved } = await bookSlot(viewer, input)
      revalidatePath('/apply', 'layout')
      return moved ? 'slots.apply.moved' : 'slots.apply.booked'
    },
    { permission: 'application:write:own' },
  )
}
