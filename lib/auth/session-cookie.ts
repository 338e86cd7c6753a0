// Starts a session from a server action (the sign-in form), the way next-auth's credentials
// callback does: the same jwt callback (which records the session, lib/auth/sessions.ts), the
// same encoding and the same cookie, so getViewer() and next-auth's routes read it as theirs.
// The form then works as a plain POST without JavaScript, and the password never goes to a URL.
import 'server-only'
import { cookies } from 'next/headers'
import { encode, type JWT } from 'next-auth/jwt'
import { env } from '../env'
import { authOptions } from './options'
import { authSecret } from './secret'
import { SESSION_MAX_AGE_S } from './sessions'
import type { SessionUser } from './session-user'

/** next-auth's cookie name: `__Secure-` when the site is served over https (its rule). */
export function sessionCookieName(): string {
  return `${(env().NEXTAUTH_URL ?? '').startsWith('https://') ? '__Secure-' : ''}next-auth.session-token`
}

export async function startBrowserSession(user: SessionUser): Promise<void> {
  const jwt = authOptions.callbacks!.jwt! as (p: {
    token: JWT
    user: unknown
    account: unknown
    trigger: 'signIn'
    isNewUser: boolean
  }) => Promise<JWT>
  const token = await jwt({
    token: { name: user.name, email: user.email, sub: user.id },
    user,
    account: { providerAccountId: user.id, type: 'credentials', provider: 'password' },
    trigger: 'signIn',
    isNewUser: false,
  })
  const value = await encode({ token, secret: authSecret(), maxAge: SESSION_MAX_AGE_S })
  const secure = sessionCookieName().startsWith('__Secure-')
  ;(await cookies()).set(sessionCookieName(), value, { httpOnly: true, sameSite: 'lax', path: '/', secure, maxAge: SESSION_MAX_AGE_S })
}
