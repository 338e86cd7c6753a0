// `prisma migrate diff --from-migrations prisma/migrations --to-schema prisma/schema` without the
// Prisma CLI, whose schema engine is a native binary this machine cannot download. Prisma's own
// WebAssembly build of that engine (@prisma/schema-engine-wasm) replays the migrations into a
// throw-away shadow database reached through a driver adapter, and compares the result with the
// schema. Shadow: in-memory PGlite, or a fresh database on the PostgreSQL server in DATABASE_URL.
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { randomUUID } from 'node:crypto'

const require = createRequire(import.meta.url)

export interface Diff {
  /** 0: the migrations give the schema; 2: they differ. */
  exitCode: number
  /** The SQL that would turn the migrated database into the schema (with `script`), or a summary. */
  output: string
}

/** Instantiates the engine's wasm by hand: Node 20 cannot import .wasm as a module. */
async function loadEngine() {
  const dir = path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg'))
  const glue = await import(path.join(dir, 'schema_engine_bg.js'))
  const wasm = new WebAssembly.Module(readFileSync(path.join(dir, 'schema_engine_bg.wasm')))
  const instance = new WebAssembly.Instance(wasm, { './schema_engine_bg.js': glue })
  glue.__wbg_set_wasm(instance.exports)
  ;(instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.()
  ;(globalThis as Record<string, unknown>).PRISMA_WASM_PANIC_REGISTRY ??= {
    set_message: (m: string) => console.error('[schema engine]', m),
  }
  return glue
}

async function pgliteShadow() {
  const { PGlite } = await import('@electric-sql/pglite')
  const { PrismaPGlite } = await import('pglite-prisma-adapter')
  const main = new PrismaPGlite(new PGlite('memory://'))
  return {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: () => main.connect(),
    connectToShadowDb: async () => {
      const shadow = new PGlite('memory://')
      const adapter = await new PrismaPGlite(shadow).connect()
      adapter.dispose = async () => {
        if (!shadow.closed) await shadow.close()
      }
      return adapter
    },
  }
}

async function postgresShadow(url: string) {
  const pg = (await import('pg')).default
  const { PrismaPg } = await import('@prisma/adapter-pg')
  // The engine reads catalog columns of type "char" (18) that the adapter cannot decode: as text.
  class CatalogSafeClient extends pg.Client {
    query(...args: any[]): any {
      const fix = (res: any) => {
        for (const f of res?.fields ?? []) if (f.dataTypeID === 18 || f.dataTypeID === 19) f.dataTypeID = 25
        return res
      }
      const cb = args[args.length - 1]
      if (typeof cb === 'function') args[args.length - 1] = (err: unknown, res: unknown) => cb(err, err ? res : fix(res))
      const r = (super.query as any)(...args)
      return r && typeof r.then === 'function' ? r.then(fix) : r
    }
  }
  const u = new URL(url)
  const pool = (database: string) =>
    new pg.Pool({
      Client: CatalogSafeClient as typeof pg.Client,
      host: u.hostname,
      port: Number(u.port || 5432),
      user: decodeURIComponent(u.username),
      password: decodeURIComponent(u.password) || undefined,
      database,
    })
  const main = new PrismaPg(pool(u.pathname.slice(1)), { disposeExternalPool: true })
  return {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: () => main.connect(),
    connectToShadowDb: async () => {
      const admin = await main.connect()
      const name = `daftar_shadow_${randomUUID().replaceAll('-', '')}`
      await admin.executeScript(`CREATE DATABASE "${name}"`)
      const shadow = await new PrismaPg(pool(name), { disposeExternalPool: true }).connect()
      // A migration file goes to the server whole, as psql sends it (the adapter's own
      // executeScript splits it at every semicolon, even inside a comment).
      const shadowUrl = new URL(url)
      shadowUrl.pathname = `/${name}`
      const script = new pg.Client({ connectionString: shadowUrl.toString() })
      await script.connect()
      shadow.executeScript = async (sql) => void (await script.query(sql))
      const dispose = shadow.dispose.bind(shadow)
      shadow.dispose = async () => {
        await script.end()
        await dispose()
        await admin.executeScript(`DROP DATABASE IF EXISTS "${name}"`)
        await admin.dispose()
      }
      return shadow
    },
  }
}

export async function diffMigrationsToSchema(opts: {
  migrations: string
  schema: string
  script: boolean
  databaseUrl?: string
}): Promise<Diff> {
  const glue = await loadEngine()
  const { bindMigrationAwareSqlAdapterFactory } = require('@prisma/driver-adapter-utils')
  const url = opts.databaseUrl
  const factory = bindMigrationAwareSqlAdapterFactory(
    url && /^postgres(ql)?:\/\//.test(url) ? await postgresShadow(url) : await pgliteShadow(),
  )

  const files = readdirSync(opts.schema)
    .filter((f) => f.endsWith('.prisma'))
    .sort()
    .map((f) => ({ path: path.resolve(opts.schema, f), content: readFileSync(path.join(opts.schema, f), 'utf8') }))
  const dirs = readdirSync(opts.migrations, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
  const lock = path.join(opts.migrations, 'migration_lock.toml')
  const from = {
    tag: 'migrations',
    baseDir: opts.migrations,
    lockfile: { path: 'migration_lock.toml', content: existsSync(lock) ? readFileSync(lock, 'utf8') : null },
    migrationDirectories: dirs.map((d) => ({
      path: d,
      migrationFile: {
        path: 'migration.sql',
        content: { tag: 'ok', value: readFileSync(path.join(opts.migrations, d, 'migration.sql'), 'utf8') },
      },
    })),
    shadowDbInitScript: '',
  }
  const engine = await glue.SchemaEngine.new(
    { datamodels: files.map((f) => [f.path, f.content]) },
    (m: string) => process.env.DEBUG_SCHEMA_ENGINE && console.error('[schema engine]', m),
    factory,
  )
  const res = await engine.diff({
    from,
    to: { tag: 'schemaDatamodel', files },
    script: opts.script,
    exitCode: true,
    filters: { externalTables: [], externalEnums: [] },
  })
  return { exitCode: res.exitCode ?? 0, output: res.stdout ?? '' }
}
