// Backups round-trip: `npm run backup` then `npm run restore` gives back every table row for
// row, as it was when the backup was taken, on the embedded database and on PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { connectPglite, connectPostgres, type Connection } from '../../lib/server/connect'
import { applyMigrations } from '../../lib/server/migrate'
import { backupPglite, restorePglite } from '../../lib/backup/pglite'
import { backupPostgres, restorePostgres } from '../../lib/backup/postgres'
import { diffSnapshots, snapshot, type Snapshot } from '../../lib/backup/snapshot'
import { seed } from '../../prisma/seed'
import { adminQuery, urlFor } from '../support/test-db'

const onPostgres = process.env.DAFTAR_TEST_DB === 'postgres'
const work = mkdtempSync(path.join(tmpdir(), 'daftar-backup-'))
const suffix = `${process.pid}_${Date.now()}`

// One source database and one empty target per run, of the kind this project tests.
const where = onPostgres
  ? { source: `daftar_backup_src_${suffix}`, target: `daftar_backup_dst_${suffix}` }
  : { source: path.join(work, 'source'), target: path.join(work, 'target') }
const file = path.join(work, onPostgres ? 'daftar.dump' : 'daftar.tar.gz')

const open = (loc: string): Promise<Connection> => (onPostgres ? connectPostgres(urlFor(loc)) : connectPglite(loc))
const backup = () => (onPostgres ? backupPostgres(urlFor(where.source), file) : backupPglite(where.source, file).then(() => undefined))
const restore = (loc: string, replace = false) =>
  onPostgres ? restorePostgres(file, urlFor(loc), { replace }) : restorePglite(file, loc, { replace }).then(() => undefined)

async function snapshotOf(loc: string): Promise<Snapshot> {
  const c = await open(loc)
  try {
    return await snapshot(c.runner)
  } finally {
    await c.close()
  }
}

let before: Snapshot

beforeAll(async () => {
  if (onPostgres) {
    await adminQuery(`CREATE DATABASE "${where.source}" TEMPLATE template0`)
    await adminQuery(`CREATE DATABASE "${where.target}" TEMPLATE template0`)
  }
  const c = await open(where.source)
  try {
    await applyMigrations(c.runner)
    // The demo seed fills nearly every table with realistic rows: Urdu text, JSON answers,
    // arrays, decimals, nulls and timestamps.
    await seed(c.prisma)
    await c.prisma.auditLog.create({
      data: {
        actorId: null,
        action: 'programme.update',
        entityType: 'Programme',
        entityId: 'backup-test',
        before: { name: 'پرانا نام' },
        after: { list: [1, 'دو', null], quote: `"'<script>` },
      },
    })
    before = await snapshot(c.runner)
  } finally {
    await c.close()
  }
  await backup()
  // Changes after the backup must not be in what is restored.
  const after = await open(where.source)
  try {
    await after.runner.exec(`DELETE FROM "Comment"; UPDATE "Programme" SET name = name || ' (edited)'`)
  } finally {
    await after.close()
  }
}, 300_000)

afterAll(async () => {
  if (onPostgres) {
    await adminQuery(`DROP DATABASE IF EXISTS "${where.source}" WITH (FORCE)`)
    await adminQuery(`DROP DATABASE IF EXISTS "${where.target}" WITH (FORCE)`)
  }
  rmSync(work, { recursive: true, force: true })
})

describe(`backup and restore on ${onPostgres ? 'PostgreSQL' : 'the embedded database'}`, () => {
  it('the backup holds the data: every table is there with rows to compare', () => {
    expect(existsSync(file)).toBe(true)
    const filled = Object.entries(before)
      .filter(([, t]) => t.rows > 0)
      .map(([name]) => name)
    for (const t of [
      'User',
      'Programme',
      'Cycle',
      'Application',
      'Review',
      'ReviewScore',
      'Fellowship',
      'ProgressUpdate',
      'Deliverable',
      'Comment',
      'ImpactMetricValue',
      'AuditLog',
      '_prisma_migrations',
    ])
      expect(filled).toContain(t)
  })

  it('restores into an empty database every table, row for row, as at backup time', async () => {
    await restore(where.target)
    expect(diffSnapshots(before, await snapshotOf(where.target))).toEqual([])
  }, 120_000)

  it('refuses to overwrite a database that holds data unless asked to replace it', async () => {
    await expect(restore(where.source)).rejects.toThrow(/replace/)
    // Untouched: the post-backup edits are still there.
    const now = await snapshotOf(where.source)
    expect(now.Comment.rows).toBe(0)
    expect(diffSnapshots(before, now).length).toBeGreaterThan(0)
  }, 120_000)

  it('with replace, brings a changed database back to the backup exactly', async () => {
    await restore(where.source, true)
    expect(diffSnapshots(before, await snapshotOf(where.source))).toEqual([])
  }, 120_000)
})
