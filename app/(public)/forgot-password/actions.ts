'use server'
import { headers } from 'next/headers'
import { runPublicAction, type ActionState } from '@/lib/server/action'
import { emailOnlySchema, setPasswordSchema } from '@/lib/auth/schema'
import { requestPasswordReset, resetPassword } from '@/lib/auth/accounts'

export async function requestResetAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runPublicAction(fd, emailOnlySchema, async ({ email }) => {
    const ip = (await headers()).get('x-forwarded-for')?.split(',')[0]?.trim() ?? 'unknown'
    await requestPasswordReset(email, ip)
    return 'auth.resetSent'
  })
}

export async function resetPasswordAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runPublicAction(fd, setPasswordSchema, async ({ token, password }) => {
    await resetPassword(token, password)
    return 'auth.resetDone'
  })
}
