// Fails when the schema (prisma/schema/*.prisma) and the committed migrations describe different
// databases. With --script, prints the SQL of the migration that would make them agree (how a
// new migration is written: docs/DEVELOPING.md). `--schema <folder>` compares another schema
// folder with the migrations (its own test gives it a changed copy).
import path from 'node:path'
import { diffMigrationsToSchema } from './lib/schema-diff'

const script = process.argv.includes('--script')
const schemaAt = process.argv.indexOf('--schema')
const started = Date.now()
diffMigrationsToSchema({
  migrations: path.resolve('prisma', 'migrations'),
  schema: schemaAt > 0 ? path.resolve(process.argv[schemaAt + 1]) : path.resolve('prisma', 'schema'),
  script,
  databaseUrl: process.env.DATABASE_URL,
})
  .then(({ exitCode, output }) => {
    if (script) {
      process.stdout.write(output.endsWith('\n') || !output ? output : output + '\n')
      process.exit(0)
    }
    if (exitCode === 0) {
      console.log(`[drift] schema and migrations agree (${((Date.now() - started) / 1000).toFixed(1)} s)`)
      process.exit(0)
    }
    console.error(output)
    console.error('[drift] the schema differs from the migrations: add a migration (docs/DEVELOPING.md)')
    process.exit(1)
  })
  .catch((e) => {
    console.error('[drift] check failed:', e instanceof Error ? e.message : e)
    process.exit(1)
  })
