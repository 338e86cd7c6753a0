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
  // Withdrawn and terminated fellows are not expected to report, but an update they did
  // submit still counts. The cycle's submitted updates are counted per period (an index range
  // per fellowship), and "not submitted" is the expected fellows less those who did: crossing
  // every fellowship with every period took a second on a weekly-reporting cycle.
  const [rows, expected] = await Promise.all([
    db.$queryRaw<{ period: number; onTime: unknown; late: unknown; expectedDone: unknown }[]>`
      SELECT u."periodIndex" AS period,
        count(*) FILTER (WHERE NOT u.late)::int AS "onTime",
        count(*) FILTER (WHERE u.late)::int AS late,
        count(*) FILTER (WHERE f.status NOT IN ('WITHDRAWN', 'TERMINATED'))::int AS "expectedDone"
      FROM "Fellowship" f
      JOIN "ProgressUpdate" u ON u."fellowshipId" = f.id AND u."periodIndex" < ${periods.length}::int AND u.status = 'SUBMITTED'
      WHERE f."cycleId" = ${cycle.id}::uuid ${onlyDept}
      GROUP BY u."periodIndex"`,
    db.$queryRaw<{ n: unknown }[]>`
      SELECT count(*)::int AS n FROM "Fellowship" f
      WHERE f."cycleId" = ${cycle.id}::uuid AND f.status NOT IN ('WITHDRAWN', 'TERMINATED') ${onlyDept}`,
  ])
  const expectedFellows = num(expected[0]?.n)
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
      notSubmitted: expectedFellows - num(r?.expectedDone),
    }
  })
}
