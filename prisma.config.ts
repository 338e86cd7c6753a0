// Prisma CLI configuration for offline machines: the JS (wasm) engine with a driver adapter.
// DATABASE_URL=postgresql://... selects a PostgreSQL server; otherwise the embedded PGlite
// database in PGLITE_DIR (default .data/pglite). See docs/decisions/001-database.md.
import path from 'node:path'
import { defineConfig } from 'prisma/config'

// Prisma's wasm schema engine replays migration.sql into the shadow database with an
// argument-less executeRaw (a prepared statement), which refuses several statements.
function scriptSafe(a: any) {
  const orig = a.executeRaw.bind(a)
  a.executeRaw = async (q: any) => (q.args.length === 0 ? (await a.executeScript(q.sql), 0) : orig(q))
  return a
}

// The 6.x pg adapter cannot read catalog columns of type "char" (18) and name (19) that the
// engine reads while introspecting: report them as text (25).
async function pgAdapter(database?: string) {
  const pg = (await import('pg')).default
  const { PrismaPg } = await import('@prisma/adapter-pg')
  class CatalogSafeClient extends pg.Client {
    query(...args: any[]): any {
      const fix = (res: any) => {
        for (const f of res?.fields ?? []) if (f.dataTypeID === 18 || f.dataTypeID === 19) f.dataTypeID = 25
        return res
      }
      const cb = args[args.length - 1]
      if (typeof cb === 'function') args[args.length - 1] = (err: any, res: any) => cb(err, err ? res : fix(res))
      const r: any = (super.query as any)(...args)
      return r && typeof r.then === 'function' ? r.then(fix) : r
    }
  }
  const u = new URL(process.env.DATABASE_URL!)
  const pool = new pg.Pool({
    Client: CatalogSafeClient as any,
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password) || undefined,
    database: database || u.pathname.slice(1),
  })
  return new PrismaPg(pool, { disposeExternalPool: true } as any)
}

async function pgliteAdapter(dir: string) {
  const { PGlite } = await import('@electric-sql/pglite')
  const { PrismaPGlite } = await import('pglite-prisma-adapter')
  const db = new PGlite(dir)
  const main = new PrismaPGlite(db)
  return {
    provider: main.provider,
    adapterName: main.adapterName,
    // The adapter's dispose() is a no-op and an open PGlite keeps the CLI alive.
    connect: async () => {
      const a: any = await main.connect()
      a.dispose = async () => {
        if (!db.closed) await db.close()
      }
      return a
    },
    connectToShadowDb: async () => {
      const shadow = new PGlite('memory://')
      const a: any = await new PrismaPGlite(shadow).connect()
      const orig = a.executeRaw.bind(a)
      a.executeRaw = async (q: any) => (q.args.length === 0 ? (await shadow.exec(q.sql), 0) : orig(q))
      return a
    },
  } as any
}

export default defineConfig({
  experimental: { adapter: true },
  schema: path.join('prisma', 'schema'),
  migrations: { path: path.join('prisma', 'migrations'), seed: 'tsx prisma/seed.ts' },
  engine: 'js',
  adapter: async () => {
    const url = process.env.DATABASE_URL
    if (!url || !/^postgres(ql)?:\/\//.test(url)) {
      return pgliteAdapter(process.env.PGLITE_DIR ?? (process.env.PRISMA_SHADOW_ONLY ? 'memory://' : path.join('.data', 'pglite')))
    }
    const main = await pgAdapter()
    return {
      provider: main.provider,
      adapterName: main.adapterName,
      connect: () => main.connect(),
      // A throw-away database per call; the adapter's own version drops it while its pool is open.
      connectToShadowDb: async () => {
        const admin: any = await main.connect()
        const name = `prisma_shadow_${crypto.randomUUID().replaceAll('-', '')}`
        await admin.executeScript(`CREATE DATABASE "${name}"`)
        const a: any = scriptSafe(await (await pgAdapter(name)).connect())
        const dispose = a.dispose.bind(a)
        a.dispose = async () => {
          await dispose()
          await admin.executeScript(`DROP DATABASE IF EXISTS "${name}"`)
        }
        return a
      },
    } as any
  },
})
