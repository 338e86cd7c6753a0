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

/** Takes back one attempt counted in the key's current window: for limits on failures, the
 * attempt is counted before its outcome is known (so concurrent attempts cannot all pass a
 * check made before any of them was counted) and forgiven once it turns out to have succeeded. */
export async function forgive(key: string, now = new Date()): Promise<void> {
  const db = await getDb()
  await db.$executeRaw`
    UPDATE "RateLimit" SET "count" = "count" - 1
    WHERE "key" = ${key} AND "count" > 0 AND "resetAt" > ${now.toISOString()}::timestamptz`
}

/** Forgets every window (tests). */
export async function resetRateLimits(): Promise<void> {
  const db = await getDb()
  await db.rateLimit.deleteMany()
}
