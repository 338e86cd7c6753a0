// The staff compliance board of a cycle: fellows x reporting periods, each cell done / late /
// missing / due, with per-fellow totals counted in SQL; filterable by department.
import 'server-only'
import { Prisma } from '@prisma/client'
import { getDb } from '../server/db'
import { assertCan } from '../auth/policy'
import { notFound } from '../server/errors'
import type { Viewer } from '../auth/viewer'
import { cycleHeadSelect } from '../cycles/select'
import { periodPhase, reportingPeriods, startedPeriods, type PeriodStatus } from './periods'
import { attendanceByFellowship } from '../events/attendance'

// Fellows who left the programme are not chased for updates.
const COUNTED = ['ACTIVE', 'COMPLETED'] as const
// The placement that names a fellow's department: the current one, or the one that ended with the cycle.
const CURRENT = { status: { in: ['ACTIVE', 'ENDED'] } } satisfies Prisma.PlacementWhereInput

export async function complianceBoard(viewer: Viewer, cycleId: string, filter: { departmentId?: string } = {}, now = new Date()) {
  assertCan(viewer, 'compliance:read')
  const db = await getDb()
  const cycle = await db.cycle.findUnique({
    where: { id: cycleId },
    select: {
      ...cycleHeadSelect,
      startDate: true,
      endDate: true,
      reportingCadence: true,
      reportingGraceDays: true,
      projects: { select: { department: { select: { id: true, name: true, nameUr: true } } } },
    },
  })
  if (!cycle) throw notFound()
  const all = reportingPeriods(cycle)
  const periods = startedPeriods(all, now)
  // Periods end in order, so the closed ones are the first few.
  const closed = periods.filter((p) => periodPhase(p, now) === 'closed').length

  const fellowships = await db.fellowship.findMany({
    where: {
      cycleId,
      status: { in: [...COUNTED] },
      ...(filter.departmentId ? { placements: { some: { ...CURRENT, project: { departmentId: filter.departmentId } } } } : {}),
    },
    orderBy: { user: { name: 'asc' } },
    select: {
      id: true,
      user: { select: { name: true } },
      placements: {
        where: CURRENT,
        orderBy: { createdAt: 'desc' },
        take: 1,
        select: {
          project: { select: { id: true, title: true, titleUr: true, department: { select: { id: true, name: true, nameUr: true } } } },
        },
      },
    },
  })
  const ids = fellowships.map((f) => f.id)

  type Totals = { fellowshipId: string; done: number; late: number; closedSubmitted: number }
  const totals: Totals[] = ids.length
    ? (
        await db.$queryRaw<{ fellowshipId: string; done: bigint; late: bigint; closedSubmitted: bigint }[]>(Prisma.sql`
          SELECT "fellowshipId"::text AS "fellowshipId",
                 COUNT(*) FILTER (WHERE NOT "late") AS "done",
                 COUNT(*) FILTER (WHERE "late") AS "late",
                 COUNT(*) FILTER (WHERE "periodIndex" < ${closed}) AS "closedSubmitted"
            FROM "ProgressUpdate"
           WHERE "status" = 'SUBMITTED'
             AND "periodIndex" < ${periods.length}
             AND "fellowshipId" IN (${Prisma.join(ids.map((id) => Prisma.sql`${id}::uuid`))})
           GROUP BY "fellowshipId"`)
      ).map((r) => ({
        fellowshipId: r.fellowshipId,
        done: Number(r.done),
        late: Number(r.late),
        closedSubmitted: Number(r.closedSubmitted),
      }))
    : []
  const totalsOf = new Map(totals.map((t) => [t.fellowshipId, t]))

  const cells = ids.length
    ? await db.progressUpdate.findMany({
        where: { fellowshipId: { in: ids }, status: 'SUBMITTED', periodIndex: { lt: periods.length } },
        select: { id: true, fellowshipId: true, periodIndex: true, late: true },
      })
    : []
  const cellOf = new Map(cells.map((c) => [`${c.fellowshipId}:${c.periodIndex}`, c]))
  // Attendance at the cycle's sessions (lib/events): one grouped query for every fellow shown.
  const attendance = await attendanceByFellowship(viewer, cycleId, ids)

  const rows = fellowships.map((f) => {
    const t = totalsOf.get(f.id) ?? { done: 0, late: 0, closedSubmitted: 0 }
    return {
      fellowshipId: f.id,
      name: f.user.name,
      project: f.placements[0]?.project ?? null,
      cells: periods.map((p) => {
        const u = cellOf.get(`${f.id}:${p.index}`)
        const status: PeriodStatus = u ? (u.late ? 'late' : 'done') : p.index < closed ? 'missing' : 'due'
        return { index: p.index, status, updateId: u?.id ?? null }
      }),
      done: t.done,
      late: t.late,
      missing: closed - t.closedSubmitted,
      attendance: attendance.get(f.id) ?? null,
    }
  })

  const departments = [...new Map(cycle.projects.map((p) => [p.department.id, p.department])).values()].sort((a, b) =>
    a.name.localeCompare(b.name),
  )
  const { projects: _projects, ...c } = cycle
  return {
    cycle: c,
    periods,
    totalPeriods: all.length,
    closed,
    departments,
    rows,
    totals: {
      done: rows.reduce((s, r) => s + r.done, 0),
      late: rows.reduce((s, r) => s + r.late, 0),
      missing: rows.reduce((s, r) => s + r.missing, 0),
    },
  }
}

export type ComplianceBoard = Awaited<ReturnType<typeof complianceBoard>>
