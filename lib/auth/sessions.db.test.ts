// A session is a row as well as a signed cookie: signing out deletes the row, so a copy of the
// cookie stops working at once instead of at the end of its 12 hours.
import { describe, expect, it, vi } from 'vitest'
import { NextRequest } from 'next/server'
import { workAsyncStorage } from 'next/dist/server/app-render/work-async-storage.external.js'
import { workUnitAsyncStorage } from 'next/dist/server/app-render/work-unit-async-storage.external.js'
import { RequestCookies } from 'next/dist/server/web/spec-extension/cookies.js'
import { decode, encode, type JWT } from 'next-auth/jwt'
import { getDb, setDb } from '../server/db'
import { createCountingDatabase } from '../../tests/support/query-count'
import { makeUser } from '../../tests/support/factories'
import { authOptions } from './options'
import { authSecret } from './secret'
import { viewerForCookie, viewerForSession } from './sessions'

// next-auth's route reads Next's own request scope, which needs AsyncLocalStorage on
// globalThis before Next's modules load (as in tests/integration/authz-actions.db.test.ts).
await vi.hoisted(async () => {
  ;(globalThis as { AsyncLocalStorage?: unknown }).AsyncLocalStorage ??= (await import('node:async_hooks')).AsyncLocalStorage
})

vi.mock('next/headers', async () => (await import('../../tests/support/next-request')).headersModule())
const { request } = await import('../../tests/support/next-request')
const { signOutAction } = await import('../../app/actions/sign-out')
const { GET: authRoute } = await import('../../app/api/auth/[...nextauth]/route')

type U = Awaited<ReturnType<typeof makeUser>>

/** What next-auth does on a successful sign-in: run the jwt callback, sign the cookie. */
async function signIn(u: U): Promise<string> {
  const user = { id: u.id, role: u.role, name: u.name, email: u.email, sv: u.sessionVersion }
  const jwt = authOptions.callbacks!.jwt! as (p: { token: JWT; user?: unknown; trigger?: string }) => Promise<JWT>
  const token = await jwt({ token: { sub: u.id, name: u.name, email: u.email }, user, trigger: 'signIn' })
  return encode({ token, secret: authSecret() })
}

/** What getViewer does with a request carrying the cookie. */
const viewerWith = (cookie: string) => viewerForCookie(cookie)

/** next-auth's own GET /api/auth/session (what useSession and any script read) with the cookie. */
async function sessionRoute(cookie: string) {
  const req = new NextRequest('http://daftar.test/api/auth/session', {
    headers: { host: 'daftar.test', cookie: `next-auth.session-token=${cookie}` },
  })
  const res = await workAsyncStorage.run({ route: '/api/auth/[...nextauth]' } as never, () =>
    workUnitAsyncStorage.run(
      { type: 'private-cache', phase: 'action', cookies: new RequestCookies(req.headers), headers: req.headers } as never,
      () => authRoute(req, { params: Promise.resolve({ nextauth: ['session'] }) }),
    ),
  )
  const set = res.headers.getSetCookie().find((c: string) => c.startsWith('next-auth.session-token='))
  return { status: res.status, body: await res.json(), cookie: set }
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

  it('next-auth’s /api/auth/session answers nothing for an ended session and clears its cookie, instead of signing it again', async () => {
    const u = await makeUser('PARTNER')
    const cookie = await signIn(u)
    const live = await sessionRoute(cookie)
    expect(live.body.user).toMatchObject({ id: u.id })
    expect(live.cookie).toMatch(/^next-auth\.session-token=[^;]+;/)

    await signOut(cookie)
    const ended = await sessionRoute(cookie)
    expect(ended.status).toBe(200)
    expect(ended.body).toEqual({})
    // The answer clears the cookie rather than refreshing it for another 12 hours.
    expect(ended.cookie).toMatch(/^next-auth\.session-token=;/)

    // Ended by staff (a role change, deactivation) or a password reset: the same.
    const other = await signIn(u)
    await (await getDb()).user.update({ where: { id: u.id }, data: { sessionVersion: { increment: 1 } } })
    expect((await sessionRoute(other)).body).toEqual({})
    // A cookie from before sessions were recorded (no session id).
    const old = await encode({ token: { sub: u.id, uid: u.id, sv: u.sessionVersion + 1 }, secret: authSecret() })
    expect((await sessionRoute(old)).body).toEqual({})
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
