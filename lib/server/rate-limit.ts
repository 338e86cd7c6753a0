// Fixed-window limits kept in the database (the RateLimit table), so every server process
// counts the same attempts and a restart does not hand an attacker a fresh window (decision
// 009). Keys look like "signin:ip:1.2.3.4" or "signin:acct:name@example.com".
//
// The counters are written outside any transaction of the request: a refused attempt still
// counts, which is the point.
import { getDb } from './db'

/** Windows that ended this long ago are deleted, at most once an hour per process. */
const KEEP_EXPIRED_MS = 24 * 60 * 60_000
const SWEEP_EVERY_MS = 60 * 60_000
let lastSweep = 0

async function sweep(now: Date) {
  if (now.getTime() - lastSweep < SWEEP_EVERY_MS) return
  lastSweep = now.getTime()
  const db = await getDb()
  await db.rateLimit.deleteMany({ where: { resetAt: { lt: new Date(now.getTime() - KEEP_EXPIRED_MS) } } })
}

/** Counts one attempt; false once the key has used up its limit in this window. One atomic
 * statement: concurrent attempts from several processes are all counted. */
export async function hit(key: string, limit: number, windowMs: number, now = new Date()): Promise<boolean> {
  const db = await getDb()
  const at = now.toISOString()
  const reset = new Date(now.getTime() + windowMs).toISOString()
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimit" ("key", "count", "resetAt") VALUES (${key}, 1, ${reset}::timestamptz)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."resetAt" <= ${at}::timestamptz THEN 1 ELSE LEAST("RateLimit"."count", 2000000000) + 1 END,
      "resetAt" = CASE WHEN "RateLimit"."resetAt" <= ${at}::timestamptz THEN ${reset}::timestamptz ELSE "RateLimit"."resetAt" END
    RETURNING "count"`
  await sweep(now)
  return Number(rows[0]?.count ?? 1) <= limit
}

/** True when the key has already used up its limit (without counting an attempt). */
export async function isLimited(key: string, limit: number, now = new Date()): Promise<boolean> {
  const db = await getDb()
  const row = await db.rateLimit.findUnique({ where: { key }, select: { count: true, resetAt: true } })
  return !!row && row.resetAt > now && row.count >= limit
}

/** Records a failure against the key (for limits that count failures only). */
export async function recordFailure(key: string, windowMs: number, now = new Date()): Promise<void> {
  await hit(key, Number.MAX_SAFE_INTEGER, windowMs, now)
}

/** Forgets every window (tests). */
export async function resetRateLimits(): Promise<void> {
  const db = await getDb()
  await db.rateLimit.deleteMany()
}
