// What the benchmarks that write (bench:cohort, bench:import) share: a throw-away PostgreSQL
// database on the server BENCH_PG_URL names (default the local one), migrated, with
// DATABASE_URL pointed at it for the app's own modules (imported after it is set), and dropped
// afterwards whatever happens; and the median of timed runs.
import pg from 'pg'

const ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres'

async function admin(sql: string) {
  const c = new pg.Client({ connectionString: ADMIN_URL })
  await c.connect()
  try {
    await c.query(sql)
  } finally {
    await c.end()
  }
}

/** Runs `fn` on a fresh, migrated database named `<prefix>_<pid>`, dropped afterwards. */
export async function withThrowawayDatabase<T>(prefix: string, fn: () => Promise<T>): Promise<T> {
  const name = `${prefix}_${process.pid}`
  await admin(`CREATE DATABASE "${name}"`)
  const url = new URL(ADMIN_URL)
  url.pathname = `/${name}`
  process.env.DATABASE_URL = url.toString()
  try {
    const { connectPostgres } = await import('../../lib/server/connect')
    const { applyMigrations } = await import('../../lib/server/migrate')
    const setup = await connectPostgres(url.toString())
    await applyMigrations(setup.runner)
    await setup.close()
    return await fn()
  } finally {
    // The app's own connection (lib/server/db.ts) goes first, so dropping the database ends none.
    await (await globalThis.__daftarConnection)?.close().catch(() => {})
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => {})
  }
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

export async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now()
  const out = await fn()
  return [out, performance.now() - t0]
}
