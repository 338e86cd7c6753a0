// Who sees which fellowships, projects, updates and deliverables: the where-builders shared by the
// progress, deliverable, metric and comment domains. A fellow sees their own; a partner sees
// their department's projects and the fellows placed on them (active, published placements);
// staff see everything. Anything outside the scope is "not found", never "forbidden".
import type { Prisma } from '@prisma/client'
import { can, isStaff } from '../auth/policy'
import { forbidden } from '../server/errors'
import type { Viewer } from '../auth/viewer'

/** A placement partners and fellows can see: live and announced. */
export const livePlacement = { status: 'ACTIVE', publishedAt: { not: null } } satisfies Prisma.PlacementWhereInput

// Matches no row: for a partner without a department, or a role with no access.
const NOTHING = '00000000-0000-0000-0000-000000000000'

export function projectWhereFor(viewer: Viewer): Prisma.ProjectWhereInput {
  if (isStaff(viewer)) return {}
  if (viewer.role === 'PARTNER') return { departmentId: viewer.departmentId ?? NOTHING }
  if (viewer.role === 'FELLOW') return { placements: { some: { ...livePlacement, fellowship: { userId: viewer.userId } } } }
  return { id: NOTHING }
}

/** Projects a fellow may still add to: placed on them, with the fellowship running. */
export function activeFellowProjectWhere(viewer: Viewer): Prisma.ProjectWhereInput {
  return { placements: { some: { ...livePlacement, fellowship: { userId: viewer.userId, status: 'ACTIVE' } } } }
}

export function fellowshipWhereFor(viewer: Viewer): Prisma.FellowshipWhereInput {
  if (isStaff(viewer)) return {}
  if (viewer.role === 'PARTNER')
    return { placements: { some: { ...livePlacement, project: { departmentId: viewer.departmentId ?? NOTHING } } } }
  if (viewer.role === 'FELLOW') return { userId: viewer.userId }
  return { id: NOTHING }
}

/** Drafts are the fellow's own: nobody else sees an update before it is submitted. */
export function updateWhereFor(viewer: Viewer): Prisma.ProgressUpdateWhereInput {
  if (viewer.role === 'FELLOW') return { fellowship: { userId: viewer.userId } }
  return { status: 'SUBMITTED', fellowship: fellowshipWhereFor(viewer) }
}

export function deliverableWhereFor(viewer: Viewer): Prisma.DeliverableWhereInput {
  return { project: projectWhereFor(viewer) }
}

/** Reading progress: staff (any), partners (their department), fellows (their own). */
export function assertCanReadProgress(viewer: Viewer) {
  if (can(viewer, 'update:read:any') || can(viewer, 'progress:read:department') || can(viewer, 'update:write:own')) return
  throw forbidden()
}
