// Accounts: password and emailed-link sign-in, password reset, email verification, and staff
// changes to a user's role or access. Sign-up is in sign-up.ts, invitations in invitations.ts.
import 'server-only'
import type { Role } from '@prisma/client'
import { getDb } from '../server/db'
import { AppError, notFound, stale } from '../server/errors'
import { appUrl, deliverQueued, queueMail } from '../server/mailer'
import { afterResponse } from '../server/after-response'
import type { Tx } from '../server/tx'
import { forgive, hit } from '../server/rate-limit'
import { writeAudit } from '../audit/write'
import { assertCan, can } from './policy'
import { dummyHash, hashPassword, verifyPassword } from './password'
import { hashToken, newToken, TOKEN_TTL_MS } from './tokens'
import type { Viewer } from './viewer'
import { signInSchema, type UpdateUserInput } from './schema'
import { mailTemplates } from '../notifications/templates'

export interface SessionUser {
  id: string
  role: Role
  name: string
  email: string
  sv: number
}

export const toSessionUser = (u: { id: string; role: Role; name: string; email: string; sessionVersion: number }): SessionUser => ({
  id: u.id,
  role: u.role,
  name: u.name,
  email: u.email,
  sv: u.sessionVersion,
})

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

async function issueToken(tx: Tx, userId: string, purpose: 'SIGN_IN' | 'PASSWORD_RESET' | 'EMAIL_VERIFY') {
  const { token, tokenHash } = newToken()
  await tx.authToken.create({
    data: { userId, purpose, tokenHash, expiresAt: new Date(Date.now() + TOKEN_TTL_MS[purpose]) },
  })
  return token
}

const LINK_LIMIT = { perAccount: 5, perIp: 30, windowMs: 15 * 60_000 }

/**
 * What the request itself does for an emailed link, the same for any address: the attempt
 * counts. Looking the address up, the token, the mail and its delivery come after the
 * response (lib/server/after-response.ts), so neither the answer nor its time says whether
 * the email has an account.
 */
async function limitLinkRequest(kind: 'link' | 'reset', email: string, ip: string | null) {
  if (!(await hit(`${kind}:acct:${email}`, LINK_LIMIT.perAccount, LINK_LIMIT.windowMs)) || (ip && !(await hit(`${kind}:ip:${ip}`, LINK_LIMIT.perIp, LINK_LIMIT.windowMs)))) {
    throw new AppError('RATE_LIMITED', 'errors.rateLimited')
  }
}

/** Mails an active account's owner a link carrying a new token; nothing for other addresses. */
async function mailLink(email: string, purpose: 'SIGN_IN' | 'PASSWORD_RESET') {
  const db = await getDb()
  const u = await db.user.findUnique({ where: { email }, select: { id: true, active: true, name: true } })
  if (!u || !u.active) return
  const id = await db.$transaction(async (tx) => {
    const token = await issueToken(tx, u.id, purpose)
    const mail =
      purpose === 'SIGN_IN'
        ? { kind: 'auth.sign-in-link', ...mailTemplates.signInLink({ name: u.name, url: appUrl(`/sign-in/link?token=${token}`) }) }
        : { kind: 'auth.password-reset', ...mailTemplates.passwordReset({ name: u.name, url: appUrl(`/reset-password?token=${token}`) }) }
    return queueMail(tx, { to: email, userId: u.id, ...mail })
  })
  await deliverQueued(db, [id])
}

/** Answers the same, at once, whether or not the email has an account. */
export async function requestSignInLink(emailIn: string, ip: string | null = null) {
  const email = emailIn.trim().toLowerCase()
  await limitLinkRequest('link', email, ip)
  afterResponse('sign-in link', () => mailLink(email, 'SIGN_IN'))
}

async function consumeToken(token: string, purpose: 'SIGN_IN' | 'PASSWORD_RESET' | 'EMAIL_VERIFY') {
  const db = await getDb()
  const tokenHash = hashToken(token)
  const now = new Date()
  // Marking it used in one conditional update makes a token single-use even under races.
  const res = await db.authToken.updateMany({
    where: { tokenHash, purpose, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  })
  if (res.count !== 1) throw new AppError('INVALID', 'errors.tokenInvalid')
  const row = await db.authToken.findUniqueOrThrow({ where: { tokenHash }, include: { user: true } })
  if (!row.user.active) throw new AppError('INVALID', 'errors.tokenInvalid')
  return row.user
}

export async function consumeSignInLink(token: string): Promise<SessionUser> {
  const u = await consumeToken(token, 'SIGN_IN')
  const db = await getDb()
  if (!u.emailVerifiedAt) await db.user.update({ where: { id: u.id }, data: { emailVerifiedAt: new Date() } })
  return toSessionUser(u)
}

/** Answers the same, at once, whether or not the email has an account. */
export async function requestPasswordReset(emailIn: string, ip: string | null = null) {
  const email = emailIn.trim().toLowerCase()
  await limitLinkRequest('reset', email, ip)
  afterResponse('password reset', () => mailLink(email, 'PASSWORD_RESET'))
}

export async function resetPassword(token: string, password: string) {
  const db = await getDb()
  const passwordHash = await hashPassword(password)
  const u = await consumeToken(token, 'PASSWORD_RESET')
  // A reset also signs out every other session.
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: u.id },
      data: { passwordHash, sessionVersion: { increment: 1 }, emailVerifiedAt: u.emailVerifiedAt ?? new Date() },
    })
    await writeAudit(tx, { actorId: u.id, action: 'user.password-reset', entityType: 'User', entityId: u.id })
  })
}

export async function verifyEmail(token: string) {
  const u = await consumeToken(token, 'EMAIL_VERIFY')
  const db = await getDb()
  await db.user.update({ where: { id: u.id }, data: { emailVerifiedAt: new Date() } })
  return toSessionUser(u)
}

/** Only administrators grant or change the staff and administrator roles. */
export function assertMayGrant(viewer: Viewer, role: Role) {
  if ((role === 'ADMIN' || role === 'STAFF') && !can(viewer, 'user:grant-staff')) {
    throw new AppError('FORBIDDEN', 'errors.adminOnly', { role: 'errors.adminOnly' })
  }
}

// ---------------------------------------------------------------- staff manage users

export async function updateUser(viewer: Viewer, input: UpdateUserInput) {
  assertCan(viewer, 'user:manage')
  if (input.userId === viewer.userId) throw new AppError('FORBIDDEN', 'errors.cannotChangeOwnRole')
  const db = await getDb()
  await db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({
      where: { id: input.userId },
      select: { id: true, role: true, departmentId: true, active: true, version: true, emailVerifiedAt: true },
    })
    if (!before) throw notFound()
    // Staff may not touch administrators or staff accounts, nor grant those roles.
    if (before.role === 'ADMIN' || before.role === 'STAFF') assertMayGrant(viewer, before.role)
    assertMayGrant(viewer, input.role)
    // Anyone can sign up with someone else's address and a password of their own: until the
    // address is confirmed, the account is an applicant's. Staff invite the address instead
    // (lib/auth/invitations.ts): the role starts when the invitation is accepted from that inbox.
    if (!before.emailVerifiedAt && input.role !== 'APPLICANT') {
      throw new AppError('FORBIDDEN', 'errors.emailNotConfirmed', { role: 'errors.emailNotConfirmed' })
    }
    const departmentId = input.role === 'PARTNER' ? (input.departmentId ?? null) : null
    const changedAccess = before.role !== input.role || before.active !== input.active || before.departmentId !== departmentId
    const res = await tx.user.updateMany({
      where: { id: input.userId, version: input.version },
      data: {
        role: input.role,
        departmentId,
        active: input.active,
        version: { increment: 1 },
        // A changed role, department or access ends the user's sessions.
        ...(changedAccess ? { sessionVersion: { increment: 1 } } : {}),
      },
    })
    if (res.count !== 1) throw stale()
    await writeAudit(tx, {
      actorId: viewer.userId,
      action: 'user.update',
      entityType: 'User',
      entityId: input.userId,
      before: { role: before.role, departmentId: before.departmentId, active: before.active },
      after: { role: input.role, departmentId, active: input.active },
    })
  })
}
