// A session is a row as well as a signed cookie: signing out deletes the row, so a copy of the
// cookie stops working at once instead of at the end of its 12 hours.
import { describe, expect, it, vi } from 'vitest'
import { decode, encode, type JWT } from 'next-auth/jwt'
import type { Session } from 'next-auth'
import { getDb, setDb } from '../server/db'
import { createCountingDatabase } from '../../tests/support/query-count'
import { makeUser } from '../../tests/support/factories'
import { authOptions } from './options'
import { authSecret } from './secret'
import { viewerForSession } from './sessions'

vi.mock('next/headers', async () => (await import('../../tests/support/next-request')).headersModule())
const { request } = await import('../../tests/support/next-request')
const { signOutAction } = await import('../../app/actions/sign-out')

type U = Awaited<ReturnType<typeof makeUser>>

/** What next-auth does on a successful sign-in: run the jwt callback, sign the cookie. */
async function signIn(u: U): Promise<string> {
  const user = { id: u.id, role: u.role, name: u.name, email: u.email, sv: u.sessionVersion }
  const jwt = authOptions.callbacks!.jwt! as (p: { token: JWT; user?: unknown; trigger?: string }) => Promise<JWT>
  const token = await jwt({ token: { sub: u.id, name: u.name, email: u.email }, user, trigger: 'signIn' })
  return encode({ token, secret: authSecret() })
}

/** What getViewer does with a request carrying the cookie. */
async function viewerWith(cookie: string) {
  const token = (await decode({ token: cookie, secret: authSecret() }))!
  const session = authOptions.callbacks!.session! as (p: { session: Session; token: JWT }) => Promise<Session>
  const s = await session({ session: { expires: '', user: { id: '', sv: 0, sid: '' } }, token })
  return viewerForSession(s.user)
}

async function signOut(cookie: string) {
  const token = (await decode({ token: cookie, secret: authSecret() }))!
  await authOptions.events!.signOut!({ token, session: undefined as never })
}

describe('sessions', () => {
  it('a signed-in cookie yields the viewer; after signing out the same cookie yields nobody', async () => {
    const u = await makeUser('PARTNER')
    const cookie = await signIn(u)
    expect(await viewerWith(cookie)).toMatchObject({ userId: u.id, role: 'PARTNER' })
    await signOut(cookie)
    expect(await viewerWith(cookie)).toBeNull()
  })

  it('the sign-out button ends the session on the server, not only in the browser', async () => {
    const u = await makeUser('PARTNER')
    const cookie = await signIn(u)
    request.cookies.set('next-auth.session-token', cookie)
    const redirected = await signOutAction().catch((e: { digest?: string }) => e.digest)
    expect(redirected).toMatch(/^NEXT_REDIRECT;[a-z]+;\/sign-in;/)
    expect(request.cookies.has('next-auth.session-token')).toBe(false)
    // The copy an attacker kept no longer works.
    expect(await viewerWith(cookie)).toBeNull()
  })

  it('signing out on one device leaves the other signed in', async () => {
    const u = await makeUser('FELLOW')
    const phone = await signIn(u)
    const laptop = await signIn(u)
    await signOut(phone)
    expect(await viewerWith(phone)).toBeNull()
    expect(await viewerWith(laptop)).toMatchObject({ userId: u.id })
  })

  it('a cookie without a session id (issued before sessions were recorded) or with a forged one yields nobody', async () => {
    const u = await makeUser('STAFF')
    expect(await viewerForSession({ id: u.id, sv: u.sessionVersion })).toBeNull()
    expect(await viewerForSession({ id: u.id, sv: u.sessionVersion, sid: 'not-a-uuid' })).toBeNull()
    expect(await viewerForSession({ id: u.id, sv: u.sessionVersion, sid: '00000000-0000-4000-8000-000000000000' })).toBeNull()
  })

  it('a session of one user does not open another user', async () => {
    const a = await makeUser('STAFF')
    const b = await makeUser('STAFF')
    const token = (await decode({ token: await signIn(a), secret: authSecret() }))!
    expect(await viewerForSession({ id: b.id, sv: b.sessionVersion, sid: token.sid as string })).toBeNull()
  })

  it('deactivation, a role change by staff and a password reset still end every session', async () => {
    const u = await makeUser('REVIEWER')
    const cookie = await signIn(u)
    const db = await getDb()
    await db.user.update({ where: { id: u.id }, data: { sessionVersion: { increment: 1 } } })
    expect(await viewerWith(cookie)).toBeNull()
  })

  it('is checked in the one query that loads the viewer: no extra round trip per request', async () => {
    const own = await getDb()
    const qc = await createCountingDatabase()
    setDb(qc.prisma)
    try {
      const u = await makeUser('FELLOW')
      const cookie = await signIn(u)
      const { result, queries } = await qc.count(() => viewerWith(cookie))
      expect(result).toMatchObject({ userId: u.id })
      expect(queries).toHaveLength(1)
    } finally {
      setDb(own)
      await qc.close()
    }
  })

  it('expired sessions are swept when someone signs in', async () => {
    const u = await makeUser('FELLOW')
    const db = await getDb()
    const old = await db.session.create({ data: { userId: u.id, expiresAt: new Date(Date.now() - 2 * 24 * 3600_000) } })
    await signIn(u)
    expect(await db.session.findUnique({ where: { id: old.id } })).toBeNull()
  })
})
