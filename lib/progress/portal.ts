// The department portal: a partner's projects, the fellows placed with them (last update,
// missing updates), deliverables awaiting their decision, overdue items and recent updates.
import 'server-only'
import { getDb } from '../server/db'
import { assertCan } from '../auth/policy'
import type { Viewer } from '../auth/viewer'
import { fellowshipWhereFor, livePlacement } from './scope'
import { periodPhase, reportingPeriods } from './periods'
import { listRecentUpdates } from './queries'
import { pageDeliverables } from '../deliverables/queries'

/** How many awaiting and overdue deliverables the portal lists; the rest are a link away. */
export const PORTAL_LIST = 10

export async function partnerPortal(viewer: Viewer, now = new Date()) {
  assertCan(viewer, 'progress:read:department')
  if (!viewer.departmentId) return null
  const departmentId = viewer.departmentId
  const db = await getDb()
  const [department, fellowships, projects, awaiting, open, recent] = await Promise.all([
    db.department.findUnique({ where: { id: departmentId }, select: { id: true, name: true, nameUr: true } }),
    db.fellowship.findMany({
      where: { ...fellowshipWhereFor(viewer), status: 'ACTIVE' },
      orderBy: { user: { name: 'asc' } },
      select: {
        id: true,
        user: { select: { name: true } },
        cycle: { select: { startDate: true, endDate: true, reportingCadence: true, reportingGraceDays: true } },
        placements: { where: { ...livePlacement, project: { departmentId } }, select: { project: { select: { id: true, title: true, titleUr: true } } } },
        updates: { where: { status: 'SUBMITTED' }, select: { periodIndex: true, submittedAt: true } },
      },
    }),
    db.project.findMany({
      where: { departmentId, cycle: { status: { in: ['PLACING', 'ACTIVE'] } } },
      orderBy: { title: 'asc' },
      select: { id: true, title: true, titleUr: true, status: true, cycle: { select: { name: true, programme: { select: { name: true, nameUr: true } } } } },
    }),
    // What this partner can decide on: those naming them, or naming nobody.
    pageDeliverables(viewer, { awaitingReview: true, decidableBy: viewer.userId }, 1, PORTAL_LIST),
    pageDeliverables(viewer, { activeCycles: true, overdueAt: now }, 1, PORTAL_LIST),
    listRecentUpdates(viewer, { take: 5 }),
  ])
  const fellows = fellowships.map((f) => {
    const submitted = new Set(f.updates.map((u) => u.periodIndex))
    const closed = reportingPeriods(f.cycle).filter((p) => periodPhase(p, now) === 'closed')
    const last = f.updates.reduce<Date | null>((acc, u) => (u.submittedAt && (!acc || u.submittedAt > acc) ? u.submittedAt : acc), null)
    return {
      fellowshipId: f.id,
      name: f.user.name,
      projects: f.placements.map((p) => p.project),
      lastUpdate: last,
      missing: closed.filter((p) => !submitted.has(p.index)).length,
    }
  })
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
