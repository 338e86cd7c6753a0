// Who sees which events (the where-builders every events query and mutation spreads). Staff see
// every event. A fellow sees the events of cycles where their fellowship is active that invite
// them: all the cycle's fellows (no departments named), or fellows placed (live placement) with
// a named department. A partner sees events that invite partners, of their department or, when
// none is named, of every department taking part in the cycle. Anyone else sees none: an event
// outside the scope is "not found".
import type { Prisma, PrismaClient } from '@prisma/client'
import { isStaff } from '../auth/policy'
import type { Viewer } from '../auth/viewer'
import { livePlacement } from '../fellowships/scope'

type Reader = Pick<PrismaClient, 'fellowship'>

// A department takes part in a cycle with a seat request or a project there (as lib/insight/scope.ts).

const NOTHING: Prisma.CohortEventWhereInput = { id: '00000000-0000-0000-0000-000000000000' }

/** The viewer's active fellowships and the departments each is placed with. */
async function fellowSeats(db: Reader, userId: string) {
  return db.fellowship.findMany({
    where: { userId, status: 'ACTIVE' },
    select: { cycleId: true, placements: { where: livePlacement, select: { project: { select: { departmentId: true } } } } },
  })
}

export async function eventWhereFor(db: Reader, viewer: Viewer): Promise<Prisma.CohortEventWhereInput> {
  if (isStaff(viewer)) return {}
  if (viewer.role === 'FELLOW') {
    const seats = await fellowSeats(db, viewer.userId)
    if (!seats.length) return NOTHING
    return {
      OR: seats.flatMap((s) => {
        const depts = s.placements.map((p) => p.project.departmentId)
        return [
          { cycleId: s.cycleId, departmentIds: { isEmpty: true } },
          ...(depts.length ? [{ cycleId: s.cycleId, departmentIds: { hasSome: depts } }] : []),
        ]
      }),
    }
  }
  if (viewer.role === 'PARTNER' && viewer.departmentId) {
    const d = viewer.departmentId
    return {
      invitePartners: true,
      OR: [
        { departmentIds: { has: d } },
        {
          departmentIds: { isEmpty: true },
          cycle: { OR: [{ departments: { some: { departmentId: d } } }, { projects: { some: { departmentId: d } } }] },
        },
      ],
    }
  }
  return NOTHING
}

/**
 * The fellowships an event invites (its register): active fellows of the cycle, all of them or
 * those placed (live) with one of its departments.
 */
export function invitedFellowshipWhere(e: { cycleId: string; departmentIds: string[] }): Prisma.FellowshipWhereInput {
  return {
    cycleId: e.cycleId,
    status: 'ACTIVE',
    ...(e.departmentIds.length ? { placements: { some: { ...livePlacement, project: { departmentId: { in: e.departmentIds } } } } } : {}),
  }
}
