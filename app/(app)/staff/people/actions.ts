'use server'
import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import { runAction, type ActionState } from '@/lib/request/action'
import { inviteSchema } from '@/lib/auth/schema'
import { updateUserSchema } from '@/lib/people/schema'
import { updateUser } from '@/lib/people/mutations/update-user'
import { inviteUser, revokeInvitation } from '@/lib/auth/invitations'
import { uuid } from '@/lib/validation'

export async function inviteAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    inviteSchema,
    async (viewer, input) => {
      const { unconfirmedAccount } = await inviteUser(viewer, input)
      revalidatePath('/staff/people')
      return unconfirmedAccount ? 'admin.people.invitedUnconfirmed' : 'admin.people.invited'
    },
    { permission: 'user:invite' },
  )
}

export async function revokeInvitationAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    z.object({ id: uuid() }),
    async (viewer, { id }) => {
      await revokeInvitation(viewer, id)
      revalidatePath('/staff/people')
      return 'admin.people.revoked'
    },
    { permission: 'user:invite' },
  )
}

export async function updateUserAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    updateUserSchema,
    async (viewer, input) => {
      await updateUser(viewer, input)
      revalidatePath('/staff/people')
      return 'admin.people.updated'
    },
    { permission: 'user:manage' },
  )
}
