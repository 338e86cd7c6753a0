// `npm start` serves the app with one server process per core on PostgreSQL (scripts/serve.ts).
// Here the real cluster runs a tiny HTTP server in place of Next.js: requests are spread over
// the processes, a process that dies is replaced, and stopping stops them all.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { workerCount } from '../../scripts/serve'

describe('how many server processes', () => {
  it('one per core on PostgreSQL, unless WEB_CONCURRENCY says otherwise', () => {
    expect(workerCount({ DATABASE_URL: 'postgresql://db/daftar' }, 2)).toBe(2)
    expect(workerCount({ DATABASE_URL: 'postgresql://db/daftar' }, 8)).toBe(8)
    expect(workerCount({ DATABASE_URL: 'postgresql://db/daftar', WEB_CONCURRENCY: '3' }, 8)).toBe(3)
    expect(workerCount({ DATABASE_URL: 'postgresql://db/daftar', WEB_CONCURRENCY: 'lots' }, 4)).toBe(4)
    expect(workerCount({ DATABASE_URL: 'postgresql://db/daftar', WEB_CONCURRENCY: '0' }, 4)).toBe(4)
  })

  it('always one on the embedded database, which allows one process per data folder', () => {
    expect(workerCount({}, 8)).toBe(1)
    expect(workerCount({ WEB_CONCURRENCY: '4' }, 8)).toBe(1)
  })
})

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, () => {
      const { port } = s.address() as net.AddressInfo
      s.close(() => resolve(port))
    })
  })

let primary: ChildProcess | undefined
afterEach(() => {
  primary?.kill('SIGKILL')
  primary = undefined
})

/** One request on a new connection (the cluster hands out connections, not requests); an
 * answer that never comes fails the request after two seconds, not the whole test later. */
const get = (url: string) =>
  new Promise<string>((resolve, reject) => {
    const req = http
      .get(url, { agent: false }, (res) => {
        let body = ''
        res.on('data', (d) => (body += d))
        res.on('end', () => resolve(body))
      })
      .on('error', reject)
    req.setTimeout(2000, () => req.destroy(new Error('no answer within 2 s')))
  })

async function pids(url: string, n: number): Promise<number[]> {
  const out: number[] = []
  for (let i = 0; i < n; i++) out.push(Number(await get(url)))
  return out
}

/** The primary's output, and a promise for the first line (seen or still to come) matching a pattern. */
function watch(child: ChildProcess) {
  let output = ''
  const waiting: { re: RegExp; resolve: (m: RegExpMatchArray) => void }[] = []
  const check = () => {
    for (const w of [...waiting]) {
      const m = output.match(w.re)
      if (m) {
        waiting.splice(waiting.indexOf(w), 1)
        w.resolve(m)
      }
    }
  }
  for (const stream of [child.stdout!, child.stderr!]) stream.on('data', (d) => ((output += d), check()))
  return {
    output: () => output,
    line: (re: RegExp) => new Promise<RegExpMatchArray>((resolve) => (waiting.push({ re, resolve }), check())),
  }
}

describe('the cluster', () => {
  it('spreads requests over the processes, replaces one that dies, and stops them all', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'daftar-serve-'))
    const worker = path.join(dir, 'worker.cjs')
    writeFileSync(worker, `require('node:http').createServer((q, s) => s.end(String(process.pid))).listen(Number(process.argv[2]))`)
    const port = await freePort()
    const script = `import { serve } from ${JSON.stringify(path.resolve('scripts/serve.ts'))}; serve({ exec: ${JSON.stringify(worker)}, args: ['${port}'], workers: 2 })`
    primary = spawn(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), '--eval', script], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const out = watch(primary)
    await out.line(/2 server processes listening/)
    const url = `http://127.0.0.1:${port}/`

    const first = new Set(await pids(url, 8))
    expect(first.size).toBe(2)

    // One process dies: the other keeps answering, and a new one takes its place.
    const [victim, survivor] = [...first]
    process.kill(victim, 'SIGKILL')
    await out.line(new RegExp(`server process ${victim} exited`))
    const [, replacement] = await out.line(new RegExp(`server process (?!${victim}\\b|${survivor}\\b)(\\d+) listening`))
    const after = new Set(await pids(url, 6))
    expect(after).toEqual(new Set([survivor, Number(replacement)]))

    // Stopping the primary stops every server process.
    const exited = new Promise<number | null>((r) => primary!.once('exit', (code) => r(code)))
    primary.kill('SIGTERM')
    expect(await exited).toBe(0)
    const alive = (pid: number) => {
      try {
        process.kill(pid, 0)
        return true
      } catch {
        return false
      }
    }
    // The primary exits only once every server process has exited.
    expect([...after].filter(alive)).toEqual([])
    await expect(get(url)).rejects.toThrow()
  }, 60_000)
})
