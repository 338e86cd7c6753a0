'use server'
import { redirect } from 'next/navigation'
import { runPublicAction, type ActionState } from '@/lib/request/action'
import { requestIp } from '@/lib/server/client-ip'
import { emailOnlySchema, signInFormSchema } from '@/lib/auth/schema'
import { authenticatePassword } from '@/lib/auth/sign-in'
import { requestSignInLink } from '@/lib/auth/sign-in-link'
import { startBrowserSession } from '@/lib/auth/session-cookie'
import { localPath } from '@/lib/safe-path'

/** Password sign-in as a form post (works without JavaScript; the password stays in the body). */
export async function signInAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  let next: string | null = null
  const res = await runPublicAction(fd, signInFormSchema, async (input) => {
    await startBrowserSession(await authenticatePassword(input.email, input.password, await requestIp()))
    next = localPath(input.next)
  })
  if (res.ok) redirect(`/after-sign-in${next ? `?next=${encodeURIComponent(next)}` : ''}`)
  return res
}

export async function requestLinkAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runPublicAction(fd, emailOnlySchema, async ({ email }) => {
    await requestSignInLink(email, await requestIp())
    return 'auth.linkSent'
  })
}
