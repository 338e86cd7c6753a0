// `npm run bench:search [-- --scale 1]` (and part of `npm run bench`, at its scale): finding a person across every cycle on
// the large data set (seed:large at scale 1: 100,000 applications, over 100,000 people), in the
// benchmark's own PostgreSQL database (scripts/bench/database.ts: `daftar_bench`, built on first
// use and reused). Times the staff search itself (lib/person-search searchPeople: the prefix
// terms intersected, the people and their counts) for a name prefix, two letters, a full email,
// a phone, a CNIC and a two-word name, each the median of 15 runs after a warm-up; the target is under
// 100 ms each. Not part of `npm test`: it measures this machine.
import pg from 'pg'
import { prepareDatabase } from './bench/database'
import { parseScale } from './seed-large'

const TARGET_MS = 100
const RUNS = 15
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

async function main() {
  const log = (s: string) => console.log(s)
  const argv = process.argv.slice(2)
  const url = await prepareDatabase(parseScale(argv.includes('--scale') ? argv : ['--scale', '1']), (s) =>
    process.env.BENCH_VERBOSE ? log(s) : undefined,
  )
  process.env.DATABASE_URL = url
  const c = new pg.Client({ connectionString: url })
  await c.connect()
  let queries: [string, string][]
  let counts: { applications: number; people: number; terms: number }
  try {
    // The large set keeps each applicant's CNIC in their answers only: give the accounts theirs
    // (as submitting an application now does), one account per CNIC.
    await c.query(`
      UPDATE "User" u SET "cnic" = x.cnic FROM (
        SELECT DISTINCT ON (a."answers"->>'cnic') a."applicantId" AS id, a."answers"->>'cnic' AS cnic
        FROM "Application" a WHERE a."answers" ? 'cnic' ORDER BY a."answers"->>'cnic', a."applicantId") x
      WHERE u."id" = x.id AND u."cnic" IS NULL
        AND NOT EXISTS (SELECT 1 FROM "User" o WHERE o."cnic" = x.cnic)`)
    await c.query('ANALYZE "User"; ANALYZE "PersonSearchTerm"')
    counts = (
      await c.query(`SELECT (SELECT count(*) FROM "Application")::int AS applications, (SELECT count(*) FROM "User")::int AS people,
        (SELECT count(*) FROM "PersonSearchTerm")::int AS terms`)
    ).rows[0]
    const p = (
      await c.query<{ name: string; email: string; phone: string; cnic: string }>(
        `SELECT u."name", u."email", u."phone", u."cnic" FROM "User" u JOIN "Application" a ON a."applicantId" = u."id"
         WHERE u."cnic" IS NOT NULL AND u."phone" IS NOT NULL ORDER BY u."email" LIMIT 1 OFFSET 5000`,
      )
    ).rows[0]
    const [first, last] = p.name.split(' ')
    queries = [
      ['a name prefix', first.slice(0, 4).toLowerCase()],
      // The broadest a query gets (single letters are left out): thousands of people match.
      ['two letters', first.slice(0, 2).toLowerCase()],
      ['a full email', p.email],
      ['a phone', p.phone],
      ['a CNIC', p.cnic],
      ['a two-word name', `${first} ${last.slice(0, 3)}`],
    ]
  } finally {
    await c.end()
  }
  const { searchPeople } = await import('../lib/person-search/queries')
  const { getDb } = await import('../lib/server/db')
  const db = await getDb()
  const staff = await db.user.findFirstOrThrow({ where: { role: 'STAFF', active: true }, select: { id: true, name: true, email: true } })
  const viewer = { userId: staff.id, role: 'STAFF' as const, departmentId: null, name: staff.name, email: staff.email }
  log(
    `[bench:search] ${counts.applications.toLocaleString('en')} applications, ${counts.people.toLocaleString('en')} people, ${counts.terms.toLocaleString('en')} search terms`,
  )
  let over = 0
  for (const [what, q] of queries) {
    await searchPeople(viewer, q)
    const times: number[] = []
    let found = 0
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now()
      found = (await searchPeople(viewer, q)).rows.length
      times.push(performance.now() - t0)
    }
    const ms = median(times)
    if (ms >= TARGET_MS) over++
    log(
      `[bench:search] ${what.padEnd(16)} ${JSON.stringify(q).padEnd(44)} ${String(found).padStart(3)} found  median ${ms.toFixed(1)} ms  ${ms < TARGET_MS ? 'ok' : `OVER the ${TARGET_MS} ms target`}`,
    )
  }
  await db.$disconnect()
  if (over) process.exitCode = 1
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
