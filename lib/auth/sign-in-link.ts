// Sign-in by an emailed link: asking for one, and signing in with it.
import 'server-only'
import { write } from '../server/unit-of-work'
import { withoutSignIn } from './permit'
import { afterResponse } from '../server/after-response'
import { consumeToken, limitLinkRequest, mailLink } from './emailed-link'
import { toSessionUser, type SessionUser } from './session-user'

/** Answers the same, at once, whether or not the email has an account. */
export async function requestSignInLink(emailIn: string, ip: string | null = null) {
  const email = emailIn.trim().toLowerCase()
  await limitLinkRequest('link', email, ip)
  afterResponse('sign-in link', () => mailLink(email, 'SIGN_IN'))
}

export async function consumeSignInLink(token: string): Promise<SessionUser> {
  return write(null, withoutSignIn('emailed-token'), async (tx) => {
    const u = await consumeToken(tx, token, 'SIGN_IN')
    if (!u.emailVerifiedAt) await tx.user.update({ where: { id: u.id }, data: { emailVerifiedAt: new Date() } })
    return toSessionUser(u)
  })
}
