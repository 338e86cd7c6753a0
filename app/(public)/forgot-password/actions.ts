'use server'
import { runPublicAction, type ActionState } from '@/lib/request/action'
import { requestIp } from '@/lib/server/client-ip'
import { emailOnlySchema, setPasswordSchema } from '@/lib/auth/schema'
import { requestPasswordReset, resetPassword } from '@/lib/auth/reset-password'

export async function requestResetAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runPublicAction(fd, emailOnlySchema, async ({ email }) => {
    await requestPasswordReset(email, await requestIp())
    return 'auth.resetSent'
  })
}

export async function resetPasswordAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runPublicAction(fd, setPasswordSchema, async ({ token, password }) => {
    await resetPassword(token, password)
    return 'auth.resetDone'
  })
}
