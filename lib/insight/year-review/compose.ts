// The figures of a year in review, composed from the data. A cycle belongs to the year it
// started in (Pakistan time), as in the programme's own annual posts, so no fellow is counted
// in two years; impact figures are those recorded by the end of that year.
import 'server-only'
import { Prisma } from '@prisma/client'
import { getDb } from '../../server/db'
import { num, yearRange } from '../sql'
import { placedIn } from '../datasets/where'
import { MIN_CELL } from '../suppress'
import { unsafeStipendYear, type StipendYear } from './stipends'

export interface YearFigures {
  year: number
  cycles: {
    id: string
    name: string
    status: string
    startDate: Date | null
    programme: { id: string; name: string; nameUr: string | null; slug: string }
    applications: number
    fellows: number
    placed: number
  }[]
  totals: {
    programmes: number
    cycles: number
    applications: number
    fellows: number
    placed: number
    departments: number
    projects: number
    deliverablesApproved: number
  }
  /**
   * Evaluations submitted in the year's cycles (every view), and the mean of the supervisors'
   * scores (1 to 5): numbers only, the mean only from MIN_CELL supervisors' evaluations up.
   */
  evaluations: { completed: number; supervisorMean: number | null }
  /** Stipends paid for the year's cycles (./stipends.ts); absent in reports composed before. */
  stipends?: StipendYear
  projects: { id: string; title: string; titleUr: string | null; status: string; departmentName: string; departmentNameUr: string | null }[]
  highlights: {
    metricId: string
    name: string
    nameUr: string | null
    unit: string
    value: number
    target: number | null
    projectId: string
    projectTitle: string
    projectTitleUr: string | null
    projectStatus: string
    departmentName: string
    departmentNameUr: string | null
  }[]
}

const LIVE_PROJECT = ['APPROVED', 'COMPLETED'] as const

/**
 * Unscoped: the figures are aggregates with no personal data. Callers decide who may see them
 * (staff with report:manage, or anyone once the year's report is published).
 */
export async function unsafeComposeYear(year: number): Promise<YearFigures> {
  const db = await getDb()
  const range = yearRange(year)
  const inYear = { startDate: range, archivedAt: null }
  const [cycles, projects, deliverablesApproved, departments, highlights] = await Promise.all([
    db.cycle.findMany({
      where: inYear,
      orderBy: [{ startDate: 'asc' }, { number: 'asc' }],
      select: {
        id: true,
        name: true,
        status: true,
        startDate: true,
        programme: { select: { id: true, name: true, nameUr: true, slug: true } },
        _count: { select: { applications: { where: { stage: { not: 'DRAFT' } } }, fellowships: true } },
      },
    }),
    db.project.findMany({
      where: { cycle: inYear, status: { in: [...LIVE_PROJECT] } },
      orderBy: [{ department: { name: 'asc' } }, { title: 'asc' }],
      select: { id: true, title: true, titleUr: true, status: true, department: { select: { name: true, nameUr: true } } },
    }),
    db.deliverable.count({ where: { status: 'APPROVED', project: { cycle: inYear } } }),
    db.$queryRaw<{ n: unknown }[]>`
      SELECT count(DISTINCT dep)::int AS n FROM (
        SELECT cd."departmentId" AS dep FROM "CycleDepartment" cd JOIN "Cycle" c ON c.id = cd."cycleId"
          WHERE c."startDate" >= ${range.gte} AND c."startDate" < ${range.lt} AND c."archivedAt" IS NULL
        UNION
        SELECT p."departmentId" FROM "Project" p JOIN "Cycle" c ON c.id = p."cycleId"
          WHERE c."startDate" >= ${range.gte} AND c."startDate" < ${range.lt} AND c."archivedAt" IS NULL AND p.status IN ('APPROVED', 'COMPLETED')
      ) d`,
    db.$queryRaw<(Omit<YearFigures['highlights'][number], 'value' | 'target'> & { value: string | null; target: string | null })[]>`
      SELECT m.id AS "metricId", m.name, m."nameUr", m.unit, m.target::text AS target,
        (CASE WHEN m.cumulative
          THEN (SELECT v.value FROM "ImpactMetricValue" v WHERE v."metricId" = m.id AND v."recordedOn" < ${range.lt} ORDER BY v."recordedOn" DESC, v."createdAt" DESC LIMIT 1)
          ELSE (SELECT sum(v.value) FROM "ImpactMetricValue" v WHERE v."metricId" = m.id AND v."recordedOn" < ${range.lt}) END)::text AS value,
        p.id AS "projectId", p.title AS "projectTitle", p."titleUr" AS "projectTitleUr", p.status::text AS "projectStatus",
        dep.name AS "departmentName", dep."nameUr" AS "departmentNameUr"
      FROM "ImpactMetric" m JOIN "Project" p ON p.id = m."projectId" JOIN "Cycle" c ON c.id = p."cycleId" JOIN "Department" dep ON dep.id = p."departmentId"
      WHERE m."isPublic" AND c."startDate" >= ${range.gte} AND c."startDate" < ${range.lt} AND c."archivedAt" IS NULL
        AND p.status IN (${Prisma.join([...LIVE_PROJECT])})
      ORDER BY dep.name, p.title, m.position, m.name`,
  ])
  const evaluations = await db.$queryRaw<{ completed: unknown; supervisors: unknown; mean: unknown }[]>`
    SELECT count(*)::int AS completed,
      count(*) FILTER (WHERE e.direction = 'SUPERVISOR')::int AS supervisors,
      (SELECT avg((s.answers ->> cr.id::text)::numeric)::float8
        FROM "Evaluation" s JOIN "EvaluationRound" sr ON sr.id = s."roundId" JOIN "Cycle" sc ON sc.id = sr."cycleId"
        JOIN "EvaluationCriterion" cr ON cr."roundId" = sr.id AND cr.direction = 'SUPERVISOR' AND cr.kind = 'SCALE'
        WHERE s.direction = 'SUPERVISOR' AND s.status = 'SUBMITTED' AND jsonb_typeof(s.answers -> cr.id::text) = 'number'
          AND sc."startDate" >= ${range.gte} AND sc."startDate" < ${range.lt} AND sc."archivedAt" IS NULL) AS mean
    FROM "Evaluation" e JOIN "EvaluationRound" r ON r.id = e."roundId" JOIN "Cycle" c ON c.id = r."cycleId"
    WHERE e.status = 'SUBMITTED' AND c."startDate" >= ${range.gte} AND c."startDate" < ${range.lt} AND c."archivedAt" IS NULL`
  const ev = evaluations[0]
  const stipends = await unsafeStipendYear(year)
  const placed = await db.fellowship.groupBy({
    by: ['cycleId'],
    where: { cycleId: { in: cycles.map((c) => c.id) }, placements: placedIn() },
    _count: { _all: true },
  })
  const placedBy = new Map(placed.map((p) => [p.cycleId, p._count._all]))
  const rows = cycles.map((c) => ({
    id: c.id,
    name: c.name,
    status: c.status,
    startDate: c.startDate,
    programme: c.programme,
    applications: c._count.applications,
    fellows: c._count.fellowships,
    placed: placedBy.get(c.id) ?? 0,
  }))
  const sum = (k: 'applications' | 'fellows' | 'placed') => rows.reduce((s, r) => s + r[k], 0)
  return {
    year,
    cycles: rows,
    totals: {
      programmes: new Set(rows.map((r) => r.programme.id)).size,
      cycles: rows.length,
      applications: sum('applications'),
      fellows: sum('fellows'),
      placed: sum('placed'),
      departments: num(departments[0]?.n),
      projects: projects.length,
      deliverablesApproved,
    },
    evaluations: {
      completed: num(ev?.completed),
      supervisorMean:
        num(ev?.supervisors) >= MIN_CELL && ev?.mean !== null && ev?.mean !== undefined ? Math.round(Number(ev.mean) * 10) / 10 : null,
    },
    stipends,
    projects: projects.map((p) => ({
      id: p.id,
      title: p.title,
      titleUr: p.titleUr,
      status: p.status,
      departmentName: p.department.name,
      departmentNameUr: p.department.nameUr,
    })),
    highlights: highlights
      .map((h) => ({ ...h, value: h.value === null ? 0 : Number(h.value), target: h.target === null ? null : Number(h.target) }))
      .filter((h) => h.value > 0),
  }
}
