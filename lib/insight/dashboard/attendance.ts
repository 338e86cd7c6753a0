// Attendance at a cycle's sessions for its dashboard: the cycle's rate, how many sessions had
// attendance taken, and fellows by their own rate in bands (the rate is lib/events/policy.ts:
// present and late over present, late and absent; excused and cancelled sessions not counted).
import 'server-only'
import { Prisma } from '@prisma/client'
import { getDb } from '../../server/db'
import type { Viewer } from '../../auth/viewer'
import { ATTENDANCE_BANDS, attendanceBand, attendanceRate, type AttendanceBand } from '../../events/policy'
import { dashboardScope } from '../scope'
import { num } from '../sql'

export interface AttendanceSummary {
  sessions: number
  rate: number | null
  bands: Record<AttendanceBand, number>
}

export async function attendanceSummary(viewer: Viewer, cycleId: string): Promise<AttendanceSummary> {
  const { cycle, departmentId } = await dashboardScope(viewer, cycleId)
  const db = await getDb()
  const onlyDept = departmentId
    ? Prisma.sql`AND EXISTS (SELECT 1 FROM "Placement" pl JOIN "Project" p ON p.id = pl."projectId"
        WHERE pl."fellowshipId" = f.id AND pl.status IN ('ACTIVE', 'ENDED') AND p."departmentId" = ${departmentId}::uuid)`
    : Prisma.empty
  // Every fellow expected at sessions (active or completed), with their marks counted, if any.
  const [fellows, sessions] = await Promise.all([
    db.$queryRaw<{ present: unknown; late: unknown; excused: unknown; absent: unknown }[]>`
      SELECT count(a.id) FILTER (WHERE a.mark = 'PRESENT')::int AS present,
             count(a.id) FILTER (WHERE a.mark = 'LATE')::int AS late,
             count(a.id) FILTER (WHERE a.mark = 'EXCUSED')::int AS excused,
             count(a.id) FILTER (WHERE a.mark = 'ABSENT')::int AS absent
        FROM "Fellowship" f
        LEFT JOIN "Attendance" a ON a."fellowshipId" = f.id
         AND a."eventId" IN (SELECT e.id FROM "CohortEvent" e WHERE e."cycleId" = ${cycle.id}::uuid AND e."cancelledAt" IS NULL)
       WHERE f."cycleId" = ${cycle.id}::uuid AND f.status IN ('ACTIVE', 'COMPLETED') ${onlyDept}
       GROUP BY f.id`,
    db.$queryRaw<{ n: unknown }[]>`
      SELECT count(DISTINCT e.id)::int AS n FROM "CohortEvent" e JOIN "Attendance" a ON a."eventId" = e.id
       WHERE e."cycleId" = ${cycle.id}::uuid AND e."cancelledAt" IS NULL`,
  ])
  const bands = Object.fromEntries(ATTENDANCE_BANDS.map((b) => [b, 0])) as Record<AttendanceBand, number>
  const total = { present: 0, late: 0, excused: 0, absent: 0 }
  for (const r of fellows) {
    const c = { present: num(r.present), late: num(r.late), excused: num(r.excused), absent: num(r.absent) }
    bands[attendanceBand(attendanceRate(c))]++
    total.present += c.present
    total.late += c.late
    total.excused += c.excused
    total.absent += c.absent
  }
  return { sessions: num(sessions[0]?.n), rate: attendanceRate(total), bands }
}
