// Password sign-in. Emailed-link sign-in is in sign-in-link.ts, sign-up in sign-up.ts.
import 'server-only'
import { getDb } from '../server/db'
import { AppError } from '../server/errors'
import { forgive, hit } from '../server/rate-limit'
import { dummyHash, verifyPassword } from './password'
import { signInSchema } from './schema'
import { toSessionUser, type SessionUser } from './session-user'

const SIGN_IN_LIMIT = { perAccount: 10, perIp: 50, windowMs: 15 * 60_000 }

export async function authenticatePassword(emailIn: string, password: string, ip: string | null = null): Promise<SessionUser> {
  // Malformed credentials (a NUL byte, thousands of characters) never reach the database.
  const creds = signInSchema.safeParse({ email: emailIn, password })
  if (!creds.success) throw new AppError('INVALID', 'errors.invalidCredentials')
  const { email } = creds.data
  const acctKey = `signin:acct:${email}`
  const ipKey = ip ? `signin:ip:${ip}` : null
  // Every attempt is counted, in one atomic statement, before its password is checked: attempts
  // sent at once cannot all pass a check made before any of them was recorded. Once an account
  // or an address has used up its window, even the right password waits (that stops guessing).
  const accountAllowed = await hit(acctKey, SIGN_IN_LIMIT.perAccount, SIGN_IN_LIMIT.windowMs)
  const addressAllowed = ipKey ? await hit(ipKey, SIGN_IN_LIMIT.perIp, SIGN_IN_LIMIT.windowMs) : true
  if (!accountAllowed || !addressAllowed) throw new AppError('RATE_LIMITED', 'errors.rateLimited')
  const db = await getDb()
  const u = await db.user.findUnique({ where: { email } })
  // Compare even when there is no user, against a real hash of the same cost, so timing does
  // not reveal which emails exist.
  const valid = await verifyPassword(password, u?.passwordHash ?? (await dummyHash()))
  if (!u || !u.active || !valid) throw new AppError('INVALID', 'errors.invalidCredentials')
  // Only failures are held against the account and the address: a sign-in with the right
  // password takes its attempt back.
  await forgive(acctKey)
  if (ipKey) await forgive(ipKey)
  return toSessionUser(u)
}
