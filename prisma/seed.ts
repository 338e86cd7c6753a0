// Fills the database with realistic, deterministic demo data (three programmes, their cycles,
// departments, fellows, projects, updates, deliverables, impact and a recruiting cycle).
//
// Idempotent: rows get ids derived from a stable key (sid()), are written with
// createMany({ skipDuplicates }) and are then looked up again by their natural key, so a
// second run inserts nothing and never overwrites what people changed in the demo. Only the
// six demo accounts are corrected (name, role, active, verified, password) so that the
// sign-in page's demo buttons always work.
//
// Run directly: `tsx prisma/seed.ts` (uses DATABASE_URL or PGLITE_DIR).
import { createHash } from 'node:crypto'
import { pathToFileURL } from 'node:url'
import type { Gender, Prisma, PrismaClient, Role } from '@prisma/client'
import { hashPassword, verifyPassword } from '../lib/auth/password'
import { DEMO_PASSWORD, demoAccounts } from '../lib/demo'
import type { RoleName } from '../lib/auth/roles'
import { mailTemplates } from '../lib/notifications/templates'
import * as D from './seed-data'

export interface SeedOptions {
  log?: (s: string) => void
}

// ---------------------------------------------------------------- deterministic helpers

/** A UUID derived from a key: the same key gives the same id on every run and machine. */
export function sid(...parts: (string | number)[]): string {
  const h = createHash('sha256').update(`daftar-seed:${parts.join(':')}`).digest('hex')
  const variant = ((parseInt(h[16], 16) & 3) | 8).toString(16)
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`
}

type Rng = () => number

function mulberry32(seed: number): Rng {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const rngFor = (label: string) => mulberry32(parseInt(createHash('sha256').update(label).digest('hex').slice(0, 8), 16))
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]
const between = (r: Rng, min: number, max: number) => min + Math.floor(r() * (max - min + 1))
const digits = (r: Rng, n: number) => Array.from({ length: n }, () => between(r, 0, 9)).join('')
function shuffled<T>(r: Rng, xs: readonly T[]): T[] {
  const a = [...xs]
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1))
    ;[a[i], a[j]] = [a[j], a[i]]
  }
  return a
}

const DAY = 86_400_000
/** Date-only values are stored at 00:00 UTC, which is the same calendar day in Pakistan. */
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`)
const at = (iso: string) => new Date(iso)
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * DAY)
const addHours = (d: Date, n: number) => new Date(d.getTime() + n * 3_600_000)
const slugify = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')
const notNull = <T>(x: T | null | undefined): x is T => x !== null && x !== undefined

async function insertMany<T>(rows: T[], write: (data: T[]) => Promise<{ count: number }>): Promise<number> {
  let n = 0
  for (let i = 0; i < rows.length; i += 500) n += (await write(rows.slice(i, i + 500))).count
  return n
}

// ---------------------------------------------------------------- people

interface Person {
  email: string
  name: string
  gender: Gender
  district: string
  phone: string
  cnic: string
}

const DEMO_PROFILE: Record<RoleName, { gender: Gender; district: string }> = {
  ADMIN: { gender: 'FEMALE', district: 'Islamabad' },
  STAFF: { gender: 'FEMALE', district: 'Karak' },
  REVIEWER: { gender: 'MALE', district: 'Khyber' },
  FELLOW: { gender: 'FEMALE', district: 'Swat' },
  PARTNER: { gender: 'MALE', district: 'Peshawar' },
  APPLICANT: { gender: 'FEMALE', district: 'Shangla' },
}

const demo = (role: RoleName) => demoAccounts.find((a) => a.role === role)!

function peopleMaker() {
  const usedNames = new Set<string>([
    ...demoAccounts.map((a) => a.name),
    ...D.STAFF_USERS.map((s) => s.name),
    ...D.DEPARTMENTS.map((d) => d.partner.name),
  ])
  const usedEmails = new Set<string>()
  return (r: Rng, sex: D.Sex, district: string, remote = false): Person => {
    for (;;) {
      const first = pick(r, sex === 'FEMALE' ? D.FEMALE_FIRST : D.MALE_FIRST)
      const last = pick(r, sex === 'FEMALE' && remote && r() < 0.6 ? D.FEMALE_SECOND : D.SURNAMES)
      const name = `${first} ${last}`
      if (usedNames.has(name)) continue
      usedNames.add(name)
      const base = `${first.toLowerCase().replace(/[^a-z]/g, '')}.${last.toLowerCase().replace(/[^a-z]/g, '')}`
      let email = `${base}@mail.example`
      for (let n = 2; usedEmails.has(email); n++) email = `${base}${n}@mail.example`
      usedEmails.add(email)
      const phone = `03${pick(r, ['00', '01', '05', '11', '13', '15', '21', '33', '34', '45', '47'])}-${digits(r, 7)}`
      // The last CNIC digit is odd for men and even for women.
      const last1 = sex === 'FEMALE' ? pick(r, [0, 2, 4, 6, 8]) : pick(r, [1, 3, 5, 7, 9])
      const cnic = `1${between(r, 1101, 7399)}-${digits(r, 7)}-${last1}`
      return { email, name, gender: sex, district, phone, cnic }
    }
  }
}

// ---------------------------------------------------------------- the plan (no database access)

interface CycleSpec {
  key: string
  slug: string
  data: Omit<Prisma.CycleCreateManyInput, 'programmeId' | 'id'>
}

interface Member {
  email: string
  name: string
  project: D.ProjectSeed
  /** Position among the fellows on the same project. */
  seatIndex: number
  rank: number
}

interface Cohort {
  cycleKey: string
  status: 'ACTIVE' | 'COMPLETED'
  start: Date
  end: Date
  publishedAt: Date
  members: Member[]
}

const pKey = (cycleKey: string, title: string) => `${cycleKey}|${title}`
const fKey = (email: string, cycleKey: string) => `${email}|${cycleKey}`

const KP_RULES = [
  { kind: 'age', min: 21, max: 30 },
  { kind: 'degree', anyOf: D.ACCEPTED_DEGREES },
]

function buildCycles(): CycleSpec[] {
  const cycles: CycleSpec[] = D.PAST_KP_CYCLES.map((c) => ({
    key: `kp-${c.number}`,
    slug: D.SLUG_KP,
    data: {
      number: c.number,
      name: `Cycle ${c.number} (${c.year}–${String(c.year + 1).slice(2)})`,
      nameUr: `سائیکل ${c.number} (${c.year}–${String(c.year + 1).slice(2)})`,
      status: 'COMPLETED',
      applicationsOpenAt: day(`${c.year}-06-01`),
      applicationsCloseAt: at(`${c.year}-07-15T18:59:00Z`),
      reviewRoundClosedAt: day(`${c.year}-08-10`),
      preferenceOpensAt: day(`${c.year}-09-10`),
      preferenceClosesAt: at(`${c.year}-09-20T18:59:00Z`),
      placementsPublishedAt: at(`${c.year}-09-25T07:00:00Z`),
      startDate: day(`${c.year}-10-01`),
      endDate: day(`${c.year + 1}-09-30`),
      targetFellowCount: c.projects.reduce((n, p) => n + p.seats, 0),
      reportingCadence: 'FORTNIGHTLY',
    },
  }))
  cycles.push(
    {
      key: 'kp-7',
      slug: D.SLUG_KP,
      data: {
        number: 7,
        name: 'Cycle 7 (2021–22)',
        nameUr: 'سائیکل 7 (2021–22)',
        status: 'ACTIVE',
        applicationsOpenAt: day('2021-06-14'),
        applicationsCloseAt: at('2021-07-31T18:59:00Z'),
        reviewRoundClosedAt: day('2021-08-20'),
        preferenceOpensAt: day('2021-09-13'),
        preferenceClosesAt: at('2021-09-24T18:59:00Z'),
        placementsPublishedAt: at('2021-09-30T07:00:00Z'),
        startDate: day('2021-10-04'),
        endDate: day('2022-09-30'),
        targetFellowCount: 20,
        reportingCadence: 'FORTNIGHTLY',
        eligibilityRules: KP_RULES,
      },
    },
    {
      key: 'kp-8',
      slug: D.SLUG_KP,
      data: {
        number: 8,
        name: 'Cycle 8 (2027)',
        nameUr: 'سائیکل 8 (2027)',
        status: 'RECRUITING',
        // 00:00 and 23:59 Pakistan time (UTC+5).
        applicationsOpenAt: at('2026-10-31T19:00:00Z'),
        applicationsCloseAt: at('2026-12-31T18:59:00Z'),
        startDate: day('2027-02-01'),
        endDate: day('2028-01-31'),
        targetFellowCount: 20,
        reportingCadence: 'FORTNIGHTLY',
        blindReview: true,
        reviewsPerApplication: 2,
        eligibilityRules: KP_RULES,
        callDescription:
          'Twenty fellows will spend twelve months inside seven Khyber Pakhtunkhwa government departments building digital services with the people who run them. We are looking for developers, designers and data analysts aged 21 to 30 with a four-year degree. Women and applicants from every district of KP are strongly encouraged to apply.',
        callDescriptionUr:
          'بیس فیلوز بارہ ماہ تک خیبر پختونخوا کے سات سرکاری محکموں میں ان کے عملے کے ساتھ مل کر ڈیجیٹل خدمات بنائیں گے۔ ہمیں 21 سے 30 سال کے ڈویلپرز، ڈیزائنرز اور ڈیٹا تجزیہ کاروں کی تلاش ہے جن کے پاس چار سالہ ڈگری ہو۔ خواتین اور کے پی کے ہر ضلع سے درخواست گزاروں کی بھرپور حوصلہ افزائی کی جاتی ہے۔',
      },
    },
    {
      key: 'nih-1',
      slug: D.SLUG_NIH,
      data: {
        number: 1,
        name: 'Cycle 1 (2021)',
        nameUr: 'سائیکل 1 (2021)',
        status: 'COMPLETED',
        applicationsOpenAt: day('2020-11-02'),
        applicationsCloseAt: at('2020-12-15T18:59:00Z'),
        placementsPublishedAt: at('2021-01-22T07:00:00Z'),
        startDate: day('2021-02-01'),
        endDate: day('2021-11-30'),
        targetFellowCount: 6,
        reportingCadence: 'FORTNIGHTLY',
      },
    },
    {
      key: 'women-1',
      slug: D.SLUG_WOMEN,
      data: {
        number: 1,
        name: 'Cohort 1 (2021–22)',
        nameUr: 'بیچ 1 (2021–22)',
        status: 'ACTIVE',
        applicationsOpenAt: day('2021-09-01'),
        applicationsCloseAt: at('2021-10-15T18:59:00Z'),
        placementsPublishedAt: at('2021-11-26T07:00:00Z'),
        startDate: day('2021-12-06'),
        endDate: day('2022-06-03'),
        targetFellowCount: 10,
        reportingCadence: 'WEEKLY',
        eligibilityRules: [
          { kind: 'gender', anyOf: ['FEMALE'] },
          { kind: 'district', anyOf: D.REMOTE_DISTRICTS },
        ],
      },
    },
  )
  return cycles
}

interface ProjectSpec {
  key: string
  cycleKey: string
  seed: D.ProjectSeed
  status: 'DRAFT' | 'PROPOSED' | 'RETURNED' | 'APPROVED' | 'COMPLETED'
  reviewNote?: string
  createdAt: Date
}

function buildProjects(): ProjectSpec[] {
  const out: ProjectSpec[] = []
  const add = (cycleKey: string, seeds: D.ProjectSeed[], status: ProjectSpec['status'], createdAt: Date) =>
    seeds.forEach((seed) => out.push({ key: pKey(cycleKey, seed.title), cycleKey, seed, status, createdAt }))
  for (const c of D.PAST_KP_CYCLES) add(`kp-${c.number}`, c.projects, 'COMPLETED', day(`${c.year}-08-01`))
  add('kp-7', D.CYCLE7_PROJECTS, 'APPROVED', day('2021-08-16'))
  add('nih-1', D.NIH_PROJECTS, 'COMPLETED', day('2021-01-05'))
  add('women-1', D.INTERNSHIP_PROJECTS, 'APPROVED', day('2021-11-01'))
  for (const p of D.CYCLE8_PROJECTS)
    out.push({ key: pKey('kp-8', p.title), cycleKey: 'kp-8', seed: p, status: p.status, reviewNote: p.reviewNote, createdAt: day('2026-10-20') })
  return out
}

/** Fills each project's seats in order with the given people. */
function assign(r: Rng, people: { email: string; name: string }[], projects: D.ProjectSeed[], ranks = false): Member[] {
  const members: Member[] = []
  let i = 0
  for (const project of projects)
    for (let s = 0; s < project.seats; s++) {
      const p = people[i++]
      const roll = r()
      const rank = !ranks || i === 1 ? 1 : roll < 0.7 ? 1 : roll < 0.9 ? 2 : 3
      members.push({ email: p.email, name: p.name, project, seatIndex: s, rank })
    }
  if (i !== people.length) throw new Error(`seed: ${people.length} people for ${i} seats`)
  return members
}

interface AppSpec {
  person: Person
  stage: 'DRAFT' | 'SUBMITTED' | 'SCREENING' | 'REVIEW' | 'REJECTED' | 'WITHDRAWN'
  answers: Record<string, string>
  eligibility: 'UNCHECKED' | 'ELIGIBLE' | 'FLAGGED'
  notes: string[]
  submittedAt: Date | null
  decidedAt: Date | null
  createdAt: Date
}

interface ReviewSpec {
  appEmail: string
  reviewerEmail: string
  status: 'ASSIGNED' | 'DRAFT' | 'SUBMITTED' | 'RECUSED'
  scores: number[]
  weighted: number | null
  comment: string | null
  conflictReason: string | null
  submittedAt: Date | null
}

function weighted(scores: number[]): number {
  const w = D.RUBRIC.map((c) => c.weight)
  const total = scores.reduce((n, s, i) => n + s * w[i], 0)
  return Math.round((total / w.reduce((a, b) => a + b, 0)) * 100) / 100
}

function buildApplications(people: Person[]): { apps: AppSpec[]; reviews: ReviewSpec[] } {
  const r = rngFor('applications-c8')
  const stages: AppSpec['stage'][] = [
    'SUBMITTED',
    ...Array<AppSpec['stage']>(12).fill('REVIEW'),
    ...Array<AppSpec['stage']>(8).fill('SCREENING'),
    ...Array<AppSpec['stage']>(14).fill('SUBMITTED'),
    'REJECTED',
    'REJECTED',
    'WITHDRAWN',
    'WITHDRAWN',
    'DRAFT',
  ]
  const windows: Record<AppSpec['stage'], [number, number]> = {
    REVIEW: [2, 9],
    SCREENING: [8, 15],
    SUBMITTED: [14, 25],
    REJECTED: [3, 8],
    WITHDRAWN: [5, 12],
    DRAFT: [24, 25],
  }
  // Index -> why the application is flagged: [kind, age or degree].
  const flagged: Record<number, ['age', number] | ['degree', string]> = {
    35: ['age', 33],
    36: ['degree', 'BA'],
    15: ['age', 31],
    26: ['degree', 'OTHER'],
  }
  const apps = people.map((person, i): AppSpec => {
    const stage = stages[i]
    const flag = flagged[i]
    const age = flag?.[0] === 'age' ? flag[1] : between(r, 22, 29)
    const degree = flag?.[0] === 'degree' ? flag[1] : pick(r, ['BS', 'BS', 'BS', 'BE', 'BE', 'MS', 'MBA', 'MPhil'])
    const dob = `${2026 - age}-${String(between(r, 1, 12)).padStart(2, '0')}-${String(between(r, 1, 28)).padStart(2, '0')}`
    const motivation = pick(r, D.MOTIVATIONS).replace('{district}', person.district)
    const answers: Record<string, string> = {
      fullName: person.name,
      phone: person.phone,
      cnic: person.cnic,
      gender: person.gender,
      district: person.district,
      degree,
      dateOfBirth: dob,
      motivation,
    }
    if (r() < 0.4) answers.portfolio = `https://github.example/${person.email.split('@')[0].replace('.', '-')}`
    const [from, to] = windows[stage]
    let submittedAt: Date | null = addHours(day(`2026-11-${String(between(r, from, to)).padStart(2, '0')}`), between(r, 4, 17))
    if (i === 0) submittedAt = at('2026-11-20T09:15:00Z')
    const createdAt = addDays(submittedAt, -between(r, 1, 5))
    if (stage === 'DRAFT') {
      delete answers.motivation
      delete answers.degree
      submittedAt = null
    }
    const notes =
      flag?.[0] === 'age'
        ? [`Age ${flag[1]} on 31 Dec 2026 is above the maximum of 30.`]
        : flag?.[0] === 'degree'
          ? [`Highest degree "${flag[1]}" is not one of ${D.ACCEPTED_DEGREES.join(', ')}.`]
          : []
    const decidedAt = stage === 'REJECTED' || stage === 'WITHDRAWN' ? addDays(submittedAt!, between(r, 2, 6)) : null
    return {
      person,
      stage,
      answers,
      eligibility: stage === 'DRAFT' ? 'UNCHECKED' : flag ? 'FLAGGED' : 'ELIGIBLE',
      notes,
      submittedAt,
      decidedAt,
      createdAt,
    }
  })

  const reviewer = demo('REVIEWER').email
  const shahzeb = 'shahzeb@daftar.pk'
  const bushra = 'bushra@daftar.pk'
  const inReview = apps.filter((a) => a.stage === 'REVIEW')
  const reviews: ReviewSpec[] = []
  const rr = rngFor('reviews-c8')
  const scoresFor = (quality: number) => D.RUBRIC.map(() => Math.max(1, Math.min(5, Math.round(quality + (rr() - 0.5) * 2))))
  const review = (app: AppSpec, who: string, status: ReviewSpec['status'], quality: number, extra: Partial<ReviewSpec> = {}) => {
    const scores = status === 'SUBMITTED' ? scoresFor(quality) : status === 'DRAFT' ? scoresFor(quality).slice(0, 2) : []
    reviews.push({
      appEmail: app.person.email,
      reviewerEmail: who,
      status,
      scores,
      weighted: status === 'SUBMITTED' ? weighted(scores) : null,
      comment: status === 'SUBMITTED' ? pick(rr, D.REVIEW_COMMENTS) : null,
      conflictReason: null,
      submittedAt: status === 'SUBMITTED' ? addHours(day(`2026-11-${between(rr, 19, 25)}`), between(rr, 4, 15)) : null,
      ...extra,
    })
  }
  inReview.forEach((app, i) => {
    const quality = 2 + rr() * 3
    if (i < 5) {
      review(app, reviewer, 'ASSIGNED', quality)
      review(app, shahzeb, 'SUBMITTED', quality)
    } else if (i < 9) {
      review(app, shahzeb, 'SUBMITTED', quality)
      review(app, bushra, 'SUBMITTED', quality)
    } else if (i < 11) {
      review(app, shahzeb, 'ASSIGNED', quality)
      review(app, bushra, 'DRAFT', quality)
    } else {
      review(app, reviewer, 'ASSIGNED', quality)
      review(app, shahzeb, 'ASSIGNED', quality)
      review(app, bushra, 'RECUSED', quality, { conflictReason: 'The applicant was my student at university last year.' })
    }
  })
  return { apps, reviews }
}

// ---------------------------------------------------------------- progress-update text

const PHASES: ((v: D.ProjectVoice) => string)[] = [
  (v) => `Started at ${v.office}. Met ${v.stakeholders}; agreed working hours, reporting lines and a fortnightly demo.`,
  (v) => `Shadowed ${v.users} for three days and mapped how ${v.process} are handled today, from first request to final record. Listed the delays and duplicate entries we saw.`,
  (v) => `Wrote the requirements and process map for ${v.system} and reviewed it with the focal person; agreed the data fields and approval steps.`,
  (v) => `Built a clickable prototype of ${v.system} and walked five ${v.users} through it. Most questions were about who approves what.`,
  (v) => `Set up the database and the first working screens of ${v.system}; loaded ${v.dataset} as test data.`,
  (v) => `Ran a usability session with ${v.users}; fixed the Urdu labels, date formats and the search they asked for.`,
  (v) => `Prepared the pilot at ${v.pilotSite}: user accounts, a one-page guide in Urdu and a WhatsApp support group.`,
  (v) => `Pilot started at ${v.pilotSite}. Collected feedback from the first week of use and fixed three bugs reported by ${v.users}.`,
]

const NEXT: ((v: D.ProjectVoice) => string)[] = [
  (v) => `Shadow ${v.users} and map the current process.`,
  (v) => `Write the requirements for ${v.system}.`,
  () => 'Submit the requirements deliverable; start a clickable prototype.',
  (v) => `Start building ${v.system}; get test data from the department.`,
  (v) => `Usability testing with ${v.users}.`,
  (v) => `Prepare the pilot at ${v.pilotSite}.`,
  () => 'Start the pilot and collect feedback.',
  () => 'Fix the pilot feedback and prepare the pilot release deliverable.',
]

const INTERN_WEEKS: ((p: string, d: string) => string)[] = [
  (p, d) => `Orientation week: met my mentor and the "${p}" team online; set up the laptop and internet device at home in ${d}.`,
  () => 'Completed the digital-skills training: spreadsheets, online forms and keeping personal data safe.',
  (p, d) => `Visited two government offices in ${d} to explain the "${p}" project and agree visiting times.`,
  (p, d) => `Collected the first 15 records for "${p}" in ${d} and shared them with my mentor for checking.`,
  () => 'Corrected the errors my mentor found and collected 20 more records.',
  () => 'Presented my progress in the weekly cohort call and helped another intern use the form offline.',
]

// Deliverable steps per cycle-7 project: CR = changes requested, OK = approved, WAIT = awaiting review.
type Step = 'CR' | 'OK' | 'WAIT'
const DELIVERABLE_PLAN: Record<string, [Step[], Step[]]> = {
  [D.PHARMACY_TITLE]: [['CR', 'OK'], ['CR']],
  'Health facility medicine stock-out alerts': [['WAIT'], []],
  'School enrolment and attendance dashboard': [['CR', 'OK'], ['WAIT']],
  'College admissions merit-list publisher': [['WAIT'], []],
  'Local council grievance tracker': [['CR', 'OK'], []],
  'Birth and death registration digitisation': [[], []],
  'Motor-vehicle token tax e-payment': [['OK'], ['WAIT']],
  'Crop advisory SMS service': [['OK'], ['OK']],
  'Livestock vaccination campaign tracker': [['CR'], []],
  'Citizen digital-services prototype (single platform)': [['CR', 'OK'], ['WAIT']],
}

const CR_NOTES: Record<string, string[]> = {
  [D.PHARMACY_TITLE]: [
    'Please add the renewal and transfer flows; the inspector role needs its own steps.',
    'Printed licences show the English name only. Please add the Urdu name and a QR code before the district roll-out.',
  ],
}
const GENERIC_CR = 'Please add the approval steps for the district offices and the data fields the section officer asked for, then resubmit.'
const GENERIC_OK = 'Approved. Thank you: this matches what we agreed with the section.'

// ---------------------------------------------------------------- seed

export async function seed(prisma: PrismaClient, opts: SeedOptions = {}): Promise<void> {
  const log = opts.log ?? (() => {})
  const started = Date.now()
  const added: Record<string, number> = {}
  const count = (model: string, n: number) => (added[model] = (added[model] ?? 0) + n)

  let hash: string | undefined
  const demoHash = async () => (hash ??= await hashPassword(DEMO_PASSWORD))

  // ------------------------------------------------ plan people and memberships
  const person = peopleMaker()
  const r7 = rngFor('people-c7')
  const c7People = [
    { email: demo('FELLOW').email, name: demo('FELLOW').name },
    ...Array.from({ length: 19 }, () => person(r7, r7() < 0.4 ? 'FEMALE' : 'MALE', pick(r7, D.KP_APPLICANT_DISTRICTS))),
  ]
  const rw = rngFor('people-women')
  const womenDistricts = shuffled(rw, D.REMOTE_DISTRICTS)
  const women = Array.from({ length: 10 }, (_, i) => person(rw, 'FEMALE', womenDistricts[i], true))
  const rn = rngFor('people-nih')
  const nih = Array.from({ length: 6 }, () => person(rn, rn() < 0.5 ? 'FEMALE' : 'MALE', pick(rn, D.FEDERAL_DISTRICTS)))
  const past = D.PAST_KP_CYCLES.map((c) => {
    const rp = rngFor(`people-kp-${c.number}`)
    const n = c.projects.reduce((s, p) => s + p.seats, 0)
    return Array.from({ length: n }, () => person(rp, rp() < 0.3 ? 'FEMALE' : 'MALE', pick(rp, D.KP_APPLICANT_DISTRICTS)))
  })
  const ra = rngFor('people-applicants')
  const hira = demo('APPLICANT')
  const applicants: Person[] = [
    { email: hira.email, name: hira.name, gender: 'FEMALE', district: 'Shangla', phone: '0345-7719204', cnic: '15301-4471902-8' },
    ...Array.from({ length: 39 }, (_, i) => {
      const p = person(ra, ra() < 0.45 ? 'FEMALE' : 'MALE', pick(ra, D.KP_APPLICANT_DISTRICTS))
      return i === 17 ? { ...p, gender: 'UNDISCLOSED' as const } : p
    }),
  ]

  const cohorts: Cohort[] = [
    ...D.PAST_KP_CYCLES.map((c, i) => ({
      cycleKey: `kp-${c.number}`,
      status: 'COMPLETED' as const,
      start: day(`${c.year}-10-01`),
      end: day(`${c.year + 1}-09-30`),
      publishedAt: at(`${c.year}-09-25T07:00:00Z`),
      members: assign(rngFor(`ranks-kp-${c.number}`), past[i], c.projects, true),
    })),
    {
      cycleKey: 'kp-7',
      status: 'ACTIVE',
      start: day('2021-10-04'),
      end: day('2022-09-30'),
      publishedAt: at('2021-09-30T07:00:00Z'),
      members: assign(rngFor('ranks-kp-7'), c7People, D.CYCLE7_PROJECTS, true),
    },
    {
      cycleKey: 'nih-1',
      status: 'COMPLETED',
      start: day('2021-02-01'),
      end: day('2021-11-30'),
      publishedAt: at('2021-01-22T07:00:00Z'),
      members: assign(rngFor('ranks-nih-1'), nih, D.NIH_PROJECTS),
    },
    {
      cycleKey: 'women-1',
      status: 'ACTIVE',
      start: day('2021-12-06'),
      end: day('2022-06-03'),
      publishedAt: at('2021-11-26T07:00:00Z'),
      members: assign(rngFor('ranks-women-1'), women, D.INTERNSHIP_PROJECTS),
    },
  ]
  const c7 = cohorts.find((c) => c.cycleKey === 'kp-7')!
  const womenCohort = cohorts.find((c) => c.cycleKey === 'women-1')!

  // ------------------------------------------------ departments
  await insertMany(
    D.DEPARTMENTS.map(
      (d): Prisma.DepartmentCreateManyInput => ({
        id: sid('department', d.key),
        name: d.name,
        nameUr: d.nameUr,
        shortName: d.shortName,
        level: d.level,
        province: d.province,
        website: d.website ?? null,
      }),
    ),
    (data) => prisma.department.createMany({ data, skipDuplicates: true }),
  ).then((n) => count('Department', n))
  const deptRows = await prisma.department.findMany({
    where: { OR: [{ name: { in: D.DEPARTMENTS.map((d) => d.name) } }, { id: { in: D.DEPARTMENTS.map((d) => sid('department', d.key)) } }] },
    select: { id: true, name: true },
  })
  const deptIds = new Map<D.DeptKey, string>()
  for (const d of D.DEPARTMENTS) {
    const row = deptRows.find((x) => x.name === d.name) ?? deptRows.find((x) => x.id === sid('department', d.key))
    if (row) deptIds.set(d.key, row.id)
  }
  const deptOf = (k: D.DeptKey) => deptIds.get(k)
  const deptSeed = (k: D.DeptKey) => D.DEPARTMENTS.find((d) => d.key === k)!

  // ------------------------------------------------ users
  await ensureDemoAccounts(prisma, deptOf('health'), demoHash, count, log)

  const userRows: Prisma.UserCreateManyInput[] = []
  const addUser = (u: Omit<Prisma.UserCreateManyInput, 'id' | 'passwordHash'>) => userRows.push({ ...u, id: sid('user', u.email) })
  const staffSince = at('2020-01-15T05:00:00Z')
  for (const s of D.STAFF_USERS)
    addUser({ email: s.email, name: s.name, role: s.role, gender: s.gender, district: s.district, emailVerifiedAt: staffSince, createdAt: staffSince })
  for (const d of D.DEPARTMENTS) {
    if (d.partner.email === demo('PARTNER').email) continue
    const since = d.key === 'nih' ? at('2020-12-01T05:00:00Z') : at('2021-07-01T05:00:00Z')
    addUser({ email: d.partner.email, name: d.partner.name, role: 'PARTNER', gender: d.partner.gender, departmentId: deptOf(d.key), district: d.key === 'nih' ? 'Islamabad' : 'Peshawar', emailVerifiedAt: since, createdAt: since })
  }
  const cycleCreated: Record<string, Date> = { 'kp-7': day('2021-06-20'), 'nih-1': day('2020-11-10'), 'women-1': day('2021-09-10') }
  D.PAST_KP_CYCLES.forEach((c) => (cycleCreated[`kp-${c.number}`] = day(`${c.year}-06-10`)))
  const allPeople: Person[] = [...(c7People.slice(1) as Person[]), ...women, ...nih, ...past.flat()]
  const personCycle = new Map<string, string>()
  for (const c of cohorts) for (const m of c.members) personCycle.set(m.email, c.cycleKey)
  for (const p of allPeople) {
    const since = addHours(cycleCreated[personCycle.get(p.email)!], 6)
    addUser({ email: p.email, name: p.name, role: 'FELLOW', gender: p.gender, district: p.district, phone: p.phone, emailVerifiedAt: addHours(since, 1), createdAt: since })
  }
  const ru = rngFor('applicant-accounts')
  for (const p of applicants.slice(1)) {
    const since = addHours(day(`2026-11-${String(between(ru, 1, 12)).padStart(2, '0')}`), between(ru, 3, 16))
    addUser({ email: p.email, name: p.name, role: 'APPLICANT', gender: p.gender, district: p.district, phone: p.phone, emailVerifiedAt: addHours(since, 1), createdAt: since })
  }
  const existingUsers = await prisma.user.findMany({ where: { email: { in: userRows.map((u) => u.email) } }, select: { email: true } })
  const have = new Set(existingUsers.map((u) => u.email))
  const missingUsers = userRows.filter((u) => !have.has(u.email))
  if (missingUsers.length) {
    const passwordHash = await demoHash()
    count('User', await insertMany(missingUsers.map((u) => ({ ...u, passwordHash })), (data) => prisma.user.createMany({ data, skipDuplicates: true })))
  }
  const allEmails = [...demoAccounts.map((a) => a.email), ...userRows.map((u) => u.email)]
  const users = await prisma.user.findMany({ where: { email: { in: allEmails } }, select: { id: true, email: true } })
  const userIds = new Map(users.map((u) => [u.email, u.id]))
  const uid = (email: string) => userIds.get(email)

  // ------------------------------------------------ partner contacts
  const contactRows: Prisma.PartnerContactCreateManyInput[] = []
  for (const d of D.DEPARTMENTS) {
    const departmentId = deptOf(d.key)
    if (!departmentId) continue
    for (const c of d.contacts)
      contactRows.push({
        id: sid('contact', d.key, c.email),
        departmentId,
        userId: c.userEmail ? uid(c.userEmail) : null,
        name: c.name,
        title: c.title,
        email: c.email,
        phone: c.phone ?? null,
        isFocalPerson: c.focal,
      })
  }
  count('PartnerContact', await insertMany(contactRows, (data) => prisma.partnerContact.createMany({ data, skipDuplicates: true })))
  const contacts = await prisma.partnerContact.findMany({
    where: { departmentId: { in: [...deptIds.values()] } },
    select: { id: true, departmentId: true, email: true, userId: true, isFocalPerson: true },
  })
  // The demo partner must be able to act for the Health Department.
  const demoPartnerId = uid(demo('PARTNER').email)
  if (demoPartnerId && !contacts.some((c) => c.userId === demoPartnerId)) {
    const tariq = contacts.find((c) => c.departmentId === deptOf('health') && c.email === deptSeed('health').contacts[0].email)
    if (tariq) {
      await prisma.partnerContact.update({ where: { id: tariq.id }, data: { userId: demoPartnerId, isFocalPerson: true } })
      tariq.userId = demoPartnerId
    }
  }
  const focalOf = (k: D.DeptKey): string | undefined => {
    const departmentId = deptOf(k)
    const seeded = deptSeed(k).contacts.find((c) => c.focal)?.email
    return (
      contacts.find((c) => c.departmentId === departmentId && c.email === seeded)?.id ??
      contacts.find((c) => c.departmentId === departmentId && c.isFocalPerson)?.id
    )
  }
  const partnerOf = (k: D.DeptKey) => uid(deptSeed(k).partner.email)

  // ------------------------------------------------ programmes and cycles
  count(
    'Programme',
    await insertMany(
      D.PROGRAMMES.map((p): Prisma.ProgrammeCreateManyInput => ({ ...p, id: sid('programme', p.slug), createdAt: day('2015-05-01') })),
      (data) => prisma.programme.createMany({ data, skipDuplicates: true }),
    ),
  )
  const programmes = await prisma.programme.findMany({ where: { slug: { in: D.PROGRAMMES.map((p) => p.slug) } }, select: { id: true, slug: true } })
  const programmeIds = new Map(programmes.map((p) => [p.slug, p.id]))

  const cycleSpecs = buildCycles()
  count(
    'Cycle',
    await insertMany(
      cycleSpecs
        .map((c): Prisma.CycleCreateManyInput | null => {
          const programmeId = programmeIds.get(c.slug)
          return programmeId ? { ...c.data, id: sid('cycle', c.key), programmeId, createdAt: cycleCreated[c.key] ?? day('2026-09-15') } : null
        })
        .filter(notNull),
      (data) => prisma.cycle.createMany({ data, skipDuplicates: true }),
    ),
  )
  const cycleRows = await prisma.cycle.findMany({ where: { programmeId: { in: [...programmeIds.values()] } }, select: { id: true, programmeId: true, number: true } })
  const cycleIds = new Map<string, string>()
  for (const c of cycleSpecs) {
    const row = cycleRows.find((x) => x.programmeId === programmeIds.get(c.slug) && x.number === c.data.number)
    if (row) cycleIds.set(c.key, row.id)
  }
  const cid = (key: string) => cycleIds.get(key)

  // ------------------------------------------------ cycle departments
  const projectSpecs = buildProjects()
  const seatsBy = new Map<string, number>()
  for (const p of projectSpecs) {
    if (p.cycleKey === 'kp-8') continue
    const k = `${p.cycleKey}|${p.seed.dept}`
    seatsBy.set(k, (seatsBy.get(k) ?? 0) + p.seed.seats)
  }
  for (const [dept, seats] of Object.entries(D.CYCLE8_SEATS)) seatsBy.set(`kp-8|${dept}`, seats)
  count(
    'CycleDepartment',
    await insertMany(
      [...seatsBy.entries()]
        .map(([k, seatsRequested]): Prisma.CycleDepartmentCreateManyInput | null => {
          const [cycleKey, dept] = k.split('|') as [string, D.DeptKey]
          const cycleId = cid(cycleKey)
          const departmentId = deptOf(dept)
          return cycleId && departmentId
            ? { id: sid('cycle-department', cycleKey, dept), cycleId, departmentId, seatsRequested, focalPersonId: focalOf(dept) ?? null }
            : null
        })
        .filter(notNull),
      (data) => prisma.cycleDepartment.createMany({ data, skipDuplicates: true }),
    ),
  )

  // ------------------------------------------------ application form and rubric (cycle 8)
  const c8 = cid('kp-8')
  if (c8) await seedFormAndRubric(prisma, c8, count)
  const criteria = c8 ? await prisma.rubricCriterion.findMany({ where: { cycleId: c8 }, select: { id: true, name: true } }) : []
  const criterionId = (name: string) => criteria.find((c) => c.name === name)?.id

  // ------------------------------------------------ projects
  const seededCycleIds = [...cycleIds.values()]
  const projectRows = projectSpecs
    .map((p): Prisma.ProjectCreateManyInput | null => {
      const cycleId = cid(p.cycleKey)
      const departmentId = deptOf(p.seed.dept)
      if (!cycleId || !departmentId) return null
      return {
        id: sid('project', p.key),
        cycleId,
        departmentId,
        title: p.seed.title,
        titleUr: p.seed.titleUr ?? null,
        problemStatement: p.seed.problemStatement,
        problemStatementUr: p.seed.problemStatementUr ?? null,
        expectedOutcomes: p.seed.expectedOutcomes ?? null,
        skillsNeeded: p.seed.skills,
        seats: p.seed.seats,
        focalContactId: focalOf(p.seed.dept) ?? null,
        proposedById: partnerOf(p.seed.dept) ?? null,
        status: p.status,
        reviewNote: p.reviewNote ?? null,
        summary: p.seed.summary ?? null,
        createdAt: p.createdAt,
      }
    })
    .filter(notNull)
  const existingProjects = await prisma.project.findMany({
    where: { OR: [{ cycleId: { in: seededCycleIds } }, { id: { in: projectRows.map((p) => p.id!) } }] },
    select: { id: true, cycleId: true, title: true },
  })
  // Look up by (cycle, title): the table has no unique key for it, so never insert a second row with the same title.
  const byTitle = new Map(existingProjects.map((p) => [`${p.cycleId}|${p.title}`, p.id]))
  const byId = new Set(existingProjects.map((p) => p.id))
  const newProjects = projectRows.filter((p) => !byTitle.has(`${p.cycleId}|${p.title}`) && !byId.has(p.id!))
  count('Project', await insertMany(newProjects, (data) => prisma.project.createMany({ data, skipDuplicates: true })))
  for (const p of newProjects) byId.add(p.id!)
  const projectIds = new Map<string, string>()
  for (const p of projectSpecs) {
    const cycleId = cid(p.cycleKey)
    const id = byTitle.get(`${cycleId}|${p.seed.title}`) ?? (byId.has(sid('project', p.key)) ? sid('project', p.key) : undefined)
    if (id) projectIds.set(p.key, id)
  }
  const pid = (cycleKey: string, title: string) => projectIds.get(pKey(cycleKey, title))

  // ------------------------------------------------ applications and reviews (cycle 8)
  if (c8) await seedRecruitment(prisma, c8, applicants, uid, criterionId, count)

  // ------------------------------------------------ fellowships, preferences, placements
  const fellowshipRows: Prisma.FellowshipCreateManyInput[] = []
  for (const c of cohorts) {
    const cycleId = cid(c.cycleKey)
    if (!cycleId) continue
    for (const m of c.members) {
      const userId = uid(m.email)
      if (!userId) continue
      fellowshipRows.push({
        id: sid('fellowship', fKey(m.email, c.cycleKey)),
        userId,
        cycleId,
        status: c.status,
        startedAt: c.start,
        endedAt: c.status === 'COMPLETED' ? c.end : null,
        createdAt: c.publishedAt,
      })
    }
  }
  count('Fellowship', await insertMany(fellowshipRows, (data) => prisma.fellowship.createMany({ data, skipDuplicates: true })))
  const fellowships = await prisma.fellowship.findMany({
    where: { cycleId: { in: seededCycleIds }, userId: { in: fellowshipRows.map((f) => f.userId) } },
    select: { id: true, userId: true, cycleId: true },
  })
  const fellowshipIds = new Map(fellowships.map((f) => [`${f.userId}|${f.cycleId}`, f.id]))
  const fid = (email: string, cycleKey: string) => {
    const userId = uid(email)
    const cycleId = cid(cycleKey)
    return userId && cycleId ? fellowshipIds.get(`${userId}|${cycleId}`) : undefined
  }

  // Cycle 7 fellows ranked three projects; the placement is at the rank they obtained.
  const prefRows: Prisma.FellowPreferenceCreateManyInput[] = []
  const rp = rngFor('preferences-c7')
  for (const m of c7.members) {
    const fellowshipId = fid(m.email, 'kp-7')
    if (!fellowshipId) continue
    const others = shuffled(rp, D.CYCLE7_PROJECTS.filter((p) => p.title !== m.project.title)).slice(0, 2)
    const ranked: D.ProjectSeed[] = [...others]
    ranked.splice(m.rank - 1, 0, m.project)
    ranked.slice(0, 3).forEach((p, i) => {
      const projectId = pid('kp-7', p.title)
      if (!projectId) return
      prefRows.push({
        id: sid('preference', fKey(m.email, 'kp-7'), i + 1),
        fellowshipId,
        projectId,
        rank: i + 1,
        reason: i === 0 ? `I want to work on ${p.skills[0].toLowerCase()} for a department that serves citizens directly.` : null,
        createdAt: addHours(day('2021-09-20'), between(rp, 3, 14)),
      })
    })
  }
  count('FellowPreference', await insertMany(prefRows, (data) => prisma.fellowPreference.createMany({ data, skipDuplicates: true })))

  const placed = new Set(
    (await prisma.placement.findMany({ where: { fellowshipId: { in: [...fellowshipIds.values()] } }, select: { fellowshipId: true } })).map((p) => p.fellowshipId),
  )
  const placementRows: Prisma.PlacementCreateManyInput[] = []
  for (const c of cohorts)
    for (const m of c.members) {
      const fellowshipId = fid(m.email, c.cycleKey)
      const projectId = pid(c.cycleKey, m.project.title)
      if (!fellowshipId || !projectId || placed.has(fellowshipId)) continue
      const ended = c.status === 'COMPLETED'
      placementRows.push({
        id: sid('placement', fKey(m.email, c.cycleKey)),
        fellowshipId,
        projectId,
        status: ended ? 'ENDED' : 'ACTIVE',
        rankObtained: m.rank,
        explanation:
          m.rank === 1
            ? 'Placed on your first choice.'
            : `Placed on your choice #${m.rank}: the seats on your higher choices went to fellows those departments ranked higher.`,
        startDate: c.start,
        endDate: ended ? c.end : null,
        endReason: ended ? 'Fellowship completed' : null,
        publishedAt: c.publishedAt,
        createdAt: addDays(c.publishedAt, -2),
      })
    }
  count('Placement', await insertMany(placementRows, (data) => prisma.placement.createMany({ data, skipDuplicates: true })))

  // ------------------------------------------------ progress updates
  const updateRows: Prisma.ProgressUpdateCreateManyInput[] = []
  const rg = rngFor('updates-c7')
  const c7Start = day('2021-10-04')
  c7.members.forEach((m, idx) => {
    const fellowshipId = fid(m.email, 'kp-7')
    const voice = D.CYCLE7_PROJECTS.find((p) => p.title === m.project.title)!.voice
    const isDemo = idx === 0
    for (let i = 0; i < 8; i++) {
      const missing = !isDemo && rg() < 0.07
      const late = isDemo ? i === 3 : rg() < 0.12
      const periodStart = addDays(c7Start, 14 * i)
      const periodEnd = addDays(periodStart, 13)
      const submittedAt = addHours(addDays(periodEnd, late ? between(rg, 5, 9) : between(rg, 0, 2)), between(rg, 5, 14))
      const blocker = rg() < 0.35 ? pick(rg, D.BLOCKERS) : null
      const hours = between(rg, 60, 80)
      if (missing || !fellowshipId) continue
      const own = D.PHARMACY_UPDATES[i]
      updateRows.push({
        id: sid('update', fKey(m.email, 'kp-7'), i),
        fellowshipId,
        periodIndex: i,
        periodStart,
        periodEnd,
        status: 'SUBMITTED',
        accomplishments: isDemo ? own.accomplishments : `${PHASES[i](voice)} ${D.FELLOW_ROLES[m.seatIndex % D.FELLOW_ROLES.length]}`,
        blockers: isDemo ? (own.blockers ?? null) : blocker,
        nextSteps: isDemo ? own.nextSteps : NEXT[i](voice),
        hours: isDemo ? own.hours : hours,
        links: isDemo
          ? [`https://git.example/kp-fellows/pharmacy-licences/milestone/${i + 1}`]
          : i % 2 === 1
            ? [`https://drive.example/daftar/kp-7/${slugify(m.project.title)}/fortnight-${i + 1}`]
            : [],
        late,
        submittedAt,
        createdAt: addHours(submittedAt, -2),
      })
    }
  })
  const rwk = rngFor('updates-women')
  womenCohort.members.forEach((m) => {
    const fellowshipId = fid(m.email, 'women-1')
    const district = women.find((w) => w.email === m.email)!.district
    for (let i = 0; i < INTERN_WEEKS.length; i++) {
      const periodStart = addDays(womenCohort.start, 7 * i)
      const periodEnd = addDays(periodStart, 6)
      const missing = rwk() < 0.06
      const late = rwk() < 0.1
      const submittedAt = addHours(addDays(periodEnd, late ? between(rwk, 5, 7) : between(rwk, 0, 2)), between(rwk, 5, 14))
      const hours = between(rwk, 18, 30)
      if (missing || !fellowshipId) continue
      updateRows.push({
        id: sid('update', fKey(m.email, 'women-1'), i),
        fellowshipId,
        periodIndex: i,
        periodStart,
        periodEnd,
        status: 'SUBMITTED',
        accomplishments: INTERN_WEEKS[i](m.project.title, district),
        blockers: i === 2 ? 'Mobile signal is weak in the afternoons; I upload in the morning.' : null,
        nextSteps: i + 1 < INTERN_WEEKS.length ? 'Continue with next week’s plan agreed with my mentor.' : 'Start the second batch of records.',
        hours,
        links: [],
        late,
        submittedAt,
        createdAt: addHours(submittedAt, -1),
      })
    }
  })
  count('ProgressUpdate', await insertMany(updateRows, (data) => prisma.progressUpdate.createMany({ data, skipDuplicates: true })))
  const updates = await prisma.progressUpdate.findMany({
    where: { fellowshipId: { in: [...fellowshipIds.values()] } },
    select: { id: true, fellowshipId: true, periodIndex: true },
  })
  const updateIds = new Map(updates.map((u) => [`${u.fellowshipId}|${u.periodIndex}`, u.id]))
  const updateOf = (email: string, cycleKey: string, period: number) => {
    const f = fid(email, cycleKey)
    return f ? updateIds.get(`${f}|${period}`) : undefined
  }

  // ------------------------------------------------ deliverables (cycle 7)
  const deliverableRows: Prisma.DeliverableCreateManyInput[] = []
  const submissionRows: (Prisma.DeliverableSubmissionCreateManyInput & { step: Step; reviewerId: string | null; projectTitle: string })[] = []
  for (const p of D.CYCLE7_PROJECTS) {
    const projectId = pid('kp-7', p.title)
    if (!projectId) continue
    const reviewerId = partnerOf(p.dept) ?? null
    const submitter = uid(c7.members.find((m) => m.project.title === p.title)!.email)
    const isPharmacy = p.title === D.PHARMACY_TITLE
    const plan = DELIVERABLE_PLAN[p.title] ?? [['OK'], []]
    const defs = [
      { title: 'Requirements and process map', titleUr: 'ضروریات اور طریقۂ کار کا نقشہ', kind: 'DELIVERABLE' as const, due: day('2021-11-12'), base: day('2021-11-10'), description: 'The current process, its pain points, the users and the requirements agreed with the focal person.' },
      { title: 'Pilot release', titleUr: 'آزمائشی اجرا', kind: 'MILESTONE' as const, due: day(isPharmacy ? '2022-01-21' : '2022-02-25'), base: day(isPharmacy ? '2022-01-20' : '2022-02-18'), description: 'A working version in use at the pilot site, with a short note on what was learned.' },
      ...(p.seats >= 2
        ? [{ title: 'Handover and training', titleUr: 'حوالگی اور تربیت', kind: 'DELIVERABLE' as const, due: day('2022-09-15'), base: day('2022-09-10'), description: 'Documentation, training for department staff and a handover of the system to its owner.' }]
        : []),
    ]
    defs.forEach((d, n) => {
      const steps = plan[n] ?? []
      const last = steps[steps.length - 1]
      const id = sid('deliverable', pKey('kp-7', p.title), n)
      deliverableRows.push({
        id,
        projectId,
        kind: d.kind,
        title: d.title,
        titleUr: d.titleUr,
        description: d.description,
        dueDate: d.due,
        reviewerId,
        status: last === 'CR' ? 'CHANGES_REQUESTED' : last === 'OK' ? 'APPROVED' : last === 'WAIT' ? 'SUBMITTED' : 'NOT_STARTED',
        createdAt: day('2021-10-11'),
      })
      if (!submitter) return
      steps.forEach((step, v) => {
        submissionRows.push({
          id: sid('submission', id, v + 1),
          deliverableId: id,
          versionNumber: v + 1,
          submittedById: submitter,
          notes: v === 0 ? `First version of “${d.title}” for review.` : 'Revised version addressing the review comments.',
          links: [`https://drive.example/daftar/kp-7/${slugify(p.title)}/${slugify(d.title)}-v${v + 1}.pdf`],
          submittedAt: addHours(addDays(d.base, 12 * v), 6),
          step,
          reviewerId,
          projectTitle: p.title,
        })
      })
    })
  }
  count('Deliverable', await insertMany(deliverableRows, (data) => prisma.deliverable.createMany({ data, skipDuplicates: true })))
  count(
    'DeliverableSubmission',
    await insertMany(
      submissionRows.map(({ step: _s, reviewerId: _r, projectTitle: _t, ...row }) => row),
      (data) => prisma.deliverableSubmission.createMany({ data, skipDuplicates: true }),
    ),
  )
  const submissions = await prisma.deliverableSubmission.findMany({
    where: { deliverableId: { in: deliverableRows.map((d) => d.id!) } },
    select: { id: true, deliverableId: true, versionNumber: true },
  })
  const submissionIds = new Map(submissions.map((s) => [`${s.deliverableId}|${s.versionNumber}`, s.id]))
  const decisionRows: Prisma.DeliverableReviewCreateManyInput[] = []
  const changesAsked = new Map<string, number>()
  for (const s of submissionRows) {
    const submissionId = submissionIds.get(`${s.deliverableId}|${s.versionNumber}`)
    if (!submissionId || !s.reviewerId || s.step === 'WAIT') continue
    let comments = GENERIC_OK
    if (s.step === 'CR') {
      const n = changesAsked.get(s.projectTitle) ?? 0
      comments = CR_NOTES[s.projectTitle]?.[n] ?? GENERIC_CR
      changesAsked.set(s.projectTitle, n + 1)
    }
    decisionRows.push({
      id: sid('deliverable-review', submissionId),
      submissionId,
      reviewerId: s.reviewerId,
      decision: s.step === 'CR' ? 'CHANGES_REQUESTED' : 'APPROVED',
      comments,
      decidedAt: addDays(s.submittedAt as Date, 3),
    })
  }
  count('DeliverableReview', await insertMany(decisionRows, (data) => prisma.deliverableReview.createMany({ data, skipDuplicates: true })))

  // ------------------------------------------------ comments
  const fellow = demo('FELLOW').email
  const firstOn = (title: string) => c7.members.find((m) => m.project.title === title)!.email
  const lateUpdate = updateRows.find((u) => u.late && u.fellowshipId !== fid(fellow, 'kp-7') && u.periodIndex < 8)
  const pharmacyPilot = sid('deliverable', pKey('kp-7', D.PHARMACY_TITLE), 1)
  const grievanceReqs = sid('deliverable', pKey('kp-7', 'Local council grievance tracker'), 0)
  const commentSpecs: { key: string; author?: string; body: string; update?: string; deliverable?: string; at: Date }[] = [
    { key: 'c1', author: uid(demo('STAFF').email), update: updateOf(fellow, 'kp-7', 3), at: at('2021-12-01T06:30:00Z'), body: 'Good progress on the import. I have asked the KP IT Board about the server access and will follow up on Thursday.' },
    { key: 'c2', author: demoPartnerId, update: updateOf(fellow, 'kp-7', 5), at: at('2021-12-30T05:10:00Z'), body: 'The inspectors in Peshawar liked the checklist. Let us plan Mardan next.' },
    { key: 'c3', author: uid('sohail@daftar.pk'), update: lateUpdate?.id, at: addHours((lateUpdate?.submittedAt as Date | undefined) ?? day('2021-12-20'), 20), body: 'This update came in after the grace period. Please submit on time, or message me in advance if the department schedule gets in the way.' },
    { key: 'c4', author: partnerOf('ese'), update: updateOf(firstOn('School enrolment and attendance dashboard'), 'kp-7', 4), at: at('2021-12-15T09:00:00Z'), body: 'The district education officers in Mardan are keen to see the dashboard. Please include girls’ attendance separately.' },
    { key: 'c5', author: partnerOf('kpitb'), update: updateOf(firstOn('Citizen digital-services prototype (single platform)'), 'kp-7', 3), at: at('2021-12-02T10:20:00Z'), body: 'Please keep the digital-identity part separate so it can be reused by other departments.' },
    { key: 'c6', author: demoPartnerId, deliverable: pharmacyPilot, at: at('2022-01-25T08:00:00Z'), body: 'Thank you, the district offices are keen to start. Please add the Urdu name on the printed licence first.' },
    { key: 'c7', author: uid(fellow), deliverable: pharmacyPilot, at: at('2022-01-26T11:30:00Z'), body: 'Working on it: the Urdu name is done, the QR code will follow next week.' },
    { key: 'c8', author: partnerOf('lg'), deliverable: grievanceReqs, at: at('2021-11-16T06:45:00Z'), body: 'The tehsil municipal officers need a category for water supply separate from drainage.' },
    { key: 'c9', author: uid('nazim@daftar.pk'), update: updateOf(womenCohort.members[0].email, 'women-1', 2), at: at('2021-12-23T07:15:00Z'), body: 'Well done on the office visits. Remember to note the visiting times in the shared sheet.' },
  ]
  const existingDeliverables = new Set(
    (await prisma.deliverable.findMany({ where: { id: { in: [pharmacyPilot, grievanceReqs] } }, select: { id: true } })).map((d) => d.id),
  )
  count(
    'Comment',
    await insertMany(
      commentSpecs
        .filter((c) => c.author && (c.update || (c.deliverable && existingDeliverables.has(c.deliverable))))
        .map((c): Prisma.CommentCreateManyInput => ({
          id: sid('comment', c.key),
          authorId: c.author!,
          body: c.body,
          progressUpdateId: c.update ?? null,
          deliverableId: c.deliverable ?? null,
          createdAt: c.at,
        })),
      (data) => prisma.comment.createMany({ data, skipDuplicates: true }),
    ),
  )

  // ------------------------------------------------ impact
  await seedImpact(prisma, cohorts, pid, uid, count)

  // ------------------------------------------------ alumni
  const alumni = [
    ...D.PAST_KP_CYCLES.map((c) => cohorts.find((x) => x.cycleKey === `kp-${c.number}`)!.members[0]),
    ...cohorts.find((x) => x.cycleKey === 'nih-1')!.members.slice(0, 2),
  ]
  count(
    'AlumniProfile',
    await insertMany(
      alumni
        .map((m, i): Prisma.AlumniProfileCreateManyInput | null => {
          const userId = uid(m.email)
          return userId ? { id: sid('alumni', m.email), userId, ...D.ALUMNI_NEXT[i % D.ALUMNI_NEXT.length] } : null
        })
        .filter(notNull),
      (data) => prisma.alumniProfile.createMany({ data, skipDuplicates: true }),
    ),
  )

  // ------------------------------------------------ notifications
  const notices = [
    {
      key: 'n1',
      email: hira.email,
      kind: 'application.submitted',
      at: at('2026-11-20T09:16:00Z'),
      ...mailTemplates.notice({
        subjectEn: 'Application received',
        subjectUr: 'درخواست موصول ہو گئی',
        en: `Hello ${hira.name},\n\nWe have received your application to the KP Government Innovation Fellowship, Cycle 8. Applications close on 31 December 2026; we will write to you after screening.`,
        ur: `${hira.name}، السلام علیکم\n\nکے پی گورنمنٹ انوویشن فیلوشپ، سائیکل 8 کے لیے آپ کی درخواست موصول ہو گئی ہے۔ درخواستیں 31 دسمبر 2026 تک جمع ہوں گی؛ جانچ کے بعد ہم آپ سے رابطہ کریں گے۔`,
      }),
    },
    {
      key: 'n2',
      email: fellow,
      kind: 'deliverable.changes_requested',
      at: at('2022-01-25T08:01:00Z'),
      ...mailTemplates.notice({
        subjectEn: 'Changes requested: Pilot release',
        subjectUr: 'تبدیلیاں درکار ہیں: پائلٹ ریلیز',
        en: 'The Health Department asked for changes to “Pilot release” on the pharmacy licence registration system.',
        ur: 'محکمہ صحت نے فارمیسی لائسنس رجسٹریشن سسٹم کی “پائلٹ ریلیز” میں تبدیلیاں مانگی ہیں۔',
      }),
    },
    {
      key: 'n3',
      email: demo('PARTNER').email,
      kind: 'deliverable.submitted',
      at: at('2021-11-10T06:01:00Z'),
      ...mailTemplates.notice({
        subjectEn: 'Deliverable submitted for your review',
        subjectUr: 'جائزے کے لیے ڈیلیوریبل جمع کرایا گیا',
        en: '“Requirements and process map” for Health facility medicine stock-out alerts is waiting for your review.',
        ur: 'طبی مراکز میں ادویات کی کمی کے الرٹ کے منصوبے کا “ضروریات اور عمل کا نقشہ” آپ کے جائزے کا منتظر ہے۔',
      }),
    },
    {
      key: 'n4',
      email: demo('REVIEWER').email,
      kind: 'review.assigned',
      at: at('2026-11-18T05:00:00Z'),
      ...mailTemplates.notice({
        subjectEn: 'Applications assigned to you',
        subjectUr: 'درخواستیں آپ کے سپرد کی گئی ہیں',
        en: 'Six applications to the KP Government Innovation Fellowship, Cycle 8 are waiting for your review.',
        ur: 'کے پی گورنمنٹ انوویشن فیلوشپ، سائیکل 8 کی چھ درخواستیں آپ کے جائزے کی منتظر ہیں۔',
      }),
    },
  ]
  count(
    'Notification',
    await insertMany(
      notices
        .map((n): Prisma.NotificationCreateManyInput | null => {
          const userId = uid(n.email)
          return userId
            ? { id: sid('notification', n.key), userId, toEmail: n.email, subject: n.subject, body: n.body, kind: n.kind, status: 'SENT', sentAt: n.at, createdAt: n.at }
            : null
        })
        .filter(notNull),
      (data) => prisma.notification.createMany({ data, skipDuplicates: true }),
    ),
  )

  const summary = Object.entries(added)
    .filter(([, n]) => n > 0)
    .map(([m, n]) => `${m} +${n}`)
    .join(', ')
  log(`seed: ${summary || 'nothing new'} (${((Date.now() - started) / 1000).toFixed(1)}s)`)
}

// ---------------------------------------------------------------- sections

type Count = (model: string, n: number) => void

/** The demo accounts must always sign in with DEMO_PASSWORD under their documented role. */
async function ensureDemoAccounts(
  prisma: PrismaClient,
  healthId: string | undefined,
  demoHash: () => Promise<string>,
  count: Count,
  log: (s: string) => void,
) {
  const existing = await prisma.user.findMany({
    where: { email: { in: demoAccounts.map((a) => a.email) } },
    select: { id: true, email: true, name: true, role: true, active: true, emailVerifiedAt: true, passwordHash: true, departmentId: true },
  })
  const verified = new Map<string, boolean>()
  const since = at('2026-10-01T05:00:00Z')
  for (const a of demoAccounts) {
    const departmentId = a.role === 'PARTNER' ? (healthId ?? null) : null
    const profile = DEMO_PROFILE[a.role]
    const row = existing.find((u) => u.email === a.email)
    if (!row) {
      await prisma.user.create({
        data: { email: a.email, name: a.name, role: a.role as Role, passwordHash: await demoHash(), departmentId, gender: profile.gender, district: profile.district, emailVerifiedAt: since, createdAt: since },
      })
      count('User', 1)
      continue
    }
    let passwordOk = false
    if (row.passwordHash) {
      if (!verified.has(row.passwordHash)) verified.set(row.passwordHash, await verifyPassword(DEMO_PASSWORD, row.passwordHash))
      passwordOk = verified.get(row.passwordHash)!
    }
    const data: Prisma.UserUpdateInput = {}
    if (row.name !== a.name) data.name = a.name
    if (row.role !== a.role) {
      data.role = a.role as Role
      data.sessionVersion = { increment: 1 }
    }
    if (!row.active) data.active = true
    if (!row.emailVerifiedAt) data.emailVerifiedAt = since
    if (!passwordOk) data.passwordHash = await demoHash()
    if (a.role === 'PARTNER' && departmentId && row.departmentId !== departmentId) data.department = { connect: { id: departmentId } }
    if (Object.keys(data).length) {
      await prisma.user.update({ where: { id: row.id }, data })
      log(`seed: repaired demo account ${a.email} (${Object.keys(data).join(', ')})`)
    }
  }
}

async function seedFormAndRubric(prisma: PrismaClient, cycleId: string, count: Count) {
  // A cycle's form and rubric are set up as a whole: if staff have started editing either, leave it.
  const [fields, criteria] = await Promise.all([prisma.formField.count({ where: { cycleId } }), prisma.rubricCriterion.count({ where: { cycleId } })])
  if (fields === 0) {
    const opts = (xs: { value: string; en: string; ur: string }[]) => xs
    const formFields: Omit<Prisma.FormFieldCreateManyInput, 'id' | 'cycleId' | 'position'>[] = [
      { key: 'fullName', type: 'SHORT_TEXT', labelEn: 'Full name (as on your CNIC)', labelUr: 'پورا نام (شناختی کارڈ کے مطابق)', required: true, personal: true },
      { key: 'phone', type: 'SHORT_TEXT', labelEn: 'Mobile number', labelUr: 'موبائل نمبر', helpEn: 'Format: 03XX-XXXXXXX', helpUr: 'مثال: 03XX-XXXXXXX', required: true, personal: true },
      { key: 'cnic', type: 'SHORT_TEXT', labelEn: 'CNIC number', labelUr: 'شناختی کارڈ نمبر', helpEn: 'Format: XXXXX-XXXXXXX-X', helpUr: 'مثال: XXXXX-XXXXXXX-X', required: true, personal: true },
      { key: 'gender', type: 'SINGLE_CHOICE', labelEn: 'Gender', labelUr: 'جنس', required: true, personal: true, options: opts(D.GENDER_OPTIONS) },
      { key: 'district', type: 'SINGLE_CHOICE', labelEn: 'District of domicile', labelUr: 'ڈومیسائل کا ضلع', required: true, personal: true, options: opts(D.KP_DISTRICTS.map((d) => ({ value: d.en, en: d.en, ur: d.ur }))) },
      { key: 'degree', type: 'SINGLE_CHOICE', labelEn: 'Highest degree completed', labelUr: 'مکمل کی گئی اعلیٰ ترین ڈگری', required: true, options: opts(D.DEGREE_OPTIONS) },
      { key: 'dateOfBirth', type: 'DATE', labelEn: 'Date of birth', labelUr: 'تاریخ پیدائش', required: true, personal: true },
      { key: 'portfolio', type: 'URL', labelEn: 'Portfolio or GitHub link', labelUr: 'پورٹ فولیو یا گٹ ہب لنک', helpEn: 'Optional: something you built, designed or analysed.', helpUr: 'اختیاری: کوئی چیز جو آپ نے بنائی، ڈیزائن کی یا تجزیہ کی ہو۔', personal: true },
      { key: 'motivation', type: 'LONG_TEXT', labelEn: 'Why do you want to join the fellowship, and which public service would you improve first?', labelUr: 'آپ فیلوشپ میں کیوں شامل ہونا چاہتے ہیں، اور آپ سب سے پہلے کون سی سرکاری خدمت بہتر بنائیں گے؟', helpEn: 'Up to 300 words.', helpUr: 'زیادہ سے زیادہ 300 الفاظ۔', required: true },
      { key: 'cv', type: 'FILE', labelEn: 'CV (PDF)', labelUr: 'سی وی (پی ڈی ایف)', helpEn: 'Your most recent CV, one or two pages.', helpUr: 'آپ کی تازہ ترین سی وی، ایک یا دو صفحات۔', personal: true },
    ]
    count(
      'FormField',
      await insertMany(
        formFields.map((f, position) => ({ ...f, id: sid('form-field', cycleId, f.key), cycleId, position })),
        (data) => prisma.formField.createMany({ data, skipDuplicates: true }),
      ),
    )
  }
  if (criteria === 0)
    count(
      'RubricCriterion',
      await insertMany(
        D.RUBRIC.map((c, position): Prisma.RubricCriterionCreateManyInput => ({ ...c, id: sid('criterion', cycleId, c.name), cycleId, position })),
        (data) => prisma.rubricCriterion.createMany({ data, skipDuplicates: true }),
      ),
    )
}

async function seedRecruitment(
  prisma: PrismaClient,
  cycleId: string,
  applicants: Person[],
  uid: (email: string) => string | undefined,
  criterionId: (name: string) => string | undefined,
  count: Count,
) {
  const { apps, reviews } = buildApplications(applicants)
  const scoreOf = new Map<string, { mean: number; spread: number }>()
  for (const a of apps) {
    const rs = reviews.filter((r) => r.appEmail === a.person.email && r.status !== 'RECUSED')
    if (rs.length && rs.every((r) => r.status === 'SUBMITTED')) {
      const ws = rs.map((r) => r.weighted!)
      const mean = Math.round((ws.reduce((x, y) => x + y, 0) / ws.length) * 100) / 100
      scoreOf.set(a.person.email, { mean, spread: Math.round((Math.max(...ws) - Math.min(...ws)) * 100) / 100 })
    }
  }
  const appRows = apps
    .map((a): Prisma.ApplicationCreateManyInput | null => {
      const applicantId = uid(a.person.email)
      if (!applicantId) return null
      return {
        id: sid('application', cycleId, a.person.email),
        cycleId,
        applicantId,
        stage: a.stage,
        answers: a.answers,
        eligibility: a.eligibility,
        eligibilityNotes: a.notes,
        gender: a.person.gender,
        district: a.person.district,
        scoreMean: scoreOf.get(a.person.email)?.mean ?? null,
        scoreSpread: scoreOf.get(a.person.email)?.spread ?? null,
        submittedAt: a.submittedAt,
        decidedAt: a.decidedAt,
        createdAt: a.createdAt,
      }
    })
    .filter(notNull)
  count('Application', await insertMany(appRows, (data) => prisma.application.createMany({ data, skipDuplicates: true })))
  const appDb = await prisma.application.findMany({ where: { cycleId, applicantId: { in: appRows.map((a) => a.applicantId) } }, select: { id: true, applicantId: true } })
  const appIds = new Map(appDb.map((a) => [a.applicantId, a.id]))
  const appOf = (email: string) => {
    const u = uid(email)
    return u ? appIds.get(u) : undefined
  }

  const reviewRows = reviews
    .map((r): Prisma.ReviewCreateManyInput | null => {
      const applicationId = appOf(r.appEmail)
      const reviewerId = uid(r.reviewerEmail)
      if (!applicationId || !reviewerId) return null
      return {
        id: sid('review', applicationId, r.reviewerEmail),
        applicationId,
        reviewerId,
        status: r.status,
        conflictReason: r.conflictReason,
        comment: r.comment,
        weightedScore: r.weighted,
        submittedAt: r.submittedAt,
        createdAt: at('2026-11-18T05:00:00Z'),
      }
    })
    .filter(notNull)
  count('Review', await insertMany(reviewRows, (data) => prisma.review.createMany({ data, skipDuplicates: true })))
  const reviewDb = await prisma.review.findMany({ where: { applicationId: { in: [...appIds.values()] } }, select: { id: true, applicationId: true, reviewerId: true } })
  const reviewIds = new Map(reviewDb.map((r) => [`${r.applicationId}|${r.reviewerId}`, r.id]))
  const scoreRows: Prisma.ReviewScoreCreateManyInput[] = []
  for (const r of reviews) {
    const applicationId = appOf(r.appEmail)
    const reviewerId = uid(r.reviewerEmail)
    const reviewId = applicationId && reviewerId ? reviewIds.get(`${applicationId}|${reviewerId}`) : undefined
    if (!reviewId) continue
    r.scores.forEach((score, i) => {
      const criterion = criterionId(D.RUBRIC[i].name)
      if (criterion) scoreRows.push({ id: sid('review-score', reviewId, criterion), reviewId, criterionId: criterion, score })
    })
  }
  count('ReviewScore', await insertMany(scoreRows, (data) => prisma.reviewScore.createMany({ data, skipDuplicates: true })))
}

async function seedImpact(
  prisma: PrismaClient,
  cohorts: Cohort[],
  pid: (cycleKey: string, title: string) => string | undefined,
  uid: (email: string) => string | undefined,
  count: Count,
) {
  const fellow = demo('FELLOW').email
  const firstOn = (cycleKey: string, title: string) => cohorts.find((c) => c.cycleKey === cycleKey)!.members.find((m) => m.project.title === title)!.email
  const monthEnd = (y: number, m: number) => new Date(Date.UTC(y, m, 0))
  const months2021 = Array.from({ length: 12 }, (_, i) => monthEnd(2021, i + 1))
  type Metric = {
    cycleKey: string
    project: string
    name: string
    nameUr?: string
    unit: string
    unitUr?: string
    target: number
    recorder: string
    values: { on: Date; value: number; note?: string; source?: string }[]
  }
  const backfill = (i: number) => (i < 9 ? 'Backfilled from the department’s licence register.' : undefined)
  const metrics: Metric[] = [
    {
      cycleKey: 'kp-7',
      project: D.PHARMACY_TITLE,
      name: 'Pharmacist records digitised',
      nameUr: 'ڈیجیٹائز کیے گئے فارماسسٹ ریکارڈ',
      unit: 'records',
      unitUr: 'ریکارڈ',
      target: 15000,
      recorder: fellow,
      values: [2100, 3400, 4700, 5600, 6500, 7600, 8600, 9800, 11200, 12600, 13900, 15000].map((value, i) => ({
        on: months2021[i],
        value,
        note: backfill(i),
        source: i < 9 ? 'Drug Control Cell licence register' : 'Licence registry monthly report',
      })),
    },
    {
      cycleKey: 'kp-7',
      project: D.PHARMACY_TITLE,
      name: 'Licences issued digitally',
      nameUr: 'ڈیجیٹل طور پر جاری کیے گئے لائسنس',
      unit: 'licences',
      unitUr: 'لائسنس',
      target: 2000,
      recorder: fellow,
      values: [90, 210, 340, 480, 610, 760, 900, 1050, 1210, 1390, 1600, 1800].map((value, i) => ({
        on: months2021[i],
        value,
        note: backfill(i),
        source: i < 9 ? 'Drug Control Cell licence register' : 'Licence registry monthly report',
      })),
    },
    ...(
      [
        ['School enrolment and attendance dashboard', 'Schools reporting daily attendance', 'schools', 'اسکول', 5000, [600, 1450, 2600], 'Independent Monitoring Unit data'],
        ['Local council grievance tracker', 'Grievances resolved', 'grievances', 'شکایات', 3000, [120, 410, 780], 'Grievance tracker report'],
        ['Motor-vehicle token tax e-payment', 'Token tax payments made online', 'payments', 'ادائیگیاں', 50000, [1500, 6200, 14800], 'Bank settlement files'],
        ['Crop advisory SMS service', 'Farmers subscribed to advisories', 'farmers', 'کسان', 20000, [2300, 5100, 9400], 'SMS gateway subscriber list'],
      ] as const
    ).map(([project, name, unit, unitUr, target, values, source]): Metric => ({
      cycleKey: 'kp-7',
      project,
      name,
      unit,
      unitUr,
      target,
      recorder: firstOn('kp-7', project),
      values: values.map((value, i) => ({ on: [day('2021-11-30'), day('2021-12-31'), day('2022-01-31')][i], value, source })),
    })),
    {
      cycleKey: 'nih-1',
      project: 'COVID-19 test-results SMS service',
      name: 'Test results delivered by SMS',
      unit: 'results',
      unitUr: 'نتائج',
      target: 150000,
      recorder: firstOn('nih-1', 'COVID-19 test-results SMS service'),
      values: [12000, 34000, 61000, 88000, 112000, 131000, 148000].map((value, i) => ({ on: months2021[i + 4], value, source: 'SMS gateway delivery report' })),
    },
  ]
  const metricRows = metrics
    .map((m, position): Prisma.ImpactMetricCreateManyInput | null => {
      const projectId = pid(m.cycleKey, m.project)
      return projectId
        ? { id: sid('metric', projectId, m.name), projectId, name: m.name, nameUr: m.nameUr ?? null, unit: m.unit, unitUr: m.unitUr ?? null, target: m.target, cumulative: true, position: m.project === D.PHARMACY_TITLE ? position : 0 }
        : null
    })
    .filter(notNull)
  count('ImpactMetric', await insertMany(metricRows, (data) => prisma.impactMetric.createMany({ data, skipDuplicates: true })))
  const metricDb = await prisma.impactMetric.findMany({ where: { projectId: { in: metricRows.map((m) => m.projectId) } }, select: { id: true, projectId: true, name: true } })
  const valueRows: Prisma.ImpactMetricValueCreateManyInput[] = []
  for (const m of metrics) {
    const projectId = pid(m.cycleKey, m.project)
    const metricId = metricDb.find((x) => x.projectId === projectId && x.name === m.name)?.id
    const recordedById = uid(m.recorder)
    if (!metricId || !recordedById) continue
    m.values.forEach((v) =>
      valueRows.push({
        id: sid('metric-value', metricId, v.on.toISOString()),
        metricId,
        value: v.value,
        recordedOn: v.on,
        note: v.note ?? null,
        source: v.source ?? null,
        recordedById,
        createdAt: addDays(v.on, 2),
      }),
    )
  }
  count('ImpactMetricValue', await insertMany(valueRows, (data) => prisma.impactMetricValue.createMany({ data, skipDuplicates: true })))
}

// ---------------------------------------------------------------- direct run

async function main() {
  const { connectFromEnv } = await import('../lib/server/connect')
  const conn = await connectFromEnv()
  try {
    await seed(conn.prisma, { log: (s) => console.log(s) })
  } finally {
    await conn.close()
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err) => {
    console.error(err)
    process.exit(1)
  })
}
