// The benchmark's database: DATABASE_URL when given, else `daftar_bench` on the local
// PostgreSQL server, created on first use and filled by seed:large at the requested scale.
// A filled database is reused; the bench's own database is rebuilt when the scale changes.
import pg from 'pg'
import { largeScaleIn, seedLarge } from '../seed-large'

export const DEFAULT_ADMIN_URL = process.env.TEST_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres'
export const BENCH_DB = 'daftar_bench'

export function benchUrl(): { url: string; owned: boolean } {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, owned: false }
  const u = new URL(DEFAULT_ADMIN_URL)
  u.pathname = `/${BENCH_DB}`
  return { url: u.toString(), owned: true }
}

async function admin(sql: string) {
  const c = new pg.Client({ connectionString: DEFAULT_ADMIN_URL })
  await c.connect()
  try {
    return await c.query(sql)
  } finally {
    await c.end()
  }
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url })
  await c.connect()
  try {
    return await fn(c)
  } finally {
    await c.end()
  }
}

export async function prepareDatabase(scale: number, log: (s: string) => void): Promise<string> {
  const { url, owned } = benchUrl()
  if (owned) {
    const exists = (await admin(`SELECT 1 FROM pg_database WHERE datname = '${BENCH_DB}'`)).rowCount
    if (!exists) await admin(`CREATE DATABASE "${BENCH_DB}"`)
    const present = await withClient(url, async (c) => {
      const hasTable = (await c.query(`SELECT to_regclass('"AuditLog"') AS t`)).rows[0].t
      return hasTable ? largeScaleIn(c) : null
    })
    if (present !== null && present !== scale) {
      log(`[bench] ${BENCH_DB} holds scale ${present}; rebuilding it at scale ${scale}`)
      await admin(`DROP DATABASE "${BENCH_DB}" WITH (FORCE)`)
      await admin(`CREATE DATABASE "${BENCH_DB}"`)
    }
  }
  await seedLarge(url, scale, log)
  return url
}

/** Ids the key pages need: the busiest call, a running cycle with the most reporting. */
export async function pickCycles(url: string) {
  return withClient(url, async (c) => {
    const busiest = await c.query<{ id: string }>(
      `SELECT "cycleId" AS id FROM "Application" GROUP BY "cycleId" ORDER BY count(*) DESC LIMIT 1`,
    )
    const running = await c.query<{ id: string }>(
      `SELECT f."cycleId" AS id FROM "ProgressUpdate" u JOIN "Fellowship" f ON f.id = u."fellowshipId" JOIN "Cycle" cy ON cy.id = f."cycleId"
        WHERE cy.status = 'ACTIVE' GROUP BY f."cycleId" ORDER BY count(*) DESC LIMIT 1`,
    )
    const counts = await c.query<{ t: string; n: string }>(
      `SELECT 'applications' AS t, count(*)::text AS n FROM "Application" UNION ALL SELECT 'reviewScores', count(*)::text FROM "ReviewScore"
       UNION ALL SELECT 'fellowships', count(*)::text FROM "Fellowship" UNION ALL SELECT 'progressUpdates', count(*)::text FROM "ProgressUpdate"
       UNION ALL SELECT 'deliverables', count(*)::text FROM "Deliverable"`,
    )
    return {
      pipelineCycleId: busiest.rows[0]?.id,
      dashboardCycleId: running.rows[0]?.id,
      counts: Object.fromEntries(counts.rows.map((r) => [r.t, Number(r.n)])),
    }
  })
}
