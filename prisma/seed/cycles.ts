// The seeded cycles of each programme, with their dates and rules (no database).
import type { Prisma } from '@prisma/client'
import * as D from './data'
import { at, day } from './helpers'

export interface CycleSpec {
  key: string
  slug: string
  data: Omit<Prisma.CycleCreateManyInput, 'programmeId' | 'id'>
}

/** When each seeded cycle was set up (its people's accounts follow a few hours later). */
export const CYCLE_CREATED: Record<string, Date> = {
  'kp-7': day('2021-06-20'),
  'nih-1': day('2020-11-10'),
  'women-1': day('2021-09-10'),
  ...Object.fromEntries(D.PAST_KP_CYCLES.map((c) => [`kp-${c.number}`, day(`${c.year}-06-10`)])),
}

const KP_RULES = [
  { kind: 'age', min: 21, max: 30 },
  { kind: 'degree', anyOf: D.ACCEPTED_DEGREES },
]

export function buildCycles(): CycleSpec[] {
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
