// The demo seed's programmes, their cycles and the departments taking part in each cycle.
import type { Prisma } from '@prisma/client'
import * as D from './data'
import { day, insertMany, notNull, sid, type IdOf, type SeedContext } from './helpers'
import { buildCycles, CYCLE_CREATED } from './cycles'
import type { DeptOf } from './departments'
import type { ProjectSpec } from './projects'

/** Writes the programmes and cycles; returns the cycles' ids by key (kp-7, nih-1...). */
export async function seedProgrammesAndCycles({ prisma, count }: SeedContext) {
  count(
    'Programme',
    await insertMany(
      D.PROGRAMMES.map((p): Prisma.ProgrammeCreateManyInput => ({ ...p, id: sid('programme', p.slug), createdAt: day('2015-05-01') })),
      (data) => prisma.programme.createMany({ data, skipDuplicates: true }),
    ),
  )
  const programmes = await prisma.programme.findMany({
    where: { slug: { in: D.PROGRAMMES.map((p) => p.slug) } },
    select: { id: true, slug: true },
  })
  const programmeIds = new Map(programmes.map((p) => [p.slug, p.id]))

  const cycleSpecs = buildCycles()
  count(
    'Cycle',
    await insertMany(
      cycleSpecs
        .map((c): Prisma.CycleCreateManyInput | null => {
          const programmeId = programmeIds.get(c.slug)
          return programmeId
            ? { ...c.data, id: sid('cycle', c.key), programmeId, createdAt: CYCLE_CREATED[c.key] ?? day('2026-09-15') }
            : null
        })
        .filter(notNull),
      (data) => prisma.cycle.createMany({ data, skipDuplicates: true }),
    ),
  )
  const cycleRows = await prisma.cycle.findMany({
    where: { programmeId: { in: [...programmeIds.values()] } },
    select: { id: true, programmeId: true, number: true },
  })
  const cycleIds = new Map<string, string>()
  for (const c of cycleSpecs) {
    const row = cycleRows.find((x) => x.programmeId === programmeIds.get(c.slug) && x.number === c.data.number)
    if (row) cycleIds.set(c.key, row.id)
  }
  const cid: IdOf = (key) => cycleIds.get(key)
  return { cycleIds, cid }
}

/** Seats each department asked for: the past cycles' project seats, cycle 8's own request. */
export async function seedCycleDepartments(
  { prisma, count }: SeedContext,
  projectSpecs: ProjectSpec[],
  cid: IdOf,
  deptOf: DeptOf,
  focalOf: DeptOf,
) {
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
}
