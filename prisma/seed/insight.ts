// Impact figures fellows recorded on their projects, and what alumni went on to do.
import type { Prisma } from '@prisma/client'
import * as D from './data'
import { addDays, day, insertMany, notNull, sid, type IdOf, type SeedContext } from './helpers'
import { cohortOf, type Cohort } from './cohorts'
import { demo } from './people'
import type { ProjectIdOf } from './projects'

export async function seedImpact({ prisma, count }: SeedContext, cohorts: Cohort[], pid: ProjectIdOf, uid: IdOf) {
  const fellow = demo('FELLOW').email
  const firstOn = (cycleKey: string, title: string) =>
    cohorts.find((c) => c.cycleKey === cycleKey)!.members.find((m) => m.project.title === title)!.email
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
        [
          'School enrolment and attendance dashboard',
          'Schools reporting daily attendance',
          'schools',
          'اسکول',
          5000,
          [600, 1450, 2600],
          'Independent Monitoring Unit data',
        ],
        [
          'Local council grievance tracker',
          'Grievances resolved',
          'grievances',
          'شکایات',
          3000,
          [120, 410, 780],
          'Grievance tracker report',
        ],
        [
          'Motor-vehicle token tax e-payment',
          'Token tax payments made online',
          'payments',
          'ادائیگیاں',
          50000,
          [1500, 6200, 14800],
          'Bank settlement files',
        ],
        [
          'Crop advisory SMS service',
          'Farmers subscribed to advisories',
          'farmers',
          'کسان',
          20000,
          [2300, 5100, 9400],
          'SMS gateway subscriber list',
        ],
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
      values: [12000, 34000, 61000, 88000, 112000, 131000, 148000].map((value, i) => ({
        on: months2021[i + 4],
        value,
        source: 'SMS gateway delivery report',
      })),
    },
  ]
  const metricRows = metrics
    .map((m, position): Prisma.ImpactMetricCreateManyInput | null => {
      const projectId = pid(m.cycleKey, m.project)
      return projectId
        ? {
            id: sid('metric', projectId, m.name),
            projectId,
            name: m.name,
            nameUr: m.nameUr ?? null,
            unit: m.unit,
            unitUr: m.unitUr ?? null,
            target: m.target,
            cumulative: true,
            position: m.project === D.PHARMACY_TITLE ? position : 0,
          }
        : null
    })
    .filter(notNull)
  count('ImpactMetric', await insertMany(metricRows, (data) => prisma.impactMetric.createMany({ data, skipDuplicates: true })))
  const metricDb = await prisma.impactMetric.findMany({
    where: { projectId: { in: metricRows.map((m) => m.projectId) } },
    select: { id: true, projectId: true, name: true },
  })
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

/** The first fellow of each past KP cycle and two of TECH-NIH's. */
export async function seedAlumni({ prisma, count }: SeedContext, cohorts: Cohort[], uid: IdOf) {
  const alumni = [
    ...D.PAST_KP_CYCLES.map((c) => cohortOf(cohorts, `kp-${c.number}`).members[0]),
    ...cohortOf(cohorts, 'nih-1').members.slice(0, 2),
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
}
