'use server'
import { revalidatePath } from 'next/cache'
import { runAction, type ActionState } from '@/lib/request/action'
import { changePasswordSchema, profileSchema } from '@/lib/auth/schema'
import { changeOwnPassword, updateOwnProfile } from '@/lib/auth/profile'

export async function updateProfileAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(fd, profileSchema, async (viewer, input) => {
    await updateOwnProfile(viewer, input)
    revalidatePath('/account')
    return 'auth.profileSaved'
  })
}

export async function changePasswordAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(fd, changePasswordSchema, async (viewer, input) => {
    await changeOwnPassword(viewer, input.current, input.password)
    return 'auth.passwordChanged'
  })
}
