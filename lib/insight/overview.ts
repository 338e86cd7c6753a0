// The organisation across the years: per year (of a cycle's start), cycles, applications,
// fellows, departments partnered, projects delivered and alumni; for one programme or all.
import 'server-only'
import { Prisma } from '@prisma/client'
import { getDb } from '../server/db'
import { assertCan } from '../auth/policy'
import type { Viewer } from '../auth/viewer'
import { karachiYear, num } from './sql'
import { ALUMNI_SQL } from './alumni/where'

export interface YearRow {
  year: number
  cycles: number
  applications: number
  fellows: number
  departments: number
  projects: number
  alumni: number
}

export async function yearsOverview(viewer: Viewer, f: { programme?: string } = {}) {
  assertCan(viewer, 'dashboard:read:any')
  const db = await getDb()
  const prog = f.programme ? Prisma.sql`AND c."programmeId" = ${f.programme}::uuid` : Prisma.empty
  const year = karachiYear('c."startDate"')
  // Per cycle, then summed per year: each count is an index lookup by cycle.
  const [rows, depts, allDepts] = await Promise.all([
    db.$queryRaw<Record<keyof YearRow, unknown>[]>`
      SELECT ${year} AS year, count(*)::int AS cycles,
        sum((SELECT count(*) FROM "Application" a WHERE a."cycleId" = c.id AND a.stage <> 'DRAFT'))::int AS applications,
        sum((SELECT count(*) FROM "Fellowship" f WHERE f."cycleId" = c.id))::int AS fellows,
        sum((SELECT count(*) FROM "Project" p WHERE p."cycleId" = c.id AND p.status = 'COMPLETED'))::int AS projects,
        sum((SELECT count(*) FROM "Fellowship" f WHERE f."cycleId" = c.id AND ${ALUMNI_SQL}))::int AS alumni
      FROM "Cycle" c
      WHERE c."startDate" IS NOT NULL AND c."archivedAt" IS NULL ${prog}
      GROUP BY 1 ORDER BY 1 DESC`,
    db.$queryRaw<{ year: unknown; n: unknown }[]>`
      SELECT year, count(DISTINCT dep)::int AS n FROM (
        SELECT ${year} AS year, cd."departmentId" AS dep FROM "CycleDepartment" cd JOIN "Cycle" c ON c.id = cd."cycleId"
          WHERE c."startDate" IS NOT NULL AND c."archivedAt" IS NULL ${prog}
        UNION
        SELECT ${year}, p."departmentId" FROM "Project" p JOIN "Cycle" c ON c.id = p."cycleId"
          WHERE c."startDate" IS NOT NULL AND c."archivedAt" IS NULL AND p.status IN ('APPROVED', 'COMPLETED') ${prog}
      ) d GROUP BY year`,
    db.$queryRaw<{ n: unknown }[]>`
      SELECT count(DISTINCT dep)::int AS n FROM (
        SELECT cd."departmentId" AS dep FROM "CycleDepartment" cd JOIN "Cycle" c ON c.id = cd."cycleId" WHERE c."startDate" IS NOT NULL AND c."archivedAt" IS NULL ${prog}
        UNION
        SELECT p."departmentId" FROM "Project" p JOIN "Cycle" c ON c.id = p."cycleId" WHERE c."startDate" IS NOT NULL AND c."archivedAt" IS NULL AND p.status IN ('APPROVED', 'COMPLETED') ${prog}
      ) d`,
  ])
  const deptsBy = new Map(depts.map((d) => [num(d.year), num(d.n)]))
  const years: YearRow[] = rows.map((r) => ({
    year: num(r.year),
    cycles: num(r.cycles),
    applications: num(r.applications),
    fellows: num(r.fellows),
    departments: deptsBy.get(num(r.year)) ?? 0,
    projects: num(r.projects),
    alumni: num(r.alumni),
  }))
  const sum = (k: keyof YearRow) => years.reduce((s, y) => s + y[k], 0)
  // A department partnered in several years counts once in the total.
  const total = {
    cycles: sum('cycles'),
    applications: sum('applications'),
    fellows: sum('fellows'),
    departments: num(allDepts[0]?.n),
    projects: sum('projects'),
    alumni: sum('alumni'),
  }
  return { years, total }
}
