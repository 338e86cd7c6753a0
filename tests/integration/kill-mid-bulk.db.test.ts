// Killing the server in the middle of a bulk operation: a separate process opens a durable
// database (a PGlite data folder, or a PostgreSQL database), starts the staff bulk rejection of
// 200 applications and is killed with SIGKILL while the transaction is open, after every
// stage change and 120 of the audit entries have been written. Opened again, the database
// holds none of it: every application at its stage, no audit entry, no email or notification queued.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { randomUUID } from 'node:crypto'
import { afterAll, describe, expect, it } from 'vitest'
import type { PrismaClient } from '@prisma/client'
import { connectPglite, connectPostgres } from '../../lib/server/connect'
import { readMigrations } from '../../lib/server/migrate'
import { getDb, setDb } from '../../lib/server/db'
import { makeUser } from '../support/factories'
import { makeOpenCall } from '../support/factories-recruitment'
import { adminQuery, TEMPLATE_DB, urlFor } from '../support/test-db'

const APPLICATIONS = 200
const KILL_AFTER = 120
const kind = process.env.DAFTAR_TEST_DB === 'postgres' ? 'postgres' : 'pglite'
const cleanups: (() => Promise<void>)[] = []
afterAll(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => {})
})

/** A durable database another process can open: its environment, and how to connect to it here. */
async function durableDatabase() {
  if (kind === 'postgres') {
    const name = `daftar_kill_${randomUUID().replaceAll('-', '').slice(0, 16)}`
    await adminQuery(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE_DB}"`)
    cleanups.push(() => adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))
    const url = urlFor(name)
    return { env: { DATABASE_URL: url } as Record<string, string>, open: () => connectPostgres(url) }
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'daftar-kill-'))
  cleanups.push(async () => rmSync(dir, { recursive: true, force: true }))
  const first = await connectPglite(dir)
  for (const m of readMigrations()) await first.runner.exec(m.sql)
  await first.close()
  return { env: { DATABASE_URL: '', PGLITE_DIR: dir } as Record<string, string>, open: () => connectPglite(dir) }
}

/** Runs `fn` with the app's database client pointed at `prisma`. */
async function using<T>(prisma: PrismaClient, fn: () => Promise<T>) {
  const own = await getDb()
  setDb(prisma)
  try {
    return await fn()
  } finally {
    setDb(own)
  }
}

function runChild(env: Record<string, string>) {
  return new Promise<{ sawMidway: boolean; signal: NodeJS.Signals | null; output: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'tests/support/kill-child.ts'], {
      // react-server: lib code marks itself server-only, as the server's bundler resolves it.
      env: { ...process.env, ...env, NODE_ENV: 'production', NODE_OPTIONS: '--conditions=react-server' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    let sawMidway = false
    const onData = (b: Buffer) => {
      output += b.toString()
      if (!sawMidway && output.includes('MIDWAY')) {
        sawMidway = true
        child.kill('SIGKILL')
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', (b: Buffer) => (output += b.toString()))
    child.on('error', reject)
    child.on('exit', (_code, signal) => resolve({ sawMidway, signal, output }))
  })
}

describe(`killing the server in the middle of a bulk rejection (${kind})`, () => {
  it('leaves no half-applied change behind', async () => {
    const db = await durableDatabase()
    let conn = await db.open()
    const { cycleId, staffId, before } = await using(conn.prisma, async () => {
      const { cycle } = await makeOpenCall()
      const staff = await makeUser('STAFF')
      const p = conn.prisma
      const stamp = randomUUID().slice(0, 8)
      await p.user.createMany({
        data: Array.from({ length: APPLICATIONS }, (_, i) => ({
          email: `kill-${stamp}-${i}@daftar.test`,
          name: `Applicant ${i}`,
          role: 'APPLICANT' as const,
        })),
      })
      const applicants = await p.user.findMany({ where: { email: { startsWith: `kill-${stamp}-` } }, select: { id: true } })
      await p.application.createMany({
        data: applicants.map((a) => ({
          cycleId: cycle.id,
          applicantId: a.id,
          stage: 'SUBMITTED' as const,
          answers: {},
          district: 'Swat',
          gender: 'FEMALE' as const,
          submittedAt: new Date(),
        })),
      })
      return {
        cycleId: cycle.id,
        staffId: staff.id,
        before: { audit: await p.auditLog.count(), notifications: await p.notification.count() },
      }
    })
    await conn.close()

    const run = await runChild({ ...db.env, CYCLE_ID: cycleId, STAFF_ID: staffId, KILL_AFTER: String(KILL_AFTER) })
    expect(run.output).toContain(`MOVING ${APPLICATIONS}`)
    expect(run.sawMidway, run.output).toBe(true)
    expect(run.signal).toBe('SIGKILL')
    expect(run.output).not.toContain('DONE')

    conn = await db.open()
    try {
      const p = conn.prisma
      const stages = await p.application.groupBy({ by: ['stage'], where: { cycleId }, _count: { _all: true } })
      expect(stages.map((s) => [s.stage, s._count._all])).toEqual([['SUBMITTED', APPLICATIONS]])
      expect(await p.application.count({ where: { cycleId, OR: [{ decidedAt: { not: null } }, { version: { not: 0 } }] } })).toBe(0)
      expect(await p.auditLog.count({ where: { action: 'application.move' } })).toBe(0)
      expect({ audit: await p.auditLog.count(), notifications: await p.notification.count() }).toEqual(before)
    } finally {
      await conn.close()
    }
  }, 120_000)
})
