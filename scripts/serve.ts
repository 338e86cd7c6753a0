// Serves a built app with one Next.js server process per core (`tsx scripts/serve.ts --port N`).
// A Node server renders pages on one core; several processes share the port through Node's
// cluster module, which hands each connection to the next process in turn. PostgreSQL serves
// any number of processes; the embedded database (PGlite) allows one process per data folder,
// so it always gets one. WEB_CONCURRENCY sets the number (decision 009).
import cluster from 'node:cluster'
import { availableParallelism } from 'node:os'
import path from 'node:path'

export function workerCount(env: Record<string, string | undefined> = process.env, cores = availableParallelism()): number {
  if (!env.DATABASE_URL) return 1
  const asked = Number(env.WEB_CONCURRENCY)
  if (env.WEB_CONCURRENCY !== undefined && Number.isInteger(asked) && asked >= 1) return Math.min(asked, 64)
  return Math.max(1, cores)
}

function option(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`)
  return i >= 0 ? argv[i + 1] : undefined
}

export interface ServeOptions {
  /** The script each server process runs, and its arguments. */
  exec: string
  args: string[]
  workers: number
  log?: (s: string) => void
}

/** Starts `workers` processes of `exec` sharing their listening port (call in the primary). */
export function serve(o: ServeOptions) {
  const log = o.log ?? ((s: string) => console.log(s))
  // Not this script's TypeScript loader: the workers run their own compiled code.
  cluster.setupPrimary({ exec: o.exec, args: o.args, execArgv: [] })
  let stopping = false
  let restarts = 0
  let listening = 0
  const fork = () => cluster.fork({ DAFTAR_WORKER: '1' })
  for (let i = 0; i < o.workers; i++) fork()
  cluster.on('listening', (worker) => {
    log(`[serve] server process ${worker.process.pid} listening`)
    if (++listening === o.workers) log(`[serve] ${o.workers} server process${o.workers === 1 ? '' : 'es'} listening`)
  })
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0)
      return
    }
    // A process that dies is replaced, unless they keep dying (a broken build, a port in use).
    restarts++
    console.error(`[serve] server process ${worker.process.pid} exited (${signal ?? code})`)
    if (restarts > o.workers * 3) {
      console.error('[serve] server processes keep exiting: stopping')
      process.exit(1)
    }
    fork()
  })
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.on(sig, () => {
      stopping = true
      const alive = Object.values(cluster.workers ?? {})
      if (alive.length === 0) process.exit(0)
      for (const w of alive) w?.process.kill(sig)
      setTimeout(() => process.exit(0), 10_000).unref()
    })
  }
}

function main() {
  const argv = process.argv.slice(2)
  const port = option(argv, 'port') ?? process.env.PORT ?? '3000'
  if (!process.env.DATABASE_URL && Number(process.env.WEB_CONCURRENCY) > 1) {
    console.log('[serve] the embedded database allows one server process: WEB_CONCURRENCY is ignored')
  }
  serve({
    exec: path.join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next'),
    args: ['start', '-p', port],
    workers: workerCount(),
  })
}

if (cluster.isPrimary && process.argv[1] && /serve\.ts$/.test(process.argv[1])) main()
