// A database whose Prisma client reports every SQL statement it sends, so a test can count
// the queries a page's data loading makes. Same two kinds as tests/support/test-db.ts
// (in-memory PGlite, or a fresh database on the PostgreSQL server), plus a raw handle for
// the bulk generator of the large data set.
import { randomUUID } from 'node:crypto'
import { PrismaClient } from '@prisma/client'
import { readMigrations } from '../../lib/server/migrate'
import type { Queryable } from '../../scripts/large/bulk'
import { adminQuery, urlFor } from './test-db'

export interface CountingDatabase {
  prisma: PrismaClient
  raw: Queryable
  /** Runs `fn` and returns what it returned with the SQL statements it sent. */
  count<T>(fn: () => Promise<T>): Promise<{ result: T; queries: string[] }>
  close(): Promise<void>
}

const LOG = { log: [{ emit: 'event' as const, level: 'query' as const }] }

export async function createCountingDatabase(): Promise<CountingDatabase> {
  let prisma: PrismaClient
  let raw: Queryable
  let teardown: () => Promise<void>
  if (process.env.DAFTAR_TEST_DB === 'postgres') {
    const name = `daftar_qc_${randomUUID().replaceAll('-', '').slice(0, 16)}`
    await adminQuery(`CREATE DATABASE "${name}"`)
    const pg = (await import('pg')).default
    const { PrismaPg } = await import('@prisma/adapter-pg')
    const pool = new pg.Pool({ connectionString: urlFor(name), max: 5 })
    pool.on('error', () => {}) // a closing connection terminated by DROP ... WITH (FORCE)
    for (const m of readMigrations()) await pool.query(m.sql)
    prisma = new PrismaClient({ adapter: new PrismaPg(pool), ...LOG })
    raw = pool
    teardown = async () => {
      await pool.end().catch(() => {})
      await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
    }
  } else {
    const { PGlite } = await import('@electric-sql/pglite')
    const { PrismaPGlite } = await import('pglite-prisma-adapter')
    const pglite = new PGlite('memory://')
    for (const m of readMigrations()) await pglite.exec(m.sql)
    prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) as never, ...LOG })
    raw = pglite as unknown as Queryable
    teardown = () => pglite.close()
  }
  let sink: string[] | null = null
  // The client was built with query events on; its type does not carry that through `let`.
  const events = prisma as unknown as { $on(event: 'query', cb: (e: { query: string }) => void): void }
  events.$on('query', (e) => sink?.push(e.query))
  return {
    prisma,
    raw,
    async count(fn) {
      const queries: string[] = []
      sink = queries
      try {
        return { result: await fn(), queries }
      } finally {
        sink = null
      }
    },
    async close() {
      await prisma.$disconnect()
      await teardown()
    },
  }
}
