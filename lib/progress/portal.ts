// The department portal: a partner's projects, the fellows placed with them (last update,
// missing updates), deliverables awaiting their decision, overdue items and recent updates.
import 'server-only'
import { getDb } from '../server/db'
import { assertCan } from '../auth/policy'
import type { Viewer } from '../auth/viewer'
import { fellowshipWhereFor, livePlacement } from '../fellowships/scope'
import { periodPhase, reportingPeriods } from './periods'
import { listRecentUpdates } from './queries'
import { pageDeliverables } from '../deliverables/queries'

/** How many awaiting and overdue deliverables the portal lists; the rest are a link away. */
export const PORTAL_LIST = 10

/**
 * The department's active fellows with their last update and how many closed periods have no
 * submitted update. Counted in SQL (two grouped statements over the covering index), not by
 * loading every fellow's every update: a department's fellows write hundreds of them.
 */
async function fellowsOf(viewer: Viewer, departmentId: string, now: Date) {
  const db = await getDb()
  const fellowships = await db.fellowship.findMany({
    where: { ...fellowshipWhereFor(viewer), status: 'ACTIVE' },
    orderBy: { user: { name: 'asc' } },
    select: {
      id: true,
      user: { select: { name: true } },
      cycle: { select: { startDate: true, endDate: true, reportingCadence: true, reportingGraceDays: true } },
      placements: {
        where: { ...livePlacement, project: { departmentId } },
        select: { project: { select: { id: true, title: true, titleUr: true } } },
      },
    },
  })
  if (fellowships.length === 0) return []
  // Periods close in order, so a fellowship's closed periods are those before the first open one.
  const closed = new Map(fellowships.map((f) => [f.id, reportingPeriods(f.cycle).filter((p) => periodPhase(p, now) === 'closed').length]))
  const byClosed = new Map<number, string[]>()
  for (const [id, k] of closed) if (k > 0) byClosed.set(k, [...(byClosed.get(k) ?? []), id])
  const ids = fellowships.map((f) => f.id)
  const [latest, done] = await Promise.all([
    db.progressUpdate.groupBy({
      by: ['fellowshipId'],
      where: { fellowshipId: { in: ids }, status: 'SUBMITTED' },
      _max: { submittedAt: true },
    }),
    byClosed.size
      ? db.progressUpdate.groupBy({
          by: ['fellowshipId'],
          where: { status: 'SUBMITTED', OR: [...byClosed].map(([k, of]) => ({ fellowshipId: { in: of }, periodIndex: { lt: k } })) },
          _count: { _all: true },
        })
      : [],
  ])
  const last = new Map(latest.map((r) => [r.fellowshipId, r._max.submittedAt]))
  const submitted = new Map(done.map((r) => [r.fellowshipId, r._count._all]))
  return fellowships.map((f) => ({
    fellowshipId: f.id,
    name: f.user.name,
    projects: f.placements.map((p) => p.project),
    lastUpdate: last.get(f.id) ?? null,
    missing: Math.max(0, (closed.get(f.id) ?? 0) - (submitted.get(f.id) ?? 0)),
  }))
}

export async function partnerPortal(viewer: Viewer, now = new Date()) {
  assertCan(viewer, 'progress:read:department')
  if (!viewer.departmentId) return null
  const departmentId = viewer.departmentId
  const db = await getDb()
  const [department, fellows, projects, awaiting, open, recent] = await Promise.all([
    db.department.findUnique({ where: { id: departmentId }, select: { id: true, name: true, nameUr: true } }),
    fellowsOf(viewer, departmentId, now),
    db.project.findMany({
      where: { departmentId, cycle: { status: { in: ['PLACING', 'ACTIVE'] } } },
      orderBy: { title: 'asc' },
      select: {
        id: true,
        title: true,
        titleUr: true,
        status: true,
        cycle: { select: { name: true, nameUr: true, programme: { select: { name: true, nameUr: true } } } },
      },
    }),
    // What this partner can decide on: those naming them, or naming nobody.
    pageDeliverables(viewer, { awaitingReview: true, decidableBy: viewer.userId }, 1, PORTAL_LIST),
    pageDeliverables(viewer, { activeCycles: true, overdueAt: now }, 1, PORTAL_LIST),
    listRecentUpdates(viewer, { take: 5 }),
  ])
  return {
    department,
    projects,
    fellows,
    awaiting: awaiting.rows,
    awaitingTotal: awaiting.total,
    overdue: open.rows,
    overdueTotal: open.total,
    recent: recent.rows,
  }
}

export type PartnerPortal = NonNullable<Awaited<ReturnType<typeof partnerPortal>>>
