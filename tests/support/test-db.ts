// A clean, migrated database per test file: in-memory PGlite by default, or a database
// copied from a migrated template on the PostgreSQL server when DAFTAR_TEST_DB=postgres.
import { randomUUID } from 'node:crypto'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PrismaClient } from '@prisma/client'
import { readMigrations } from '../../lib/server/migrate'

export const PG_ADMIN_URL = process.env.TEST_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres'
export const TEMPLATE_DB = `daftar_test_template_${process.env.DAFTAR_TEST_RUN ?? 'local'}`

export interface TestDatabase {
  prisma: PrismaClient
  kind: 'pglite' | 'postgres'
  close(): Promise<void>
}

/** The URL of one database on the test server. */
export function urlFor(db: string) {
  const u = new URL(PG_ADMIN_URL)
  u.pathname = `/${db}`
  return u.toString()
}

/** One statement on the test server's maintenance database (CREATE / DROP DATABASE). */
export async function adminQuery(sql: string) {
  const pg = (await import('pg')).default
  const c = new pg.Client({ connectionString: PG_ADMIN_URL })
  await c.connect()
  try {
    await c.query(sql)
  } finally {
    await c.end()
  }
}

/** Called once per run (vitest globalSetup) for the postgres project. */
export async function createPostgresTemplate() {
  await adminQuery(`DROP DATABASE IF EXISTS "${TEMPLATE_DB}"`)
  await adminQuery(`CREATE DATABASE "${TEMPLATE_DB}"`)
  const pg = (await import('pg')).default
  const c = new pg.Client({ connectionString: urlFor(TEMPLATE_DB) })
  await c.connect()
  try {
    for (const m of readMigrations()) await c.query(m.sql)
  } finally {
    await c.end()
  }
}

/**
 * PGlite's own start-up (initdb) takes about 3 s; loading a migrated data folder saved once per
 * run takes about 1 s. Written by the pglite project's globalSetup, read by every test file.
 */
export const PGLITE_TEMPLATE = path.join(tmpdir(), `daftar-pglite-template-${process.env.DAFTAR_TEST_RUN ?? 'local'}.tar`)

export async function createPgliteTemplate() {
  const { PGlite } = await import('@electric-sql/pglite')
  const pglite = new PGlite('memory://')
  for (const m of readMigrations()) await pglite.exec(m.sql)
  const dump = await pglite.dumpDataDir('none')
  writeFileSync(PGLITE_TEMPLATE, Buffer.from(await dump.arrayBuffer()))
  await pglite.close()
}

export function dropPgliteTemplate() {
  rmSync(PGLITE_TEMPLATE, { force: true })
}

export async function dropPostgresTemplate() {
  await adminQuery(`DROP DATABASE IF EXISTS "${TEMPLATE_DB}"`)
}

export async function createTestDatabase(): Promise<TestDatabase> {
  if (process.env.DAFTAR_TEST_DB === 'postgres') {
    const name = `daftar_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`
    await adminQuery(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE_DB}"`)
    const pg = (await import('pg')).default
    const { PrismaPg } = await import('@prisma/adapter-pg')
    const pool = new pg.Pool({ connectionString: urlFor(name), max: 5 })
    // pool.end() resolves before its sockets have closed, so DROP ... WITH (FORCE) can still
    // terminate a closing connection; that is expected here, not a failure of the test.
    pool.on('error', () => {})
    const prisma = new PrismaClient({ adapter: new PrismaPg(pool) })
    return {
      prisma,
      kind: 'postgres',
      close: async () => {
        await prisma.$disconnect()
        await pool.end().catch(() => {})
        await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      },
    }
  }
  const { PGlite } = await import('@electric-sql/pglite')
  const { PrismaPGlite } = await import('pglite-prisma-adapter')
  let pglite: InstanceType<typeof PGlite>
  if (existsSync(PGLITE_TEMPLATE)) {
    pglite = new PGlite({ loadDataDir: new Blob([readFileSync(PGLITE_TEMPLATE)]) })
  } else {
    pglite = new PGlite('memory://')
    for (const m of readMigrations()) await pglite.exec(m.sql)
  }
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) as never })
  return {
    prisma,
    kind: 'pglite',
    close: async () => {
      await prisma.$disconnect()
      await pglite.close()
    },
  }
}
