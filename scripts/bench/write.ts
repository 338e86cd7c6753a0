// The write path of the benchmark: fellows saving their progress update for the open period,
// posted the way the server-rendered form posts without JavaScript. Each concurrent writer is
// a different fellow (two tabs of one fellow would rightly be refused as stale), and each
// save carries the version the previous save returned. Every acknowledged save must be in
// the database afterwards: the version of each writer's update is checked at the end.
//
// autocannon is not used here: its per-connection context is reset after every request, so it
// cannot carry the version from one response to the next request.
import pg from 'pg'
import { hashPassword } from '../../lib/auth/password'
import { LARGE_EMAIL_DOMAIN } from '../large/catalogue'
import { percentile, type PageResult } from './run'
import { discoverForm, multipart, signIn, type FoundForm } from './session'

export interface Writer {
  email: string
  cookie: string
  form: FoundForm
  fellowshipId: string
  periodIndex: number
  /** The update's version as last acknowledged; undefined before it exists. */
  version: number | undefined
  startVersion: number | undefined
  acknowledged: number
}

async function pickFellows(url: string, n: number, password: string) {
  const c = new pg.Client({ connectionString: url })
  await c.connect()
  try {
    const r = await c.query<{ id: string; email: string }>(
      `SELECT u.id, u.email FROM "Fellowship" f JOIN "User" u ON u.id = f."userId" JOIN "Cycle" cy ON cy.id = f."cycleId"
        WHERE f.status = 'ACTIVE' AND cy.status = 'ACTIVE' AND cy."startDate" < now() AND cy."endDate" > now() AND u.email LIKE $1
        ORDER BY u.email LIMIT $2`,
      [`%@${LARGE_EMAIL_DOMAIN}`, n],
    )
    // Only ever in the benchmark's database: generated accounts have no password otherwise.
    const hash = await hashPassword(password)
    await c.query(`UPDATE "User" SET "passwordHash" = $1 WHERE id = ANY($2)`, [hash, r.rows.map((x) => x.id)])
    return r.rows
  } finally {
    await c.end()
  }
}

const hiddenValue = (form: FoundForm, name: string) => form.hidden.find(([k]) => k === name)?.[1]

/** The version in a rendered update form, if the update exists. */
export function versionIn(html: string): number | undefined {
  const tag = html.match(/<input\b[^>]*\bname="version"[^>]*>/)?.[0]
  const v = tag?.match(/\bvalue="(\d+)"/)?.[1]
  return v === undefined ? undefined : Number(v)
}

export async function prepareWriters(base: string, url: string, n: number, log: (s: string) => void): Promise<Writer[] | string> {
  const password = `bench-writer-${Date.now()}`
  // More candidates than writers: a fellow whose update for the open period is already
  // submitted sees it read-only, with no form to save, and is passed over.
  const fellows = await pickFellows(url, n * 4, password)
  if (fellows.length === 0) return 'no generated fellow in a running cycle to sign in as'
  const writers: Writer[] = []
  let passedOver = 0
  for (const f of fellows) {
    if (writers.length === n) break
    const cookie = await signIn(base, f.email, password)
    const form = await discoverForm(base, cookie, '/fellow', 'accomplishments')
    if (!form) {
      passedOver++
      continue
    }
    if (!form.hidden.some(([k]) => k.startsWith('$ACTION'))) return `the form on ${form.url} has no server-action fields to post`
    const version = hiddenValue(form, 'version')
    writers.push({
      email: f.email,
      cookie,
      form,
      fellowshipId: hiddenValue(form, 'fellowshipId') ?? '',
      periodIndex: Number(hiddenValue(form, 'periodIndex')),
      version: version === undefined ? undefined : Number(version),
      startVersion: version === undefined ? undefined : Number(version),
      acknowledged: 0,
    })
  }
  if (writers.length < n)
    return `only ${writers.length} of ${fellows.length} fellows have a progress-update form (field "accomplishments") under /fellow; ${n} are needed`
  if (passedOver) log(`[bench] passed over ${passedOver} fellow(s) whose open period's update is already submitted`)
  log(`[bench] ${writers.length} fellows write their open period's update, e.g. ${writers[0].form.url}`)
  return writers
}

function bodyFor(w: Writer, n: number) {
  const values: Record<string, string> = {
    accomplishments: `Benchmark save ${n}: met the focal person and finished the data import for two districts.`,
    nextSteps: 'Pilot the form in one more office.',
    blockers: '',
    hours: '36',
    links: '',
  }
  const parts: [string, string][] = w.form.hidden.filter(([k]) => k !== 'version')
  if (w.version !== undefined) parts.push(['version', String(w.version)])
  for (const f of w.form.fields) if (f in values) parts.push([f, values[f]])
  parts.push(['intent', 'draft'])
  return multipart(parts)
}

export async function driveWriters(base: string, writers: Writer[], duration: number): Promise<PageResult> {
  const latencies: number[] = []
  const statuses: Record<string, number> = {}
  let errors = 0
  let n = 0
  /** One save by `w`, carrying its last acknowledged version; returns its time in ms. */
  const save = async (w: Writer) => {
    const { body, contentType } = bodyFor(w, ++n)
    const started = performance.now()
    try {
      const res = await fetch(base + w.form.url, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie: w.cookie, 'content-type': contentType, origin: base, accept: 'text/html' },
        body,
      })
      const html = await res.text()
      const ms = performance.now() - started
      statuses[res.status] = (statuses[res.status] ?? 0) + 1
      const v = versionIn(html)
      // Acknowledged: the page came back with the update at a newer version.
      if (res.status === 200 && v !== undefined && (w.version === undefined || v > w.version)) {
        w.version = v
        w.acknowledged++
      } else errors++
      return ms
    } catch {
      errors++
      return undefined
    }
  }
  // The save's own cost: the first writer saves five times, one at a time (median).
  const aloneTimes: number[] = []
  for (let i = 0; i < 5; i++) {
    const ms = await save(writers[0])
    if (ms !== undefined) aloneTimes.push(ms)
  }
  const deadline = Date.now() + duration * 1000
  await Promise.all(
    writers.map(async (w) => {
      while (Date.now() < deadline) {
        const ms = await save(w)
        if (ms !== undefined) latencies.push(ms)
      }
    }),
  )
  const sorted = latencies.sort((a, b) => a - b)
  const round = (x: number) => Math.round(x * 10) / 10
  return {
    name: 'submit progress update (write)',
    path: writers[0].form.url.replace(/\/[0-9a-f-]{36}\//, '/<fellowship>/'),
    rps: round(sorted.length / duration),
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    errors,
    requests: sorted.length,
    unfinished: 0,
    statuses,
    alone: round(
      percentile(
        aloneTimes.sort((a, b) => a - b),
        50,
      ),
    ),
  }
}

/** Acknowledged saves missing from the database (0 when every one is there). */
export async function lostWrites(url: string, writers: Writer[]): Promise<number> {
  const c = new pg.Client({ connectionString: url })
  await c.connect()
  try {
    let lost = 0
    for (const w of writers) {
      const r = await c.query<{ version: number }>(
        `SELECT version FROM "ProgressUpdate" WHERE "fellowshipId" = $1 AND "periodIndex" = $2`,
        [w.fellowshipId, w.periodIndex],
      )
      const now = r.rows[0]?.version
      // A new update starts at version 0 with its first save.
      const expected = w.startVersion === undefined ? w.acknowledged - 1 : w.startVersion + w.acknowledged
      if (w.acknowledged > 0 && now !== expected) lost += Math.abs((now ?? -1) - expected)
    }
    return lost
  } finally {
    await c.end()
  }
}
