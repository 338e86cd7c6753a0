// The frame of the large data set: departments and their focal persons, a reviewer pool, the
// five programmes, their cycles (with form and rubric) and how many applications and fellows
// each cycle gets. Rows go into the buffer; the cycles' contents come from ./cycle.ts.
import { randomUUID } from 'node:crypto'
import { GENDER_OPTIONS, KP_DISTRICTS, DEGREE_OPTIONS, RUBRIC } from '../../prisma/seed/data'
import type { Queryable, RowBuffer } from './bulk'
import { LARGE_PROGRAMMES, type LargeProgramme, type Sector } from './catalogue'
import { addDays, karachiMidnight, mulberry32, type Rng } from './rand'
import { People } from './people'

export type LargeStatus = 'RECRUITING' | 'SELECTING' | 'ACTIVE' | 'COMPLETED'

export interface LargeDeptRef {
  id: string
  sector: Sector
  partnerId: string | null
}

export interface CycleSpec {
  id: string
  programme: LargeProgramme
  programmeId: string
  number: number
  status: LargeStatus
  open: Date
  close: Date
  start: Date
  end: Date
  published: Date | null
  applications: number
  fellows: number
  /** Seats the cycle aims to fill. */
  target: number
  criteria: { id: string; weight: number }[]
  departments: LargeDeptRef[]
}

export interface Frame {
  cycles: CycleSpec[]
  reviewerIds: string[]
  staffId: string
}

/** Cycles per programme, oldest first; the newest two recruit and select, then two run. */
export function cyclesPerProgramme(scale: number) {
  return Math.max(4, Math.round(10 * scale))
}

const statusAt = (fromNewest: number): LargeStatus =>
  fromNewest === 0 ? 'RECRUITING' : fromNewest === 1 ? 'SELECTING' : fromNewest <= 3 ? 'ACTIVE' : 'COMPLETED'

// One call draws a large share of all applications, as a popular call does: the pipeline
// board the benchmark drives is that cycle's.
export const MEGA_SHARE = 0.4

async function ensureDepartments(client: Queryable, buf: RowBuffer, people: People, rng: Rng, now: Date) {
  const wanted = LARGE_PROGRAMMES.flatMap((p) => p.departments.map((d) => ({ ...d, province: p.province })))
  const existing = await client.query<{ id: string; name: string }>('SELECT id, name FROM "Department" WHERE name = ANY($1)', [
    wanted.map((d) => d.name),
  ])
  const ids = new Map(existing.rows.map((r) => [r.name, r.id]))
  const partners = await client.query<{ id: string; departmentId: string }>(
    `SELECT id, "departmentId" FROM "User" WHERE role = 'PARTNER' AND active AND "departmentId" = ANY($1) ORDER BY "createdAt"`,
    [[...ids.values()]],
  )
  const partnerOf = new Map<string, string>()
  for (const p of partners.rows) if (!partnerOf.has(p.departmentId)) partnerOf.set(p.departmentId, p.id)
  for (const d of wanted) {
    if (ids.has(d.name)) continue
    const id = randomUUID()
    ids.set(d.name, id)
    buf.add('Department', {
      id,
      name: d.name,
      nameUr: d.nameUr,
      shortName: d.shortName,
      level: 'PROVINCIAL',
      province: d.province,
      createdAt: now,
      updatedAt: now,
    })
    // Every new department gets a focal person who signs off its fellows' deliverables.
    const u = people.user(rng, { role: 'PARTNER', gender: rng() < 0.3 ? 'FEMALE' : 'MALE', district: null, at: now, departmentId: id })
    buf.add('User', u)
    partnerOf.set(id, u.id as string)
  }
  return (name: string): { id: string; partnerId: string | null } => ({
    id: ids.get(name)!,
    partnerId: partnerOf.get(ids.get(name)!) ?? null,
  })
}

const formFields = (districts: string[]) => [
  {
    key: 'fullName',
    type: 'SHORT_TEXT',
    labelEn: 'Full name (as on your CNIC)',
    labelUr: 'پورا نام (شناختی کارڈ کے مطابق)',
    required: true,
    personal: true,
  },
  { key: 'phone', type: 'SHORT_TEXT', labelEn: 'Mobile number', labelUr: 'موبائل نمبر', required: true, personal: true },
  { key: 'cnic', type: 'SHORT_TEXT', labelEn: 'CNIC number', labelUr: 'شناختی کارڈ نمبر', required: true, personal: true },
  { key: 'gender', type: 'SINGLE_CHOICE', labelEn: 'Gender', labelUr: 'جنس', required: true, personal: true, options: GENDER_OPTIONS },
  {
    key: 'district',
    type: 'SINGLE_CHOICE',
    labelEn: 'District of domicile',
    labelUr: 'ڈومیسائل کا ضلع',
    required: true,
    personal: true,
    options: [...new Set(districts)].map((d) => ({ value: d, en: d, ur: KP_DISTRICTS.find((k) => k.en === d)?.ur ?? d })),
  },
  {
    key: 'degree',
    type: 'SINGLE_CHOICE',
    labelEn: 'Highest degree completed',
    labelUr: 'مکمل کی گئی اعلیٰ ترین ڈگری',
    required: true,
    options: DEGREE_OPTIONS,
  },
  { key: 'dateOfBirth', type: 'DATE', labelEn: 'Date of birth', labelUr: 'تاریخ پیدائش', required: true, personal: true },
  { key: 'portfolio', type: 'URL', labelEn: 'Portfolio or GitHub link', labelUr: 'پورٹ فولیو یا گٹ ہب لنک' },
  {
    key: 'motivation',
    type: 'LONG_TEXT',
    labelEn: 'Why do you want to join, and which public service would you improve first?',
    labelUr: 'آپ کیوں شامل ہونا چاہتے ہیں، اور آپ سب سے پہلے کون سی سرکاری خدمت بہتر بنائیں گے؟',
    required: true,
  },
]

/** Dates of a cycle `fromNewest` places back from the newest one, relative to today. */
function datesFor(fromNewest: number, now: Date, months: number) {
  const day = (n: number) => karachiMidnight(addDays(now, n))
  const span = months === 24 ? 730 : 365
  // Two cycles run at once: a two-year fellowship overlaps the next; a one-year internship's
  // two running cohorts start closer together.
  const back = months === 24 ? 320 + (fromNewest - 2) * 365 : fromNewest === 2 ? 200 : 330 + (fromNewest - 3) * 365
  const start = fromNewest === 0 ? day(90) : fromNewest === 1 ? day(40) : day(-back)
  const open = fromNewest === 0 ? day(-30) : fromNewest === 1 ? day(-200) : addDays(start, -240)
  const close = fromNewest === 0 ? day(45) : fromNewest === 1 ? day(-140) : addDays(start, -180)
  return { open, close, start, end: addDays(start, span - 1) }
}

export async function buildFrame(client: Queryable, buf: RowBuffer, people: People, scale: number, now: Date): Promise<Frame> {
  const rng = mulberry32(20_210_001)
  const deptRef = await ensureDepartments(client, buf, people, rng, now)
  const demo = await client.query<{ id: string; email: string }>(
    `SELECT id, email FROM "User" WHERE email IN ('staff@daftar.pk', 'reviewer@daftar.pk')`,
  )
  const staffId = demo.rows.find((u) => u.email === 'staff@daftar.pk')?.id
  if (!staffId) throw new Error('the demo seed did not run: staff@daftar.pk is missing')
  const reviewerIds = demo.rows.filter((u) => u.email === 'reviewer@daftar.pk').map((u) => u.id)
  for (let i = 0; i < Math.max(12, Math.round(150 * scale)); i++) {
    const u = people.user(rng, { role: 'REVIEWER', gender: rng() < 0.4 ? 'FEMALE' : 'MALE', district: null, at: now })
    buf.add('User', u)
    reviewerIds.push(u.id as string)
  }

  const perProgramme = cyclesPerProgramme(scale)
  const totalApplications = Math.round(100_000 * scale)
  const specs: Omit<CycleSpec, 'applications' | 'fellows' | 'target'>[] = []
  const weights: number[] = []
  // Cycle rows wait until the target number of fellows is known; their form and rubric rows
  // are buffered after them (RowBuffer writes tables in foreign-key order).
  const cycleRows: Record<string, unknown>[] = []
  LARGE_PROGRAMMES.forEach((p, pi) => {
    const programmeId = randomUUID()
    const months = p.kind === 'INTERNSHIP' ? 12 : 24
    buf.add('Programme', {
      id: programmeId,
      slug: p.slug,
      name: p.name,
      nameUr: p.nameUr,
      kind: p.kind,
      level: p.level,
      province: p.province,
      description: p.description,
      descriptionUr: p.descriptionUr,
      funders: p.funders,
      partners: p.funders,
      durationMonths: months,
      stipendPkr: p.stipendPkr,
      createdAt: now,
      updatedAt: now,
    })
    for (let number = 1; number <= perProgramme; number++) {
      const fromNewest = perProgramme - number
      const status = statusAt(fromNewest)
      const d = datesFor(fromNewest, now, months)
      const id = randomUUID()
      const year = d.start.getUTCFullYear()
      const published = status === 'ACTIVE' || status === 'COMPLETED' ? addDays(d.start, -14) : null
      cycleRows.push({
        id,
        programmeId,
        number,
        name: p.kind === 'INTERNSHIP' ? `Cohort ${number} (${year})` : `Cycle ${number} (${year}–${String(year + 2).slice(2)})`,
        status,
        applicationsOpenAt: d.open,
        applicationsCloseAt: d.close,
        startDate: d.start,
        endDate: d.end,
        reportingCadence: 'WEEKLY',
        reportingGraceDays: 3,
        blindReview: true,
        reviewsPerApplication: 2,
        reviewRoundClosedAt: published ? addDays(d.close, 60) : null,
        eligibilityRules: JSON.stringify(p.womenOnly ? [{ kind: 'gender', anyOf: ['FEMALE'] }] : []),
        callDescription: status === 'RECRUITING' ? p.description : null,
        callDescriptionUr: status === 'RECRUITING' ? p.descriptionUr : null,
        preferenceOpensAt: published ? addDays(published, -20) : null,
        preferenceClosesAt: published ? addDays(published, -8) : null,
        placementsPublishedAt: published,
        createdAt: addDays(d.open, -30),
        updatedAt: addDays(d.open, -30),
      })
      formFields(p.districts).forEach((f, position) =>
        buf.add('FormField', {
          id: randomUUID(),
          cycleId: id,
          helpEn: null,
          helpUr: null,
          required: false,
          personal: false,
          ...f,
          options: JSON.stringify('options' in f ? f.options : []),
          position,
        }),
      )
      const criteria = RUBRIC.map((c, position) => {
        const cid = randomUUID()
        buf.add('RubricCriterion', {
          id: cid,
          cycleId: id,
          name: c.name,
          nameUr: c.nameUr,
          description: c.description,
          weight: c.weight,
          anchors: c.anchors,
          position,
        })
        return { id: cid, weight: c.weight }
      })
      const departments = p.departments.map((x) => ({ ...deptRef(x.name), sector: x.sector }))
      specs.push({ id, programme: p, programmeId, number, status, ...d, published, criteria, departments })
      weights.push(pi === 0 && status === 'SELECTING' ? -1 : 0.7 + rng() * 0.6)
    }
  })

  // Applications: the mega call's share first, the rest by weight. Fellows: evenly over the
  // cycles that have them (2,000 at scale 1).
  const rest = weights.filter((w) => w > 0).reduce((a, b) => a + b, 0)
  const fellowCycles = specs.filter((c) => c.status === 'ACTIVE' || c.status === 'COMPLETED').length
  const fellowsEach = Math.max(2, Math.round((2_000 * scale) / fellowCycles))
  const cycles = specs.map((c, i) => {
    const applications = Math.round(
      weights[i] < 0 ? totalApplications * MEGA_SHARE : (totalApplications * (1 - MEGA_SHARE) * weights[i]) / rest,
    )
    const fellows = c.status === 'ACTIVE' || c.status === 'COMPLETED' ? Math.min(fellowsEach, Math.floor(applications * 0.2)) : 0
    return { ...c, applications, fellows, target: fellows || fellowsEach }
  })
  cycleRows.forEach((row, i) => buf.add('Cycle', { ...row, targetFellowCount: cycles[i].target }))
  return { cycles, reviewerIds, staffId }
}
