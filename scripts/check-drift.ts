// Fails when the schema (prisma/schema/*.prisma) and the committed migrations describe different databases.
import { spawnSync } from 'node:child_process'

const r = spawnSync(
  'npx',
  ['prisma', 'migrate', 'diff', '--from-migrations', 'prisma/migrations', '--to-schema-datamodel', 'prisma/schema', '--exit-code'],
  {
    encoding: 'utf8',
    env: { ...process.env, PRISMA_SHADOW_ONLY: '1', DATABASE_URL: '', PRISMA_HIDE_UPDATE_MESSAGE: '1' },
    timeout: 180_000,
  },
)
if (r.status === 0) {
  console.log('[drift] schema and migrations agree')
  process.exit(0)
}
console.error(r.stdout, r.stderr)
console.error(
  r.status === 2 ? '[drift] the schema differs from the migrations: add a migration (docs/DEVELOPING.md)' : '[drift] check failed',
)
process.exit(1)
