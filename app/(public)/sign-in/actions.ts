'use server'
import { headers } from 'next/headers'
import { runPublicAction, type ActionState } from '@/lib/server/action'
import { emailOnlySchema } from '@/lib/auth/schema'
import { requestSignInLink } from '@/lib/auth/accounts'

export async function requestLinkAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runPublicAction(fd, emailOnlySchema, async ({ email }) => {
    const ip = (await headers()).get('x-forwarded-for')?.split(',')[0]?.trim() ?? 'unknown'
    await requestSignInLink(email, ip)
    return 'auth.linkSent'
  })
}
