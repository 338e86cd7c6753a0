// Opens the database named by the environment: a PostgreSQL server when DATABASE_URL is set,
// otherwise the embedded PGlite database in PGLITE_DIR. Shared by the app, scripts and tests.
import { PrismaClient } from '@prisma/client'
import { mkdirSync } from 'node:fs'
import type { SqlRunner } from './migrate'
import { env } from '../env'

export interface Connection {
  prisma: PrismaClient
  runner: SqlRunner
  kind: 'postgres' | 'pglite'
  close(): Promise<void>
}

export async function connectPostgres(url: string): Promise<Connection> {
  const pg = (await import('pg')).default
  const { PrismaPg } = await import('@prisma/adapter-pg')
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DB_POOL_MAX ?? 10) })
  // An idle connection dropped by the server (restart, failover) must not crash the process;
  // the pool replaces it on the next query.
  pool.on('error', (err) => console.error(`[db] idle connection lost: ${err.message}`))
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) })
  // Migrations run BEGIN ... COMMIT on one session, so the runner has a client of its own.
  let client: InstanceType<typeof pg.Client> | undefined
  const session = async () => {
    if (!client) {
      client = new pg.Client({ connectionString: url })
      await client.connect()
    }
    return client
  }
  return {
    prisma,
    kind: 'postgres',
    runner: {
      exec: async (sql) => {
        await (await session()).query(sql)
      },
      query: async (sql, params) => (await (await session()).query(sql, params as unknown[])).rows,
    },
    close: async () => {
      await prisma.$disconnect()
      await client?.end().catch(() => {})
      await pool.end().catch(() => {})
    },
  }
}

export async function connectPglite(dir: string): Promise<Connection> {
  const { PGlite } = await import('@electric-sql/pglite')
  const { PrismaPGlite } = await import('pglite-prisma-adapter')
  const pglite = new PGlite(dir)
  await pglite.waitReady
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) as never })
  return {
    prisma,
    kind: 'pglite',
    runner: {
      exec: async (sql) => {
        await pglite.exec(sql)
      },
      query: async (sql, params) => (await pglite.query(sql, params as unknown[])).rows as never,
    },
    close: async () => {
      await prisma.$disconnect()
      if (!pglite.closed) await pglite.close()
    },
  }
}

export async function connectFromEnv(): Promise<Connection> {
  const e = env()
  if (e.DATABASE_URL) return connectPostgres(e.DATABASE_URL)
  mkdirSync(e.PGLITE_DIR, { recursive: true })
  return connectPglite(e.PGLITE_DIR)
}
