// `npm run load-run -- --scenario rush --url http://localhost:3000 [--applicants 2000]
// [--minutes 10] [--visitors 50] [--think 1000]`: the last minutes before a call closes.
//
// A rehearsal call is opened on its own programme (closing a little after the run ends), with
// one verified applicant account per person. Applicants arrive faster and faster towards the
// deadline (arrival density rising linearly to twice the average at the end), each signing in,
// opening the form and submitting it the way the server-rendered form posts without
// JavaScript; one in twenty double-clicks Submit (two posts at once). Meanwhile `visitors`
// people keep reading the public call page (each waits `think` ms between pages). Afterwards
// the database must hold exactly one submitted application per acknowledged applicant: none
// lost, none twice. The rehearsal programme is archived at the end and its accounts
// deactivated. Needs DATABASE_URL (the server's PostgreSQL database) to prepare and check.
import { connectFromEnv } from '../../lib/server/connect'
import { hashPassword } from '../../lib/auth/password'
import { inputName } from '../../lib/recruitment/answers'
import { signIn, findForm, multipart } from '../bench/session'
import { percentile } from '../bench/run'
import { sampleRss, serverRss, type ProcessRss } from '../lib/process-rss'

export interface RushOptions {
  url: string
  applicants: number
  minutes: number
  visitors: number
  thinkMs: number
}

const FIELDS = [
  { key: 'fullName', type: 'SHORT_TEXT' as const, labelEn: 'Full name', labelUr: 'پورا نام', required: true },
  { key: 'district', type: 'SHORT_TEXT' as const, labelEn: 'Home district', labelUr: 'آبائی ضلع', required: true },
  { key: 'motivation', type: 'LONG_TEXT' as const, labelEn: 'Why this fellowship?', labelUr: 'یہ فیلوشپ کیوں؟', required: true },
]
const DISTRICTS = ['Swat', 'Chitral', 'Kohat', 'Bannu', 'Dir Upper', 'Mardan', 'Peshawar', 'Abbottabad']

/** Arrival second of each applicant: density rising linearly towards the deadline. */
export function arrivals(n: number, seconds: number, random = Math.random): number[] {
  return Array.from({ length: n }, () => seconds * Math.sqrt(random())).sort((a, b) => a - b)
}

async function prepare(o: RushOptions, password: string) {
  const { prisma, close } = await connectFromEnv()
  try {
    const stamp = Date.now().toString(36)
    const now = Date.now()
    const programme = await prisma.programme.create({
      data: {
        slug: `deadline-rush-${stamp}`,
        name: `Deadline rush rehearsal ${stamp}`,
        kind: 'FELLOWSHIP',
        level: 'PROVINCIAL',
        description: 'A rehearsal of the last minutes before a call closes (npm run load-run -- --scenario rush).',
        durationMonths: 12,
      },
    })
    const cycle = await prisma.cycle.create({
      data: {
        programmeId: programme.id,
        number: 1,
        name: `Rush cohort ${stamp}`,
        status: 'RECRUITING',
        targetFellowCount: 20,
        applicationsOpenAt: new Date(now - 86_400_000),
        // Closes two minutes after the last arrival: every applicant arrives before the deadline.
        applicationsCloseAt: new Date(now + (o.minutes * 60 + 120) * 1000),
        callDescription: 'Twenty seats with KP government departments.',
        formFields: { create: FIELDS.map((f, position) => ({ ...f, position })) },
      },
    })
    const passwordHash = await hashPassword(password)
    const emails = Array.from({ length: o.applicants }, (_, i) => `rush-${stamp}-${i}@rush.daftar.test`)
    await prisma.user.createMany({
      data: emails.map((email, i) => ({
        email,
        name: `Rush Applicant ${i}`,
        role: 'APPLICANT' as const,
        passwordHash,
        emailVerifiedAt: new Date(),
      })),
    })
    return { programme, cycle, emails }
  } finally {
    await close()
  }
}

async function finish(programmeId: string, cycleId: string, emails: string[]) {
  const { prisma, close } = await connectFromEnv()
  try {
    const apps = await prisma.application.findMany({
      where: { cycleId },
      select: { id: true, stage: true, applicant: { select: { email: true } } },
    })
    await prisma.programme.update({ where: { id: programmeId }, data: { archivedAt: new Date() } })
    await prisma.user.updateMany({ where: { email: { in: emails } }, data: { active: false } })
    return apps
  } finally {
    await close()
  }
}

interface Tally {
  latency: number[]
  statuses: Record<string, number>
  failures: number
}
const tally = (): Tally => ({ latency: [], statuses: {}, failures: 0 })

async function timed(t: Tally, fn: () => Promise<Response>): Promise<Response | null> {
  const started = performance.now()
  try {
    const res = await fn()
    await res.arrayBuffer().catch(() => undefined)
    t.latency.push(performance.now() - started)
    t.statuses[res.status] = (t.statuses[res.status] ?? 0) + 1
    return res
  } catch {
    t.failures++
    return null
  }
}

const summary = (t: Tally) => {
  const s = [...t.latency].sort((a, b) => a - b)
  return {
    requests: s.length,
    p50: Math.round(percentile(s, 50)),
    p95: Math.round(percentile(s, 95)),
    p99: Math.round(percentile(s, 99)),
    max: Math.round(s.at(-1) ?? 0),
    statuses: t.statuses,
    networkFailures: t.failures,
  }
}
const fivexx = (t: Tally) => Object.entries(t.statuses).reduce((n, [s, c]) => (Number(s) >= 500 ? n + c : n), 0)

export async function rush(o: RushOptions) {
  if (!process.env.DATABASE_URL)
    throw new Error('the rush scenario needs DATABASE_URL: it prepares the call and checks every submission in the database')
  const password = `rush-${Date.now()}`
  const { programme, cycle, emails } = await prepare(o, password)
  const callPath = `/calls/${programme.slug}`
  const formPath = `/apply/cycles/${cycle.id}`
  console.log(`[rush] ${o.applicants} applicants over ${o.minutes} min to ${callPath}; ${o.visitors} visitors read it meanwhile`)

  const port = Number(new URL(o.url).port || 80)
  const rss = sampleRss(port)
  const reads = tally()
  const signIns = tally()
  const forms = tally()
  const submits = tally()
  const acknowledged = new Map<string, string>()
  let formsMissing = 0
  const started = Date.now()
  const seconds = o.minutes * 60
  let arrivalsDone = false
  let steady: ProcessRss[] = []

  const visitor = async () => {
    while (!arrivalsDone) {
      await timed(reads, () => fetch(o.url + callPath, { headers: { accept: 'text/html' } }))
      await new Promise((r) => setTimeout(r, o.thinkMs * (0.5 + Math.random())))
    }
  }

  const applicant = async (email: string, at: number, doubleClick: boolean) => {
    await new Promise((r) => setTimeout(r, Math.max(0, started + at * 1000 - Date.now())))
    const t0 = performance.now()
    let cookie: string
    try {
      cookie = await signIn(o.url, email, password)
      signIns.latency.push(performance.now() - t0)
      signIns.statuses['200'] = (signIns.statuses['200'] ?? 0) + 1
    } catch {
      signIns.failures++
      return
    }
    const page = await (async () => {
      const f0 = performance.now()
      try {
        const res = await fetch(o.url + formPath, { headers: { cookie, accept: 'text/html' } })
        const html = await res.text()
        forms.latency.push(performance.now() - f0)
        forms.statuses[res.status] = (forms.statuses[res.status] ?? 0) + 1
        return html
      } catch {
        forms.failures++
        return null
      }
    })()
    const form = page ? findForm(page, formPath, inputName('motivation')) : null
    if (!form) {
      formsMissing++
      return
    }
    const n = Number(email.match(/-(\d+)@/)?.[1] ?? 0)
    const { body, contentType } = multipart([
      ...form.hidden,
      [inputName('fullName'), `Rush Applicant ${n}`],
      [inputName('district'), DISTRICTS[n % DISTRICTS.length]],
      [inputName('motivation'), 'I want to help a district office serve people faster, and I have built two small web tools.'],
      ['intent', 'submit'],
    ])
    const post = () =>
      timed(submits, () =>
        fetch(o.url + formPath, {
          method: 'POST',
          redirect: 'manual',
          headers: { cookie, 'content-type': contentType, origin: o.url, accept: 'text/html' },
          body,
        }),
      )
    const results = await Promise.all(doubleClick ? [post(), post()] : [post()])
    // Acknowledged: the server sent the applicant on to their submitted application.
    for (const res of results) {
      const id = res?.status === 303 ? res.headers.get('location')?.match(/\/apply\/applications\/([0-9a-f-]{36})/)?.[1] : undefined
      if (id) acknowledged.set(email, id)
    }
  }

  const at = arrivals(o.applicants, seconds)
  const visitors = Array.from({ length: o.visitors }, visitor)
  // Memory at steady state: read two thirds of the way through.
  const steadyTimer = setTimeout(() => (steady = serverRss(port)), (seconds * 2000) / 3)
  await Promise.all(emails.map((e, i) => applicant(e, at[i], i % 20 === 7)))
  arrivalsDone = true
  clearTimeout(steadyTimer)
  await Promise.all(visitors)
  const memory = rss.stop()
  const elapsed = (Date.now() - started) / 1000

  const apps = await finish(programme.id, cycle.id, emails)
  const submitted = apps.filter((a) => a.stage === 'SUBMITTED')
  const perApplicant = new Map<string, number>()
  for (const a of apps) perApplicant.set(a.applicant.email, (perApplicant.get(a.applicant.email) ?? 0) + 1)
  const storedIds = new Set(submitted.map((a) => a.id))
  const lost = [...acknowledged.values()].filter((id) => !storedIds.has(id)).length
  const duplicated = [...perApplicant.values()].reduce((n, c) => n + Math.max(0, c - 1), 0)
  const s5xx = fivexx(reads) + fivexx(forms) + fivexx(submits)
  const submit = summary(submits)
  const report = {
    scenario: 'rush',
    applicants: o.applicants,
    minutes: o.minutes,
    visitors: o.visitors,
    thinkMs: o.thinkMs,
    elapsedSeconds: Math.round(elapsed),
    acknowledged: acknowledged.size,
    storedSubmitted: submitted.length,
    lost,
    duplicated,
    formsMissing,
    status5xx: s5xx,
    signIn: summary(signIns),
    form: summary(forms),
    submit,
    callPage: { ...summary(reads), rps: Math.round((reads.latency.length / elapsed) * 10) / 10 },
    rssMb: {
      steady: (steady.length ? steady : memory.last).map((p) => ({ pid: p.pid, role: p.role, rssMb: p.rssMb })),
      peak: memory.peak.map((p) => ({ pid: p.pid, role: p.role, rssMb: p.rssMb })),
    },
  }
  console.log(JSON.stringify(report, null, 2))
  const ok =
    lost === 0 &&
    duplicated === 0 &&
    s5xx === 0 &&
    acknowledged.size === o.applicants &&
    submitted.length === o.applicants &&
    submit.p95 < 1000 &&
    signIns.failures + forms.failures + submits.failures + reads.failures === 0
  console.log(
    ok
      ? `[rush] ok: ${o.applicants} submitted, none lost or twice, no 5xx, submit p95 ${submit.p95} ms`
      : `[rush] FAILED: ${acknowledged.size}/${o.applicants} acknowledged, ${submitted.length} stored, ${lost} lost, ${duplicated} twice, ${s5xx} 5xx, submit p95 ${submit.p95} ms`,
  )
  return ok
}
