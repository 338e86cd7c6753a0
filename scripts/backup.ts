// `npm run backup [-- --out <file>]`: a backup of the configured database.
// PostgreSQL (DATABASE_URL): pg_dump custom format, taken while the app runs (a consistent
// snapshot). Embedded PGlite (PGLITE_DIR): a .tar.gz of its data folder; stop the app first.
// Uploaded files (UPLOAD_DIR, or the S3 bucket) are not in the database: back them up as files.
import path from 'node:path'
import { statSync } from 'node:fs'
import { env } from '../lib/env'
import { backupPglite } from '../lib/backup/pglite'
import { backupPostgres } from '../lib/backup/postgres'

function outFile(argv: string[], kind: 'postgres' | 'pglite') {
  const i = argv.indexOf('--out')
  if (i >= 0 && argv[i + 1]) return argv[i + 1]
  const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')
  return path.join('backups', `daftar-${stamp}.${kind === 'postgres' ? 'dump' : 'tar.gz'}`)
}

async function main() {
  const e = env()
  const kind = e.DATABASE_URL ? 'postgres' : 'pglite'
  const file = outFile(process.argv.slice(2), kind)
  const started = Date.now()
  if (e.DATABASE_URL) await backupPostgres(e.DATABASE_URL, file)
  else await backupPglite(e.PGLITE_DIR, file)
  const mb = (statSync(file).size / 1024 / 1024).toFixed(1)
  console.log(
    `[backup] ${kind === 'postgres' ? 'PostgreSQL' : `embedded database (${e.PGLITE_DIR})`} → ${file} (${mb} MB, ${((Date.now() - started) / 1000).toFixed(1)} s)`,
  )
  console.log(`[backup] restore with: npm run restore -- ${file}`)
}

main().catch((err) => {
  console.error('[backup] failed:', err instanceof Error ? err.message : err)
  process.exit(1)
})
