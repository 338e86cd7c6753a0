// Update compliance of a cycle, period by period: updates on time, late, and fellows who have
// not submitted (missing once the period's window has closed, still due before that).
import 'server-only'
import { Prisma } from '@prisma/client'
import { getDb } from '../../server/db'
import type { Viewer } from '../../auth/viewer'
import { reportingPeriods, startedPeriods, lastDayOf, periodPhase } from '../../progress/periods'
import { dashboardScope } from '../scope'
import { num } from '../sql'

export interface ComplianceRow {
  period: number
  start: Date
  lastDay: Date
  /** True once the window has closed: an update not in by now is missing. */
  closed: boolean
  onTime: number
  late: number
  notSubmitted: number
}

export async function updateCompliance(viewer: Viewer, cycleId: string, now = new Date()): Promise<ComplianceRow[]> {
  const { cycle, departmentId } = await dashboardScope(viewer, cycleId)
  const periods = startedPeriods(reportingPeriods(cycle), now)
  if (!periods.length) return []
  const db = await getDb()
  const onlyDept = departmentId
    ? Prisma.sql`AND EXISTS (SELECT 1 FROM "Placement" pl JOIN "Project" p ON p.id = pl."projectId"
        WHERE pl."fellowshipId" = f.id AND pl.status IN ('ACTIVE', 'ENDED') AND p."departmentId" = ${departmentId}::uuid)`
    : Prisma.empty
  // Every fellowship against every started period; withdrawn and terminated fellows are not
  // expected to report, but an update they did submit still counts.
  const rows = await db.$queryRaw<{ period: number; onTime: unknown; late: unknown; notSubmitted: unknown }[]>`
    SELECT p.idx::int AS period,
      count(*) FILTER (WHERE u.status = 'SUBMITTED' AND NOT u.late)::int AS "onTime",
      count(*) FILTER (WHERE u.status = 'SUBMITTED' AND u.late)::int AS late,
      count(*) FILTER (WHERE (u.id IS NULL OR u.status <> 'SUBMITTED') AND f.status NOT IN ('WITHDRAWN', 'TERMINATED'))::int AS "notSubmitted"
    FROM "Fellowship" f
    CROSS JOIN generate_series(0, ${periods.length - 1}::int) AS p(idx)
    LEFT JOIN "ProgressUpdate" u ON u."fellowshipId" = f.id AND u."periodIndex" = p.idx
    WHERE f."cycleId" = ${cycle.id}::uuid ${onlyDept}
    GROUP BY p.idx ORDER BY p.idx`
  const byPeriod = new Map(rows.map((r) => [num(r.period), r]))
  return periods.map((p) => {
    const r = byPeriod.get(p.index)
    return {
      period: p.index,
      start: p.start,
      lastDay: lastDayOf(p),
      closed: periodPhase(p, now) === 'closed',
      onTime: num(r?.onTime),
      late: num(r?.late),
      notSubmitted: num(r?.notSubmitted),
    }
  })
}
