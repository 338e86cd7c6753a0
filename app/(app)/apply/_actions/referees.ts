'use server'
// The applicant's referees: add one, replace one who has not written, email a fresh link.
import { revalidatePath } from 'next/cache'
import { runAction, type ActionState } from '@/lib/request/action'
import { addRefereeSchema, replaceRefereeSchema, resendRefereeSchema } from '@/lib/referees/schema'
import { addReferee, replaceReferee, resendRefereeLink } from '@/lib/referees/mutations/applicant'

export async function addRefereeAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    addRefereeSchema,
    async (viewer, input) => {
      await addReferee(viewer, input)
      revalidatePath('/apply', 'layout')
      return 'referees.applicant.added'
    },
    { permission: 'application:write:own' },
  )
}

export async function replaceRefereeAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    replaceRefereeSchema,
    async (viewer, input) => {
      await replaceReferee(viewer, input)
      revalidatePath('/apply', 'layout')
      return 'referees.applicant.replaced'
    },
    { permission: 'application:write:own' },
  )
}

export async function resendRefereeAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    resendRefereeSchema,
    async (viewer, input) => {
      await resendRefereeLink(viewer, input)
      revalidatePath('/apply', 'layout')
      return 'referees.applicant.resent'
    },
    { permission: 'application:write:own' },
  )
}
