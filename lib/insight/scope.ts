// Who may see which cycle's dashboard: staff see every cycle; a partner sees a cycle their
// department takes part in, and only their department's figures. Anything else is "not found".
import 'server-only'
import { getDb } from '../server/db'
import { assertCan } from '../auth/policy'
import { notFound } from '../server/errors'
import type { Viewer } from '../auth/viewer'

const cycleHead = {
  id: true,
  name: true,
  number: true,
  status: true,
  startDate: true,
  endDate: true,
  targetFellowCount: true,
  reportingCadence: true,
  reportingGraceDays: true,
  programme: { select: { id: true, name: true, nameUr: true, slug: true } },
} as const

export interface DashboardScope {
  cycle: Awaited<ReturnType<typeof loadCycle>>
  /** Set for partners: every figure is limited to this department. */
  departmentId: string | null
}

async function loadCycle(where: { id: string; OR?: object[] }) {
  const db = await getDb()
  const c = await db.cycle.findFirst({ where, select: cycleHead })
  if (!c) throw notFound()
  return c
}

/** A partner's department takes part in a cycle when it has a seat request or a project there. */
export function partnerCycleWhere(departmentId: string) {
  return [{ departments: { some: { departmentId } } }, { projects: { some: { departmentId } } }]
}

export async function dashboardScope(viewer: Viewer, cycleId: string): Promise<DashboardScope> {
  assertCan(viewer, 'dashboard:read')
  if (viewer.role === 'PARTNER') {
    if (!viewer.departmentId) throw notFound()
    return { cycle: await loadCycle({ id: cycleId, OR: partnerCycleWhere(viewer.departmentId) }), departmentId: viewer.departmentId }
  }
  return { cycle: await loadCycle({ id: cycleId }), departmentId: null }
}

/** The cycles a viewer may open a dashboard for, newest first. */
export async function dashboardCycles(viewer: Viewer) {
  assertCan(viewer, 'dashboard:read')
  const db = await getDb()
  const where =
    viewer.role === 'PARTNER'
      ? viewer.departmentId
        ? { archivedAt: null, OR: partnerCycleWhere(viewer.departmentId) }
        : { id: { in: [] } }
      : { archivedAt: null }
  return db.cycle.findMany({
    where,
    orderBy: [{ startDate: { sort: 'desc', nulls: 'first' } }, { number: 'desc' }],
    select: { id: true, name: true, number: true, status: true, startDate: true, programme: { select: { name: true, nameUr: true } } },
  })
}
