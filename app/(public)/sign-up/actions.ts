'use server'
import { runPublicAction, type ActionState } from '@/lib/request/action'
import { signUpSchema } from '@/lib/auth/schema'
import { signUpApplicant } from '@/lib/auth/sign-up'
import { requestIp } from '@/lib/server/client-ip'
import { localPath } from '@/lib/safe-path'

export async function signUpAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runPublicAction(fd, signUpSchema, async ({ name, email, password, next }) => {
    const safeNext = localPath(next) ?? undefined
    await signUpApplicant({ name, email, password }, safeNext, await requestIp())
    return 'auth.signUpDone'
  })
}
