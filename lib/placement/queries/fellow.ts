// What a fellow sees of placement: the approved projects of their cycle, their own ranking,
// the preference window, and their placement once it is published.
import 'server-only'
import { getDb } from '../../server/db'
import { assertCan } from '../../auth/policy'
import type { Viewer } from '../../auth/viewer'
import { projectTextSelect } from './selects'

export async function getPreferenceBoard(viewer: Viewer) {
  assertCan(viewer, 'preference:write:own')
  const db = await getDb()
  // The current fellowship: a fellow in a second programme ranks for the newest one.
  const fellowship = await db.fellowship.findFirst({
    where: { userId: viewer.userId, status: 'ACTIVE' },
    orderBy: { createdAt: 'desc' },
    select: {
      id: true,
      cycle: {
        select: {
          id: true,
          name: true,
          nameUr: true,
          preferenceOpensAt: true,
          preferenceClosesAt: true,
          programme: { select: { name: true, nameUr: true } },
        },
      },
      preferences: { orderBy: { rank: 'asc' }, select: { projectId: true, rank: true, reason: true } },
      placements: {
        where: { status: 'ACTIVE', publishedAt: { not: null } },
        select: {
          id: true,
          startDate: true,
          project: { select: { title: true, titleUr: true, department: { select: { name: true, nameUr: true } } } },
        },
      },
    },
  })
  if (!fellowship) return null
  const projects = await db.project.findMany({
    where: { cycleId: fellowship.cycle.id, status: 'APPROVED' },
    orderBy: [{ department: { name: 'asc' } }, { title: 'asc' }],
    select: {
      ...projectTextSelect,
      department: { select: { name: true, nameUr: true } },
    },
  })
  return { ...fellowship, placement: fellowship.placements[0] ?? null, projects }
}
