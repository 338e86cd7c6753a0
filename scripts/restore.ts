// `npm run restore -- <file> [--replace]`: loads a backup made by `npm run backup` into the
// configured database. A database that already holds data is only replaced with --replace
// (PostgreSQL: in one transaction; PGlite: the old folder is moved aside, not deleted).
// Stop the app first. Prints every table's row count afterwards.
import { env } from '../lib/env'
import { connectFromEnv } from '../lib/server/connect'
import { restorePglite } from '../lib/backup/pglite'
import { restorePostgres } from '../lib/backup/postgres'
import { snapshot } from '../lib/backup/snapshot'

async function main() {
  const argv = process.argv.slice(2)
  const file = argv.find((a) => !a.startsWith('--'))
  if (!file) throw new Error('which backup? usage: npm run restore -- <file> [--replace]')
  const replace = argv.includes('--replace')
  const e = env()
  const isDump = file.endsWith('.dump')
  if (e.DATABASE_URL && !isDump) throw new Error('DATABASE_URL is set (PostgreSQL) but this is not a pg_dump backup (.dump)')
  if (!e.DATABASE_URL && isDump) throw new Error('this is a PostgreSQL backup (.dump): set DATABASE_URL to restore it')
  if (e.DATABASE_URL) await restorePostgres(file, e.DATABASE_URL, { replace })
  else {
    const moved = await restorePglite(file, e.PGLITE_DIR, { replace })
    if (moved) console.log(`[restore] the previous database was moved to ${moved}`)
  }
  const conn = await connectFromEnv()
  try {
    const snap = await snapshot(conn.runner)
    const total = Object.values(snap).reduce((n, t) => n + t.rows, 0)
    console.log(`[restore] ${file} restored: ${Object.keys(snap).length} tables, ${total} rows`)
    for (const [t, s] of Object.entries(snap)) if (s.rows) console.log(`  ${t.padEnd(24)} ${s.rows}`)
  } finally {
    await conn.close()
  }
}

main().catch((err) => {
  console.error('[restore] failed:', err instanceof Error ? err.message : err)
  process.exit(1)
})
