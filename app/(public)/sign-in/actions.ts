'use server'
import { runPublicAction, type ActionState } from '@/lib/server/action'
import { requestIp } from '@/lib/server/client-ip'
import { emailOnlySchema } from '@/lib/auth/schema'
import { requestSignInLink } from '@/lib/auth/accounts'

export async function requestLinkAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runPublicAction(fd, emailOnlySchema, async ({ email }) => {
    await requestSignInLink(email, await requestIp())
    return 'auth.linkSent'
  })
}
