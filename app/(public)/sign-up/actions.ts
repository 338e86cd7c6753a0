'use server'
import { runPublicAction, type ActionState } from '@/lib/server/action'
import { signUpSchema } from '@/lib/auth/schema'
import { signUpApplicant } from '@/lib/auth/accounts'

export async function signUpAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runPublicAction(fd, signUpSchema, async ({ name, email, password, next }) => {
    const safeNext = next && next.startsWith('/') && !next.startsWith('//') ? next : undefined
    await signUpApplicant({ name, email, password }, safeNext)
    return 'auth.signUpDone'
  })
}
