// Impact metrics of a cycle's projects against their targets. A cumulative metric's figure is
// its latest recorded value; any other metric's figure is the sum of what was recorded.
import 'server-only'
import { Prisma } from '@prisma/client'
import { getDb } from '../../server/db'
import type { Viewer } from '../../auth/viewer'
import { dashboardScope } from '../scope'

export interface MetricRow {
  metricId: string
  name: string
  nameUr: string | null
  unit: string
  target: number | null
  value: number | null
  lastRecordedOn: Date | null
  isPublic: boolean
  projectId: string
  projectTitle: string
  projectTitleUr: string | null
  departmentName: string
  departmentNameUr: string | null
}

/** The figure of each metric, as a SQL expression over metric `m` (shared with the year in review). */
export const METRIC_VALUE_SQL = Prisma.sql`CASE WHEN m.cumulative
  THEN (SELECT v.value FROM "ImpactMetricValue" v WHERE v."metricId" = m.id ORDER BY v."recordedOn" DESC, v."createdAt" DESC LIMIT 1)
  ELSE (SELECT sum(v.value) FROM "ImpactMetricValue" v WHERE v."metricId" = m.id) END`

export async function metricsAgainstTargets(viewer: Viewer, cycleId: string): Promise<MetricRow[]> {
  const { cycle, departmentId } = await dashboardScope(viewer, cycleId)
  const db = await getDb()
  const onlyDept = departmentId ? Prisma.sql`AND p."departmentId" = ${departmentId}::uuid` : Prisma.empty
  const rows = await db.$queryRaw<(Omit<MetricRow, 'target' | 'value'> & { target: string | null; value: string | null })[]>`
    SELECT m.id AS "metricId", m.name, m."nameUr", m.unit, m.target::text AS target, m."isPublic",
      (${METRIC_VALUE_SQL})::text AS value,
      (SELECT max(v."recordedOn") FROM "ImpactMetricValue" v WHERE v."metricId" = m.id) AS "lastRecordedOn",
      p.id AS "projectId", p.title AS "projectTitle", p."titleUr" AS "projectTitleUr",
      dep.name AS "departmentName", dep."nameUr" AS "departmentNameUr"
    FROM "ImpactMetric" m JOIN "Project" p ON p.id = m."projectId" JOIN "Department" dep ON dep.id = p."departmentId"
    WHERE p."cycleId" = ${cycle.id}::uuid ${onlyDept}
    ORDER BY dep.name, p.title, m.position, m.name`
  return rows.map((r) => ({ ...r, target: r.target === null ? null : Number(r.target), value: r.value === null ? null : Number(r.value) }))
}
