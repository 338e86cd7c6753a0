// Builds the app when its build is missing or older than the sources, and runs the
// production server for the benchmark on its own port and build folder.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import net from 'node:net'
import path from 'node:path'

const root = process.cwd()
const nextBin = path.join(root, 'node_modules', '.bin', 'next')

function newestMtime(p: string): number {
  if (!existsSync(p)) return 0
  const st = statSync(p)
  if (!st.isDirectory()) return st.mtimeMs
  let newest = 0
  for (const e of readdirSync(p, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue
    newest = Math.max(newest, newestMtime(path.join(p, e.name)))
  }
  return newest
}

export function needsBuild(distDir: string): boolean {
  const marker = path.join(root, distDir, 'BUILD_ID')
  if (!existsSync(marker)) return true
  const built = statSync(marker).mtimeMs
  return ['app', 'components', 'lib', 'prisma', 'proxy.ts', 'next.config.js', 'package.json'].some(
    (s) => newestMtime(path.join(root, s)) > built,
  )
}

export function build(distDir: string, log: (s: string) => void) {
  log(`[bench] building the app into ${distDir} (a few minutes)…`)
  const r = spawnSync(nextBin, ['build'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' },
  })
  if (r.status !== 0) throw new Error('next build failed')
}

export function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect({ port, host: '127.0.0.1' })
    s.once('connect', () => {
      s.destroy()
      resolve(true)
    })
    s.once('error', () => resolve(false))
  })
}

export interface Server {
  base: string
  stop(): Promise<void>
}

export async function startServer(o: { port: number; distDir: string; databaseUrl: string }, log: (s: string) => void): Promise<Server> {
  if (await portInUse(o.port)) throw new Error(`port ${o.port} is in use: stop what runs there or pass --port`)
  const base = `http://localhost:${o.port}`
  // Served as `npm start` serves it: one server process per core (scripts/serve.ts).
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/serve.ts', '--port', String(o.port)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        NEXT_DIST_DIR: o.distDir,
        DATABASE_URL: o.databaseUrl,
        NEXTAUTH_URL: base,
        NEXTAUTH_SECRET: randomBytes(32).toString('base64url'),
        DAFTAR_HSTS: 'off',
        DAFTAR_DEMO: 'off',
      },
    },
  )
  let exited = false
  child.once('exit', () => (exited = true))
  // Ready once every server process listens (scripts/serve.ts says so), not just the first.
  let listening = false
  child.stdout!.on('data', (d: Buffer) => {
    if (/\[serve\] \d+ server process(es)? listening/.test(String(d))) listening = true
  })
  const stop = async () => {
    if (exited) return
    child.kill('SIGTERM')
    await new Promise<void>((resolve) => {
      const t = setTimeout(() => {
        child.kill('SIGKILL')
        resolve()
      }, 5000)
      child.once('exit', () => {
        clearTimeout(t)
        resolve()
      })
    })
  }
  const deadline = Date.now() + 90_000
  while (Date.now() < deadline) {
    if (exited) throw new Error('the server exited while starting')
    try {
      if (listening && (await fetch(`${base}/robots.txt`)).ok) {
        log(`[bench] server ready on ${base}`)
        return { base, stop }
      }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  await stop()
  throw new Error('the server did not answer within 90 s')
}
