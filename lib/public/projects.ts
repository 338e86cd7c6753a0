// Completed projects and their public impact figures, for the public site and open data.
import 'server-only'
import { Prisma } from '@prisma/client'
import { getDb } from '../server/db'
import { karachiYear, yearRange } from '../insight/sql'

export interface PublicProjectFilter {
  programme?: string // slug
  year?: number
}

const projectCard = {
  id: true,
  title: true,
  titleUr: true,
  summary: true,
  department: { select: { name: true, nameUr: true } },
  cycle: { select: { name: true, nameUr: true, startDate: true, programme: { select: { slug: true, name: true, nameUr: true } } } },
} as const

function where(f: PublicProjectFilter): Prisma.ProjectWhereInput {
  return {
    status: 'COMPLETED',
    cycle: { archivedAt: null, programme: { archivedAt: null, ...(f.programme ? { slug: f.programme } : {}) }, ...(f.year ? { startDate: yearRange(f.year) } : {}) },
  }
}

export async function listCompletedProjects(f: PublicProjectFilter = {}) {
  const db = await getDb()
  const projects = await db.project.findMany({ where: where(f), orderBy: [{ cycle: { startDate: 'desc' } }, { title: 'asc' }], select: projectCard })
  const impact = await publicImpact(projects.map((p) => p.id))
  return projects.map((p) => ({ ...p, impact: impact.get(p.id) ?? [] }))
}

export async function getCompletedProject(id: string) {
  const db = await getDb()
  const p = await db.project.findFirst({
    where: { id, ...where({}) },
    select: { ...projectCard, problemStatement: true, problemStatementUr: true, expectedOutcomes: true },
  })
  if (!p) return null
  return { ...p, impact: (await publicImpact([p.id])).get(p.id) ?? [] }
}

export interface PublicFigure {
  projectId: string
  name: string
  nameUr: string | null
  unit: string
  value: number
  target: number | null
  recordedOn: Date | null
}

/** Public measures of the given projects with their figure (latest running total, or sum). */
export async function publicImpact(projectIds: string[]): Promise<Map<string, PublicFigure[]>> {
  const out = new Map<string, PublicFigure[]>()
  if (!projectIds.length) return out
  const db = await getDb()
  const rows = await db.$queryRaw<(Omit<PublicFigure, 'value' | 'target'> & { value: string | null; target: string | null })[]>`
    SELECT m."projectId", m.name, m."nameUr", m.unit, m.target::text AS target,
      (CASE WHEN m.cumulative
        THEN (SELECT v.value FROM "ImpactMetricValue" v WHERE v."metricId" = m.id ORDER BY v."recordedOn" DESC, v."createdAt" DESC LIMIT 1)
        ELSE (SELECT sum(v.value) FROM "ImpactMetricValue" v WHERE v."metricId" = m.id) END)::text AS value,
      (SELECT max(v."recordedOn") FROM "ImpactMetricValue" v WHERE v."metricId" = m.id) AS "recordedOn"
    FROM "ImpactMetric" m
    WHERE m."isPublic" AND m."projectId" IN (${Prisma.join(projectIds.map((id) => Prisma.sql`${id}::uuid`))})
    ORDER BY m.position, m.name`
  for (const r of rows) {
    if (r.value === null) continue
    const list = out.get(r.projectId) ?? []
    list.push({ ...r, value: Number(r.value), target: r.target === null ? null : Number(r.target) })
    out.set(r.projectId, list)
  }
  return out
}

/** Years (of the cycle's start) that have completed projects, newest first, for the filter. */
export async function completedProjectYears(): Promise<number[]> {
  const db = await getDb()
  const rows = await db.$queryRaw<{ year: unknown }[]>`
    SELECT DISTINCT ${karachiYear('c."startDate"')} AS year
    FROM "Project" p JOIN "Cycle" c ON c.id = p."cycleId"
    WHERE p.status = 'COMPLETED' AND c."startDate" IS NOT NULL AND c."archivedAt" IS NULL
    ORDER BY 1 DESC`
  return rows.map((r) => Number(r.year))
}
