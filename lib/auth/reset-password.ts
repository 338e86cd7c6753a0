// Password reset by an emailed link: asking for one, and setting the new password with it.
import 'server-only'
import { write } from '../server/unit-of-work'
import { withoutSignIn } from './permit'
import { afterResponse } from '../server/after-response'
import { hashPassword } from './password'
import { consumeToken, limitLinkRequest, mailLink } from './emailed-link'

/** Answers the same, at once, whether or not the email has an account. */
export async function requestPasswordReset(emailIn: string, ip: string | null = null) {
  const email = emailIn.trim().toLowerCase()
  await limitLinkRequest('reset', email, ip)
  afterResponse('password reset', () => mailLink(email, 'PASSWORD_RESET'))
}

export async function resetPassword(token: string, password: string) {
  const passwordHash = await hashPassword(password)
  // A reset also signs out every other session.
  await write(null, withoutSignIn('emailed-token'), async (tx, uow) => {
    const u = await consumeToken(tx, token, 'PASSWORD_RESET')
    await tx.user.update({
      where: { id: u.id },
      data: { passwordHash, sessionVersion: { increment: 1 }, emailVerifiedAt: u.emailVerifiedAt ?? new Date() },
    })
    await uow.audit({ actorId: u.id, action: 'user.password-reset', entityType: 'User', entityId: u.id })
  })
}
