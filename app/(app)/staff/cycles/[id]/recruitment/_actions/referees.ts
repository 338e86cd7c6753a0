'use server'
// Staff actions on referees: how many a call asks for, and a letter's redacted text for blind reviewers.
import { revalidatePath } from 'next/cache'
import { runAction, type ActionState } from '@/lib/request/action'
import { redactionSchema, refereesRequiredSchema } from '@/lib/referees/schema'
import { saveRedaction, setRefereesRequired } from '@/lib/referees/mutations/staff'

export async function saveRefereesRequiredAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    refereesRequiredSchema,
    async (viewer, input) => {
      await setRefereesRequired(viewer, input)
      revalidatePath(`/staff/cycles/${input.cycleId}/recruitment`, 'layout')
      return 'referees.staff.saved'
    },
    { permission: 'call:configure' },
  )
}

export async function saveRedactionAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    redactionSchema,
    async (viewer, input) => {
      await saveRedaction(viewer, input)
      revalidatePath('/staff/cycles', 'layout')
      return 'referees.staff.redactionSaved'
    },
    { permission: 'application:manage' },
  )
}
