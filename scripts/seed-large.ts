// `npm run seed:large -- --scale N`: fills a PostgreSQL database (DATABASE_URL) with a large,
// realistic data set for benchmarks. At scale 1: 5 programmes with 50 cycles, 100,000
// applications, about 300,000 review scores, 2,000 fellowships with placements and projects,
// about 200,000 progress updates and 20,000 deliverables. Fractions (0.05) make quick runs.
//
// It first runs the normal demo seed (so the demo accounts sign in), then adds the large set
// in ONE transaction: a failed or interrupted run leaves nothing behind. Idempotent per scale:
// a finished run leaves a marker (an audit row, action "seed.large"); running again at the
// same scale does nothing, and at another scale it refuses (use a fresh database).
import pg from 'pg'
import { connectPostgres } from '../lib/server/connect'
import { applyMigrations } from '../lib/server/migrate'
import { seed } from '../prisma/seed'
import { RowBuffer, type Queryable } from './large/bulk'
import { People } from './large/people'
import { mulberry32 } from './large/rand'
import { buildFrame } from './large/setup'
import { generateRecruitment } from './large/recruitment'
import { generateFellowship } from './large/fellowship'

// Foreign-key order: a table's rows are written after the rows they point to.
const TABLE_ORDER = [
  'Department',
  'User',
  'Programme',
  'Cycle',
  'FormField',
  'RubricCriterion',
  'Application',
  'Review',
  'ReviewScore',
  'Offer',
  'Project',
  'CycleDepartment',
  'Fellowship',
  'Placement',
  'ProgressUpdate',
  'Deliverable',
  'DeliverableSubmission',
  'DeliverableReview',
]

export const MARKER_ACTION = 'seed.large'

export function parseScale(argv: string[]): number {
  const i = argv.indexOf('--scale')
  const raw = i >= 0 ? argv[i + 1] : (argv.find((a) => a.startsWith('--scale='))?.slice(8) ?? '1')
  const scale = Number(raw)
  if (!Number.isFinite(scale) || scale <= 0 || scale > 20) throw new Error(`--scale must be a number above 0 and at most 20 (got "${raw}")`)
  return scale
}

/** The scale of the large set already in the database, if any. */
export async function largeScaleIn(client: pg.ClientBase): Promise<number | null> {
  const r = await client.query<{ after: { scale: number } }>(
    `SELECT "after" FROM "AuditLog" WHERE action = $1 ORDER BY "createdAt" DESC LIMIT 1`,
    [MARKER_ACTION],
  )
  return r.rows[0]?.after?.scale ?? null
}

/** Writes the large set through `client` (the caller owns the transaction); returns rows per table. */
export async function generateLarge(
  client: Queryable,
  scale: number,
  now: Date,
  log: (s: string) => void = () => {},
): Promise<Record<string, number>> {
  const buf = new RowBuffer(TABLE_ORDER)
  const people = new People()
  const frame = await buildFrame(client, buf, people, scale, now)
  await buf.flush(client)
  for (const [i, c] of frame.cycles.entries()) {
    const r = mulberry32(1_000 + i)
    const accepted = generateRecruitment(c, frame, people, buf, r, now)
    generateFellowship(c, accepted, buf, r, now)
    await buf.flush(client)
    log(`[seed:large] ${c.programme.name}, cycle ${c.number} (${c.status}): ${c.applications} applications, ${accepted.length} fellows`)
  }
  return Object.fromEntries(buf.written)
}

export async function seedLarge(
  url: string,
  scale: number,
  log: (s: string) => void = console.log,
): Promise<Record<string, number> | null> {
  const started = Date.now()
  const conn = await connectPostgres(url)
  try {
    await applyMigrations(conn.runner)
    await seed(conn.prisma, { log: (s) => log(`[seed] ${s}`) })
  } finally {
    await conn.close()
  }

  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const present = await largeScaleIn(client)
    if (present !== null) {
      if (present === scale) {
        log(`[seed:large] the large set (scale ${scale}) is already in this database: nothing to do`)
        return null
      }
      throw new Error(`this database already holds the large set at scale ${present}; use a fresh database for scale ${scale}`)
    }
    await client.query('BEGIN')
    // Durability of this one transaction is not worth waiting for: a crash just means re-running.
    await client.query('SET LOCAL synchronous_commit = off')
    const counts = await generateLarge(client, scale, new Date(), log)
    const seconds = Math.round((Date.now() - started) / 100) / 10
    await client.query(
      `INSERT INTO "AuditLog" (id, "actorId", action, "entityType", "entityId", "after") VALUES (gen_random_uuid(), NULL, $1, 'Database', 'seed-large', $2)`,
      [MARKER_ACTION, JSON.stringify({ scale, counts, seconds })],
    )
    await client.query('COMMIT')
    // Fresh statistics, so the planner picks the indexes from the first request on, and a
    // visibility map, so counts can be answered from the indexes alone: the state autovacuum
    // keeps a live database in, which a just bulk-loaded one has not reached yet.
    await client.query('VACUUM (ANALYZE)')
    log(
      `[seed:large] done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${Object.entries(counts)
        .map(([t, n]) => `${t} ${n}`)
        .join(', ')}`,
    )
    return counts
  } catch (e) {
    await client.query('ROLLBACK').catch(() => {})
    throw e
  } finally {
    await client.end()
  }
}

async function main() {
  const url = process.env.DATABASE_URL
  if (!url || !/^postgres(ql)?:\/\//.test(url)) {
    console.error(
      '[seed:large] needs PostgreSQL: set DATABASE_URL=postgresql://user@host:5432/database.\n' +
        'The embedded database (PGlite) is not supported: it runs in one process and would take far too long at this size.',
    )
    process.exit(2)
  }
  await seedLarge(url, parseScale(process.argv.slice(2)))
}

if (process.argv[1] && /seed-large\.ts$/.test(process.argv[1])) {
  main().catch((e) => {
    console.error('[seed:large] failed:', e instanceof Error ? e.message : e)
    process.exit(1)
  })
}
