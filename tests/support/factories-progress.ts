// Builders for progress tests: a fellow placed on a department's project in an active cycle,
// partners of that department, deliverables, submissions and metrics.
import { randomUUID } from 'node:crypto'
import { getDb } from '../../lib/server/db'
import { makeCycle, makeDepartment, makeUser, viewerOf } from './factories'

const pk = (d: string) => new Date(`${d}T00:00:00+05:00`)

export interface PlacedOptions {
  cycleId?: string
  departmentId?: string
  projectId?: string
  cadence?: 'WEEKLY' | 'FORTNIGHTLY' | 'MONTHLY'
  startDate?: Date
  endDate?: Date
  graceDays?: number
  fellowName?: string
  placementStatus?: 'PROPOSED' | 'ACTIVE' | 'TRANSFERRED' | 'ENDED'
  published?: boolean
}

/** A cycle (fortnightly from 1 Oct 2026 to 31 Dec 2026 unless told), a project and a placed fellow. */
export async function makePlacedFellow(o: PlacedOptions = {}) {
  const db = await getDb()
  let cycleId = o.cycleId
  if (!cycleId) {
    const c = await makeCycle({ status: 'ACTIVE', startDate: o.startDate ?? pk('2026-10-01'), endDate: o.endDate ?? pk('2026-12-31') })
    await db.cycle.update({
      where: { id: c.id },
      data: { reportingCadence: o.cadence ?? 'FORTNIGHTLY', reportingGraceDays: o.graceDays ?? 3 },
    })
    cycleId = c.id
  }
  const departmentId =
    o.departmentId ??
    (o.projectId ? (await db.project.findUniqueOrThrow({ where: { id: o.projectId } })).departmentId : (await makeDepartment()).id)
  const project = o.projectId
    ? await db.project.findUniqueOrThrow({ where: { id: o.projectId } })
    : await db.project.create({
        data: {
          cycleId,
          departmentId,
          title: `Project ${randomUUID().slice(0, 8)}`,
          problemStatement: 'Paper records',
          status: 'APPROVED',
          seats: 2,
        },
      })
  const user = await makeUser('FELLOW', o.fellowName ? { name: o.fellowName } : {})
  const fellowship = await db.fellowship.create({ data: { userId: user.id, cycleId, status: 'ACTIVE' } })
  const placement = await db.placement.create({
    data: {
      fellowshipId: fellowship.id,
      projectId: project.id,
      status: o.placementStatus ?? 'ACTIVE',
      publishedAt: o.published === false ? null : new Date('2026-09-25T00:00:00Z'),
    },
  })
  return { cycleId, departmentId, project, fellow: viewerOf(user), user, fellowship, placement }
}

export async function makePartner(departmentId: string) {
  return viewerOf(await makeUser('PARTNER', { departmentId }))
}

export async function makeDeliverable(
  projectId: string,
  over: Partial<{ reviewerId: string | null; title: string; dueDate: Date; kind: 'DELIVERABLE' | 'MILESTONE' }> = {},
) {
  const db = await getDb()
  return db.deliverable.create({
    data: {
      projectId,
      title: over.title ?? `Deliverable ${randomUUID().slice(0, 8)}`,
      description: 'What the department needs',
      kind: over.kind ?? 'DELIVERABLE',
      dueDate: over.dueDate ?? pk('2026-11-15'),
      reviewerId: over.reviewerId ?? null,
    },
  })
}

export async function makeMetric(projectId: string, over: Partial<{ name: string; target: number; cumulative: boolean }> = {}) {
  const db = await getDb()
  return db.impactMetric.create({
    data: {
      projectId,
      name: over.name ?? `Records ${randomUUID().slice(0, 8)}`,
      unit: 'records',
      target: over.target ?? 1000,
      cumulative: over.cumulative ?? true,
    },
  })
}

export async function makeSubmittedUpdate(
  fellowshipId: string,
  periodIndex: number,
  over: Partial<{ late: boolean; status: 'DRAFT' | 'SUBMITTED' }> = {},
) {
  const db = await getDb()
  return db.progressUpdate.create({
    data: {
      fellowshipId,
      periodIndex,
      periodStart: new Date(),
      periodEnd: new Date(),
      accomplishments: `Work in period ${periodIndex + 1}`,
      links: [],
      status: over.status ?? 'SUBMITTED',
      late: over.late ?? false,
      submittedAt: over.status === 'DRAFT' ? null : new Date(),
    },
  })
}

export { pk }
