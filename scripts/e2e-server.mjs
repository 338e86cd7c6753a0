// Starts the app for Playwright the way `npm start` does, on a fresh embedded database, or on a
// fresh database of its own on the PostgreSQL server named by E2E_PG_URL. Several
// of these may start at once (playwright.config.ts runs the crawl on a server of its own): the
// build is made by one of them while the others wait, then each serves it.
import { mkdirSync, rmSync, statSync } from 'node:fs'
import { spawn, spawnSync } from 'node:child_process'

const tsx = 'node_modules/tsx/dist/cli.mjs'
const lock = '.data/e2e-build.lock'

async function withBuildLock(work) {
  mkdirSync('.data', { recursive: true })
  for (;;) {
    try {
      mkdirSync(lock)
      break
    } catch {
      // A lock older than a build can take is left over from a killed run.
      try {
        if (Date.now() - statSync(lock).mtimeMs > 15 * 60_000) rmSync(lock, { recursive: true, force: true })
      } catch {}
      await new Promise((r) => setTimeout(r, 500))
    }
  }
  try {
    work()
  } finally {
    rmSync(lock, { recursive: true, force: true })
  }
}

await withBuildLock(() => {
  const r = spawnSync(process.execPath, [tsx, 'scripts/e2e-build.ts'], { stdio: 'inherit', env: process.env })
  if (r.status !== 0) process.exit(r.status ?? 1)
})
if (process.env.MAIL_DROP_DIR) rmSync(process.env.MAIL_DROP_DIR, { recursive: true, force: true })
const env = { ...process.env }
let dropDatabase = async () => {}
if (process.env.E2E_PG_URL) {
  // On the PostgreSQL server: a database of this run's own, made here and dropped on exit.
  const pg = (await import('pg')).default
  const admin = async (sql, params) => {
    const c = new pg.Client({ connectionString: process.env.E2E_PG_URL })
    await c.connect()
    try {
      return (await c.query(sql, params)).rows
    } finally {
      await c.end()
    }
  }
  const prefix = `daftar_e2e_${process.env.PORT ?? 3000}_`
  // A run that was killed could not drop its database: this port's earlier ones go first.
  const rows = await admin('SELECT datname FROM pg_database WHERE starts_with(datname, $1)', [prefix])
  for (const { datname } of rows) await admin(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`)
  const name = `${prefix}${process.pid}`
  await admin(`CREATE DATABASE "${name}"`)
  dropDatabase = () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => {})
  const url = new URL(process.env.E2E_PG_URL)
  url.pathname = `/${name}`
  Object.assign(env, { DATABASE_URL: url.toString(), NEXTAUTH_SECRET: 'e2e-only-secret-not-for-production-use', DAFTAR_HSTS: 'off' })
} else {
  rmSync(process.env.PGLITE_DIR ?? '.data/e2e-db', { recursive: true, force: true })
}
const child = spawn(process.execPath, [tsx, 'scripts/start.ts'], { stdio: 'inherit', env })
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig))
child.on('exit', async (code) => {
  await dropDatabase()
  process.exit(code ?? 0)
})
