// next-auth's password provider: whatever is posted to /api/auth/callback/password, the
// answer is a message key, never the text of a database error.
import { describe, expect, it } from 'vitest'
import { getDb } from '../server/db'
import { makeUser } from '../../tests/support/factories'
import { hashPassword } from './password'
import { authOptions } from './options'

type Authorize = (credentials: Record<string, string> | undefined, req: { headers?: Record<string, unknown> }) => Promise<unknown>
// next-auth keeps a provider's own settings (its id, authorize) under `options` until it starts.
const provider = authOptions.providers.find((p) => (p as unknown as { options: { id?: string } }).options.id === 'password') as unknown as {
  options: { authorize: Authorize }
}
const authorize = (email: string, password: string) => provider.options.authorize({ email, password }, { headers: {} })

/** The error next-auth would put into the URL (`?error=`), or 'signed in'. */
const outcome = (email: string, password: string) =>
  authorize(email, password).then(
    () => 'signed in',
    (e: Error) => e.message,
  )

describe('the password provider', () => {
  it('signs in with the right password', async () => {
    const u = await makeUser('STAFF', { passwordHash: await hashPassword('correct horse battery') })
    expect(await outcome(u.email, 'correct horse battery')).toBe('signed in')
    expect(await outcome(u.email, 'wrong horse battery')).toBe('errors.invalidCredentials')
  })

  it('answers malformed credentials with the generic message, before touching the database', async () => {
    const u = await makeUser('STAFF', { passwordHash: await hashPassword('correct horse battery') })
    const db = await getDb()
    const counted = () => db.rateLimit.findMany({ select: { key: true, count: true }, orderBy: { key: 'asc' } })
    const before = await counted()
    for (const [email, password] of [
      [`a\u0000b@test.pk`, 'whatever password'],
      [u.email + '\u0000', 'correct horse battery'],
      ['x'.repeat(6000) + '@test.pk', 'whatever password'],
      [u.email, 'correct horse battery\u0000'],
      [u.email, 'p'.repeat(6000)],
      ['', ''],
    ]) {
      expect(await outcome(email, password), JSON.stringify(email).slice(0, 40)).toBe('errors.invalidCredentials')
    }
    // None of them reached the database, not even as a counted attempt.
    expect(await counted()).toEqual(before)
    expect(await outcome(u.email, 'correct horse battery')).toBe('signed in')
  })

  it('turns an unexpected failure into the generic message, not the database error', async () => {
    const u = await makeUser('STAFF', { passwordHash: await hashPassword('correct horse battery') })
    const db = await getDb()
    await db.$executeRawUnsafe('ALTER TABLE "RateLimit" RENAME TO "RateLimitAway"')
    try {
      const errors = console.error
      console.error = () => {}
      try {
        expect(await outcome(u.email, 'correct horse battery')).toBe('errors.invalidCredentials')
      } finally {
        console.error = errors
      }
    } finally {
      await db.$executeRawUnsafe('ALTER TABLE "RateLimitAway" RENAME TO "RateLimit"')
    }
  })
})
