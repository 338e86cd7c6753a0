'use server'
import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import { runAction, type ActionState } from '@/lib/request/action'
import { markAllRead } from '@/lib/announcements/mutations'

export async function markAllReadAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    z.object({}),
    async (viewer) => {
      await markAllRead(viewer)
      revalidatePath('/', 'layout')
      return 'announcements.inbox.markedAll'
    },
    { permission: 'inbox:read:own' },
  )
}
