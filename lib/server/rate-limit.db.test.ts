// The limits behind sign-in, password reset, sign-in links and verification emails: kept in
// the database, so attempts spread over several server processes (or across a restart) are
// counted together.
import { describe, expect, it, vi } from 'vitest'
import { getDb } from './db'
import { forgive, hit, resetRateLimits } from './rate-limit'

const MIN = 60_000
const t0 = new Date('2026-11-27T10:00:00Z')
const at = (ms: number) => new Date(t0.getTime() + ms)

describe('a fixed window per key', () => {
  it('allows up to the limit, then refuses until the window has passed', async () => {
    const key = 'reset:acct:sana@example.pk'
    const answers = []
    for (let i = 0; i < 7; i++) answers.push(await hit(key, 5, 15 * MIN, at(i * 1000)))
    expect(answers).toEqual([true, true, true, true, true, false, false])
    // Still inside the window: refused.
    expect(await hit(key, 5, 15 * MIN, at(14 * MIN))).toBe(false)
    // The window has passed: counting starts again.
    expect(await hit(key, 5, 15 * MIN, at(15 * MIN + 1))).toBe(true)
    expect(await hit(key, 5, 15 * MIN, at(15 * MIN + 2))).toBe(true)
  })

  it('counts each key on its own', async () => {
    for (let i = 0; i < 3; i++) await hit('link:ip:203.0.113.9', 3, 15 * MIN, t0)
    expect(await hit('link:ip:203.0.113.9', 3, 15 * MIN, t0)).toBe(false)
    expect(await hit('link:ip:203.0.113.10', 3, 15 * MIN, t0)).toBe(true)
  })

  it('an attempt that turned out allowed is taken back; never below zero, never into a new window', async () => {
    const key = 'signin:acct:asad@example.pk'
    for (let i = 0; i < 3; i++) await hit(key, 3, 15 * MIN, t0)
    await forgive(key, at(MIN))
    expect(await hit(key, 3, 15 * MIN, at(2 * MIN))).toBe(true)
    expect(await hit(key, 3, 15 * MIN, at(3 * MIN))).toBe(false)
    const db = await getDb()
    // After the window, forgiving changes nothing: the next attempt starts a window of its own.
    await forgive(key, at(16 * MIN))
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key } })).count).toBe(4)
    await forgive('never:seen', t0)
    await hit('once', 3, 15 * MIN, t0)
    for (let i = 0; i < 3; i++) await forgive('once', t0)
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key: 'once' } })).count).toBe(0)
  })
})

describe('shared by every server process', () => {
  it('counts concurrent attempts exactly: no two of them read the same count', async () => {
    const key = 'signin:ip:198.51.100.4'
    const answers = await Promise.all(Array.from({ length: 30 }, () => hit(key, 10, 15 * MIN, t0)))
    expect(answers.filter(Boolean)).toHaveLength(10)
    const row = await (await getDb()).rateLimit.findUniqueOrThrow({ where: { key } })
    expect(row.count).toBe(30)
  })

  it('survives the process: the count lives in the database, not in memory', async () => {
    const key = 'verify:acct:restart'
    for (let i = 0; i < 3; i++) await hit(key, 3, 15 * MIN, t0)
    // What a restarted process would see: nothing in memory, the row in the table.
    vi.resetModules()
    const { hit: freshHit } = await import('./rate-limit')
    expect(await freshHit(key, 3, 15 * MIN, at(MIN))).toBe(false)
  })

  it('forgets windows that ended more than a day ago', async () => {
    const db = await getDb()
    await resetRateLimits()
    await hit('old:key', 5, 15 * MIN, t0)
    // The next attempt, two days on, sweeps the stale row.
    const later = at(2 * 24 * 60 * MIN)
    vi.resetModules()
    const { hit: freshHit } = await import('./rate-limit')
    await freshHit('new:key', 5, 15 * MIN, later)
    expect((await db.rateLimit.findMany({ select: { key: true } })).map((r) => r.key)).toEqual(['new:key'])
  })
})
