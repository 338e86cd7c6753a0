'use server'
import { revalidatePath } from 'next/cache'
import { runAction, type ActionState } from '@/lib/request/action'
import { calendarFeedSchema, rsvpSchema } from '@/lib/events/schema'
import { respondToEvent } from '@/lib/events/mutations/respond'
import { createCalendarFeed, revokeCalendarFeed } from '@/lib/events/mutations/calendar-feed'
import { appUrl } from '@/lib/server/mailer'
import { getMessages } from '@/lib/i18n/server'

export async function respondToEventAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    rsvpSchema,
    async (viewer, input) => {
      await respondToEvent(viewer, input)
      revalidatePath('/fellow', 'layout')
      return 'events.mine.answerSaved'
    },
    { permission: 'event:respond:own' },
  )
}

/** A new private feed address, shown once in the answer (only its hash is kept). */
export async function createCalendarFeedAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    calendarFeedSchema,
    async (viewer) => {
      const token = await createCalendarFeed(viewer)
      revalidatePath('/fellow/events')
      return { message: (await getMessages()).events.feed.created, data: { feedUrl: appUrl(`/calendar/${token}.ics`) } }
    },
    { permission: 'event:respond:own' },
  )
}

export async function revokeCalendarFeedAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    calendarFeedSchema,
    async (viewer) => {
      const had = await revokeCalendarFeed(viewer)
      revalidatePath('/fellow/events')
      return had ? 'events.feed.revoked' : 'events.feed.nothingToRevoke'
    },
    { permission: 'event:respond:own' },
  )
}
