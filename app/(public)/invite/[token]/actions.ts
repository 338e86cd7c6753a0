'use server'
import { runPublicAction, type ActionState } from '@/lib/request/action'
import { acceptInviteSchema } from '@/lib/auth/schema'
import { acceptInvitation } from '@/lib/auth/invitations'

export async function acceptInviteAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runPublicAction(fd, acceptInviteSchema, async ({ token, name, password }) => {
    const u = await acceptInvitation(token, { name, password })
    return { data: { email: u.email } }
  })
}
