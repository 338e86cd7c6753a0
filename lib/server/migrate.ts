// Applies prisma/migrations/*/migration.sql in order, recording each in Prisma's own
// _prisma_migrations table (same checksum), so `prisma migrate status/deploy` agree with it.
// Used for both PGlite and PostgreSQL: see docs/decisions/001-database.md.
import { randomUUID } from 'node:crypto'
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import path from 'node:path'
import { sha256Hex } from '../hash'

export interface SqlRunner {
  /** Runs one or more statements with no parameters. */
  exec(sql: string): Promise<void>
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>
}

export function migrationsDir() {
  return path.join(process.cwd(), 'prisma', 'migrations')
}

export function readMigrations(dir = migrationsDir()) {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, 'migration.sql')))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, 'migration.sql'), 'utf8')
      return { name, sql, checksum: sha256Hex(sql) }
    })
}

export async function applyMigrations(runner: SqlRunner, opts: { log?: (s: string) => void } = {}) {
  await runner.exec(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum" VARCHAR(64) NOT NULL,
    "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL,
    "logs" TEXT,
    "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
  )`)
  const done = await runner.query<{ migration_name: string; checksum: string }>(
    `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  )
  const applied = new Map(done.map((r) => [r.migration_name, r.checksum]))
  let count = 0
  for (const m of readMigrations()) {
    const seen = applied.get(m.name)
    if (seen) {
      if (seen !== m.checksum) throw new Error(`Migration ${m.name} was edited after it was applied`)
      continue
    }
    // One transaction per migration: a failing migration leaves no trace.
    await runner.exec('BEGIN')
    try {
      await runner.exec(m.sql)
      await runner.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ($1, $2, now(), $3, 1)`,
        [randomUUID(), m.checksum, m.name],
      )
      await runner.exec('COMMIT')
    } catch (e) {
      await runner.exec('ROLLBACK')
      throw e
    }
    opts.log?.(`applied migration ${m.name}`)
    count++
  }
  return count
}
