// A cycle's templates for its staff page, and the earlier cycles a new one may copy from.
import 'server-only'
import { getDb } from '../../server/db'
import { assertCan } from '../../auth/policy'
import { notFound } from '../../server/errors'
import type { Viewer } from '../../auth/viewer'

export async function getCycleTemplates(viewer: Viewer, cycleId: string) {
  assertCan(viewer, 'cycle:manage')
  const db = await getDb()
  const c = await db.cycle.findUnique({
    where: { id: cycleId },
    select: {
      id: true,
      name: true,
      nameUr: true,
      number: true,
      startDate: true,
      archivedAt: true,
      programme: { select: { name: true, nameUr: true } },
      deliverableTemplates: {
        orderBy: { position: 'asc' },
        select: { id: true, kind: true, title: true, titleUr: true, description: true, dueOffsetDays: true },
      },
      metricTemplates: {
        orderBy: { position: 'asc' },
        select: { id: true, name: true, nameUr: true, unit: true, unitUr: true, target: true, cumulative: true, isPublic: true },
      },
      _count: { select: { projects: { where: { status: 'APPROVED' } } } },
    },
  })
  if (!c) throw notFound()
  return { ...c, metricTemplates: c.metricTemplates.map((m) => ({ ...m, target: m.target === null ? null : Number(m.target) })) }
}
export type CycleTemplates = Awaited<ReturnType<typeof getCycleTemplates>>

/** Cycles a new cycle may copy its set-up from: every programme's, newest first. */
export async function listCarrySources(viewer: Viewer) {
  assertCan(viewer, 'cycle:manage')
  const db = await getDb()
  return db.cycle.findMany({
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    take: 200,
    select: { id: true, name: true, nameUr: true, number: true, programmeId: true, programme: { select: { name: true, nameUr: true } } },
  })
}
