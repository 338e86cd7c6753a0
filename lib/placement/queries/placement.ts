// One placement: its history across transfers (for staff), and the placement letter (for
// staff, and for the fellow it names once it is published).
import 'server-only'
import { getDb } from '../../server/db'
import { assertCan, isStaff } from '../../auth/policy'
import { notFound } from '../../server/errors'
import type { Viewer } from '../../auth/viewer'

export async function getPlacementDetail(viewer: Viewer, cycleId: string, placementId: string) {
  assertCan(viewer, 'placement:manage')
  const db = await getDb()
  const p = await db.placement.findFirst({
    where: { id: placementId, fellowship: { cycleId }, status: { not: 'PROPOSED' } },
    select: {
      id: true,
      status: true,
      version: true,
      startDate: true,
      endDate: true,
      endReason: true,
      rankObtained: true,
      explanation: true,
      projectId: true,
      fellowship: { select: { id: true, user: { select: { name: true, email: true } } } },
      project: { select: { title: true, titleUr: true, department: { select: { name: true, nameUr: true } } } },
    },
  })
  if (!p) throw notFound()
  const [history, projects] = await Promise.all([
    // Every published placement of this fellow in the cycle, with its events: the full story.
    db.placement.findMany({
      where: { fellowshipId: p.fellowship.id, status: { not: 'PROPOSED' } },
      orderBy: { createdAt: 'asc' },
      select: {
        id: true,
        status: true,
        startDate: true,
        endDate: true,
        project: { select: { title: true, titleUr: true, department: { select: { name: true, nameUr: true } } } },
        events: {
          orderBy: { createdAt: 'asc' },
          select: { id: true, type: true, note: true, createdAt: true, actor: { select: { name: true } } },
        },
      },
    }),
    db.project.findMany({
      where: { cycleId, status: 'APPROVED', id: { not: p.projectId } },
      orderBy: [{ department: { name: 'asc' } }, { title: 'asc' }],
      select: {
        id: true,
        title: true,
        titleUr: true,
        seats: true,
        department: { select: { name: true, nameUr: true } },
        _count: { select: { placements: { where: { status: 'ACTIVE' } } } },
      },
    }),
  ])
  return { ...p, history, projects }
}

/**
 * The letter's facts. Staff may print any published placement's letter; a fellow only their
 * own, and only while it is active (anything else is "not found").
 */
export async function getPlacementLetter(viewer: Viewer, placementId: string) {
  const staff = isStaff(viewer)
  if (!staff) assertCan(viewer, 'preference:write:own')
  const db = await getDb()
  const p = await db.placement.findFirst({
    where: {
      id: placementId,
      publishedAt: { not: null },
      ...(staff ? { status: { not: 'PROPOSED' } } : { status: 'ACTIVE', fellowship: { userId: viewer.userId } }),
    },
    select: {
      id: true,
      status: true,
      startDate: true,
      publishedAt: true,
      fellowship: {
        select: {
          user: { select: { name: true } },
          cycle: {
            select: {
              id: true,
              name: true,
              nameUr: true,
              startDate: true,
              endDate: true,
              programme: { select: { name: true, nameUr: true, durationMonths: true, stipendPkr: true } },
            },
          },
        },
      },
      project: {
        select: {
          title: true,
          titleUr: true,
          department: { select: { name: true, nameUr: true } },
          focalContact: { select: { name: true, title: true } },
        },
      },
    },
  })
  if (!p) throw notFound()
  return p
}
