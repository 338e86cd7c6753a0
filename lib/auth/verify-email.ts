// Confirming an email address with the emailed link.
import 'server-only'
import { write } from '../server/unit-of-work'
import { withoutSignIn } from './permit'
import { consumeToken } from './emailed-link'
import { toSessionUser } from './session-user'

export async function verifyEmail(token: string) {
  return write(null, withoutSignIn('emailed-token'), async (tx) => {
    const u = await consumeToken(tx, token, 'EMAIL_VERIFY')
    await tx.user.update({ where: { id: u.id }, data: { emailVerifiedAt: new Date() } })
    return toSessionUser(u)
  })
}
