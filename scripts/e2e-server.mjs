// Starts the app for Playwright the way `npm start` does, on a fresh embedded database. Several
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
rmSync(process.env.PGLITE_DIR ?? '.data/e2e-db', { recursive: true, force: true })
if (process.env.MAIL_DROP_DIR) rmSync(process.env.MAIL_DROP_DIR, { recursive: true, force: true })
const child = spawn(process.execPath, [tsx, 'scripts/start.ts'], { stdio: 'inherit', env: process.env })
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig))
child.on('exit', (code) => process.exit(code ?? 0))
