// Confirming an email address with the emailed link.
import 'server-only'
import { getDb } from '../server/db'
import { consumeToken } from './emailed-link'
import { toSessionUser } from './session-user'

export async function verifyEmail(token: string) {
  const u = await consumeToken(token, 'EMAIL_VERIFY')
  const db = await getDb()
  await db.user.update({ where: { id: u.id }, data: { emailVerifiedAt: new Date() } })
  return toSessionUser(u)
}
