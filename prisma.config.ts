// Prisma CLI configuration. The CLI is only used offline, to generate the client
// (`prisma generate`, run by npm install): migrations are applied by lib/server/migrate.ts and
// the drift check drives the schema engine itself (scripts/check-drift.ts). See
// docs/decisions/001-database.md and 018-prisma-7.md.
import path from 'node:path'
import { defineConfig } from 'prisma/config'

// `generate` never runs the schema engine, but the CLI looks for its native binary first and
// tries to download it when missing (no route to Prisma's host here): any existing file will do.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve('package.json')

export default defineConfig({
  schema: path.join('prisma', 'schema'),
  migrations: { path: path.join('prisma', 'migrations'), seed: 'tsx prisma/seed.ts' },
})
