'use server'
// Actions for the waitlist: put an application on it or move it within it, and offer a freed
// place to the first on it.
import { revalidatePath } from 'next/cache'
import { runAction, type ActionState } from '@/lib/request/action'
import { offerNextSchema, waitlistSchema } from '@/lib/recruitment/waitlist/schema'
import { offerNextOnWaitlist, waitlistApplication } from '@/lib/recruitment/waitlist/mutations'

export async function waitlistAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    waitlistSchema,
    async (viewer, input) => {
      const wasOn = fd.get('intent') === 'rank'
      await waitlistApplication(viewer, input)
      revalidatePath('/staff/cycles', 'layout')
      return wasOn ? 'waitlist.ranked' : 'waitlist.added'
    },
    { permission: 'application:manage' },
  )
}

export async function offerNextAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    offerNextSchema,
    async (viewer, input) => {
      await offerNextOnWaitlist(viewer, input)
      revalidatePath('/staff/cycles', 'layout')
      return 'waitlist.offered'
    },
    { permission: 'offer:manage' },
  )
}
