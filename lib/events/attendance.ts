// Attendance counted per fellow of a cycle: present, late, excused and absent marks over the
// cycle's sessions (cancelled ones aside), and the rate (policy.ts) the compliance board shows.
import 'server-only'
import { Prisma } from '@prisma/client'
import { getDb } from '../server/db'
import { assertCan } from '../auth/policy'
import type { Viewer } from '../auth/viewer'
import { attendanceRate, type AttendanceCounts } from './policy'

export type FellowAttendance = AttendanceCounts & { rate: number | null }

const none = (): FellowAttendance => ({ present: 0, late: 0, excused: 0, absent: 0, rate: null })

/** Each fellowship's marks in one grouped query; fellowships never marked count nothing. */
export async function attendanceByFellowship(viewer: Viewer, cycleId: string, fellowshipIds: string[]) {
  assertCan(viewer, 'event:manage')
  const out = new Map<string, FellowAttendance>(fellowshipIds.map((id) => [id, none()]))
  if (!fellowshipIds.length) return out
  const db = await getDb()
  const rows = await db.$queryRaw<{ fellowshipId: string; present: number; late: number; excused: number; absent: number }[]>(Prisma.sql`
    SELECT a."fellowshipId"::text AS "fellowshipId",
           count(*) FILTER (WHERE a.mark = 'PRESENT')::int AS present,
           count(*) FILTER (WHERE a.mark = 'LATE')::int AS late,
           count(*) FILTER (WHERE a.mark = 'EXCUSED')::int AS excused,
           count(*) FILTER (WHERE a.mark = 'ABSENT')::int AS absent
      FROM "Attendance" a
      JOIN "CohortEvent" e ON e.id = a."eventId"
     WHERE e."cycleId" = ${cycleId}::uuid AND e."cancelledAt" IS NULL
       AND a."fellowshipId" IN (${Prisma.join(fellowshipIds.map((id) => Prisma.sql`${id}::uuid`))})
     GROUP BY a."fellowshipId"`)
  for (const r of rows) {
    const c = { present: Number(r.present), late: Number(r.late), excused: Number(r.excused), absent: Number(r.absent) }
    out.set(r.fellowshipId, { ...c, rate: attendanceRate(c) })
  }
  return out
}
