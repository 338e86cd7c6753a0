'use server'
import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import { runAction, type ActionState } from '@/lib/request/action'
import { sendAnnouncementSchema } from '@/lib/announcements/schema'
import { sendAnnouncement } from '@/lib/announcements/mutations'

/** The confirmed send: the message, to the people listed on the confirmation who are still in the audience. */
export async function sendAnnouncementAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  let to: string | undefined
  const res = await runAction(
    fd,
    sendAnnouncementSchema,
    async (viewer, input) => {
      const sent = await sendAnnouncement(viewer, input)
      revalidatePath(`/staff/cycles/${input.cycleId}/announcements`)
      revalidatePath('/', 'layout')
      to = `/staff/cycles/${input.cycleId}/announcements/${sent.id}?sent=${sent.count}`
    },
    { permission: 'announcement:send' },
  )
  if (res.ok && to) redirect(to)
  return res
}
