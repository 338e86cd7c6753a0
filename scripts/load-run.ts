// `npm run load-run -- --url http://localhost:3000 --seconds 60 --connections 50`: a mixed load of
// page reads and comment writes as the demo accounts against a running server; every write the
// server acknowledged is then looked up in the database. `--verify <acks.json>` only verifies
// (for PGlite, run it after stopping the server: one process per data folder). Each server
// process's resident memory is reported when the server runs on this machine.
// `--scenario rush`: the last minutes before a call closes (./load/rush.ts).
import { readFileSync, writeFileSync } from 'node:fs'
import { randomUUID } from 'node:crypto'
import { connectFromEnv } from '../lib/server/connect'
import { DEMO_PASSWORD } from '../lib/demo'
import { rush } from './load/rush'
import { sampleRss } from './lib/process-rss'

const args = process.argv.slice(2)
const arg = (name: string, dflt: string) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 && args[i + 1] ? args[i + 1] : dflt
}
const url = arg('url', 'http://localhost:3000').replace(/\/$/, '')
const seconds = Number(arg('seconds', '60'))
const connections = Number(arg('connections', '50'))
const acksFile = arg('acks', 'load-run-acks.json')

type Jar = Map<string, string>
const cookieHeader = (jar: Jar) => [...jar].map(([k, v]) => `${k}=${v}`).join('; ')
function keep(jar: Jar, res: Response) {
  for (const c of res.headers.getSetCookie()) {
    const [pair] = c.split(';')
    const eq = pair.indexOf('=')
    jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1))
  }
}

async function signIn(email: string): Promise<Jar> {
  const jar: Jar = new Map()
  const r1 = await fetch(`${url}/api/auth/csrf`)
  keep(jar, r1)
  const { csrfToken } = (await r1.json()) as { csrfToken: string }
  const body = new URLSearchParams({ csrfToken, email, password: DEMO_PASSWORD, json: 'true' })
  const r2 = await fetch(`${url}/api/auth/callback/password`, {
    method: 'POST',
    body,
    redirect: 'manual',
    headers: { cookie: cookieHeader(jar), 'content-type': 'application/x-www-form-urlencoded' },
  })
  keep(jar, r2)
  if (![...jar.keys()].some((k) => k.includes('session-token'))) throw new Error(`sign-in failed for ${email} (${r2.status})`)
  return jar
}

const hidden = (html: string) => [...html.matchAll(/<input[^>]*type="hidden"[^>]*>/g)].map((m) => m[0])
const attr = (tag: string, name: string) =>
  tag
    .match(new RegExp(`${name}="([^"]*)"`))?.[1]
    ?.replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')

/** The fellow's comment form on an update page, as the browser would post it without JavaScript. */
async function findCommentForm(jar: Jar) {
  const list = await (await fetch(`${url}/fellow/updates`, { headers: { cookie: cookieHeader(jar) } })).text()
  const links = [...new Set([...list.matchAll(/href="(\/fellow\/updates\/[0-9a-f-]{36}\/\d+)"/g)].map((m) => m[1]))]
  for (const path of links) {
    const html = await (await fetch(`${url}${path}`, { headers: { cookie: cookieHeader(jar) } })).text()
    const form = [...html.matchAll(/<form[\s\S]*?<\/form>/g)]
      .map((m) => m[0])
      .find((f) => /name="body"/.test(f) && /name="targetId"/.test(f))
    if (form)
      return {
        path,
        fields: hidden(form)
          .map((t) => [attr(t, 'name')!, attr(t, 'value') ?? ''] as const)
          .filter(([n]) => n),
      }
  }
  throw new Error('no update with a comment form found for the fellow')
}

async function verify(file: string) {
  const tokens = JSON.parse(readFileSync(file, 'utf8')) as string[]
  const { prisma, close } = await connectFromEnv()
  const found = await prisma.comment.findMany({ where: { body: { in: tokens.map((t) => `Load run ${t}`) } }, select: { body: true } })
  await close()
  const missing = tokens.length - found.length
  console.log(`acknowledged writes: ${tokens.length}, present in the database: ${found.length}, missing: ${missing}`)
  return missing
}

async function main() {
  if (args.includes('--verify')) process.exit((await verify(arg('verify', acksFile))) ? 1 : 0)
  if (arg('scenario', 'mixed') === 'rush') {
    const ok = await rush({
      url,
      applicants: Number(arg('applicants', '2000')),
      minutes: Number(arg('minutes', '10')),
      visitors: Number(arg('visitors', '50')),
      thinkMs: Number(arg('think', '1000')),
    })
    process.exit(ok ? 0 : 1)
  }
  const rss = sampleRss(Number(new URL(url).port || 80))
  const [fellow, partner, staff] = await Promise.all(['fellow@daftar.pk', 'partner@daftar.pk', 'staff@daftar.pk'].map(signIn))
  const form = await findCommentForm(fellow)
  const reads: [Jar, string][] = [
    [fellow, '/fellow'],
    [partner, '/partner'],
    [staff, '/staff'],
    [staff, '/staff/cycles'],
    [fellow, form.path],
  ]
  const stats = { reads: 0, writes: 0, acked: 0, s5xx: 0, other: 0, failed: 0, lat: [] as number[] }
  const acks: string[] = []
  const end = Date.now() + seconds * 1000
  let turn = 0

  async function write() {
    const token = randomUUID()
    const fd = new FormData()
    for (const [k, v] of form.fields) fd.append(k, v)
    fd.append('body', `Load run ${token}`)
    const res = await fetch(`${url}${form.path}`, {
      method: 'POST',
      body: fd,
      headers: { cookie: cookieHeader(fellow) },
      redirect: 'manual',
    })
    const html = await res.text()
    stats.writes++
    // Acknowledged: the server answered 200 and the page it rendered back shows the comment.
    if (res.status === 200 && html.includes(token)) {
      stats.acked++
      acks.push(token)
    }
    return res.status
  }

  async function worker() {
    while (Date.now() < end) {
      const t0 = performance.now()
      let status: number
      try {
        if (turn++ % 10 === 0) status = await write()
        else {
          const [jar, path] = reads[turn % reads.length]
          const res = await fetch(`${url}${path}`, { headers: { cookie: cookieHeader(jar) }, redirect: 'manual' })
          await res.arrayBuffer()
          stats.reads++
          status = res.status
        }
      } catch {
        stats.failed++
        continue
      }
      stats.lat.push(performance.now() - t0)
      if (status >= 500) stats.s5xx++
      else if (status !== 200) stats.other++
    }
  }
  await Promise.all(Array.from({ length: connections }, worker))
  const memory = rss.stop()
  writeFileSync(acksFile, JSON.stringify(acks))
  const lat = stats.lat.sort((a, b) => a - b)
  const pct = (p: number) => Math.round(lat[Math.min(lat.length - 1, Math.floor((lat.length * p) / 100))] ?? 0)
  console.log(
    JSON.stringify({
      seconds,
      connections,
      requests: lat.length,
      rps: Math.round(lat.length / seconds),
      reads: stats.reads,
      writes: stats.writes,
      acknowledged: stats.acked,
      status5xx: stats.s5xx,
      otherStatus: stats.other,
      networkFailures: stats.failed,
      p50: pct(50),
      p95: pct(95),
      p99: pct(99),
      // Each server process's resident memory at the end of the run and its peak during it.
      rssMb: memory.last.map((p) => ({ pid: p.pid, role: p.role, end: p.rssMb, peak: memory.peak.find((q) => q.pid === p.pid)?.rssMb })),
    }),
  )
  if (process.env.DATABASE_URL) {
    const missing = await verify(acksFile)
    process.exit(missing || stats.s5xx || stats.failed ? 1 : 0)
  }
  console.log(`PGlite: stop the server, then run: npm run load-run -- --verify ${acksFile} (with the same PGLITE_DIR)`)
  process.exit(stats.s5xx || stats.failed ? 1 : 0)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
