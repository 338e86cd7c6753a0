// Sessions: next-auth's signed cookie carries a session id (`sid`) that must also be a row of
// the Session table. Signing out deletes the row, so a copied cookie stops working at once
// rather than at the end of its 12 hours (decision 011). The row is read in the same query
// that loads the viewer on every request, so the check costs no extra round trip.
import 'server-only'
import { decode, type JWT } from 'next-auth/jwt'
import { getDb } from '../server/db'
import { authSecret } from './secret'
import { actingRole, type RoleName } from './roles'
import type { Viewer } from './viewer'

/** How long a session cookie lasts (next-auth's session.maxAge). */
export const SESSION_MAX_AGE_S = 12 * 3600
/** Rows whose session ended this long ago are deleted when anyone signs in. */
const KEEP_EXPIRED_MS = 24 * 3600_000
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Records a new session for the user; its id goes into the cookie. */
export async function startSession(userId: string, now = new Date()): Promise<string> {
  const db = await getDb()
  await db.session.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - KEEP_EXPIRED_MS) } } })
  const s = await db.session.create({
    data: { userId, createdAt: now, expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_S * 1000) },
    select: { id: true },
  })
  return s.id
}

/** Ends one session (signing out); the cookie it was in no longer yields a viewer. */
export async function endSession(sid: unknown): Promise<void> {
  if (typeof sid !== 'string' || !UUID.test(sid)) return
  const db = await getDb()
  await db.session.deleteMany({ where: { id: sid } })
}

/** The session id inside a session cookie's value, or null when it is not one of ours. */
export async function sessionIdOf(cookieValue: string): Promise<string | null> {
  try {
    const token = await decode({ token: cookieValue, secret: authSecret() })
    return typeof token?.sid === 'string' ? token.sid : null
  } catch {
    return null
  }
}

export interface SessionClaims {
  id?: string
  sv?: number
  sid?: string
}

/** The claims of a decoded session token (next-auth's JWT), as the jwt callback wrote them. */
export function claimsOf(token: JWT | null | undefined): SessionClaims {
  return {
    id: typeof token?.uid === 'string' ? token.uid : undefined,
    sv: typeof token?.sv === 'number' ? token.sv : undefined,
    sid: typeof token?.sid === 'string' ? token.sid : undefined,
  }
}

/** The viewer a session cookie stands for, or nobody (see viewerForSession). One query. */
export async function viewerForCookie(cookieValue: string | undefined): Promise<Viewer | null> {
  if (!cookieValue) return null
  let token: JWT | null
  try {
    token = await decode({ token: cookieValue, secret: authSecret() })
  } catch {
    return null
  }
  return viewerForSession(claimsOf(token))
}

/**
 * The viewer a session's claims stand for, re-read from the database: nobody when the user is
 * deactivated, their sessionVersion was bumped (a reset password, a change by staff), or the
 * session was ended. The role is the one in the database now, not the one at sign-in, and an
 * applicant's while the email is not confirmed (actingRole).
 */
export async function viewerForSession(claims: SessionClaims | undefined): Promise<Viewer | null> {
  const { id, sv, sid } = claims ?? {}
  if (!id || !sid || !UUID.test(id) || !UUID.test(sid)) return null
  const db = await getDb()
  const u = await db.user.findUnique({
    where: { id },
    select: {
      id: true,
      role: true,
      departmentId: true,
      name: true,
      email: true,
      active: true,
      sessionVersion: true,
      emailVerifiedAt: true,
      sessions: { where: { id: sid }, select: { id: true } },
    },
  })
  if (!u || !u.active || u.sessionVersion !== sv || u.sessions.length === 0) return null
  const role = actingRole(u.role as RoleName, !!u.emailVerifiedAt)
  return { userId: u.id, role, departmentId: role === u.role ? u.departmentId : null, name: u.name, email: u.email }
}
