// Loading recruitment records within the viewer's reach. A record outside it is "not
// found", never "forbidden", so ids cannot be probed (no IDOR).
import 'server-only'
import type { Tx } from '../server/tx'
import { notFound } from '../server/errors'
import type { Viewer } from '../auth/viewer'

export const cycleNamesSelect = { id: true, name: true, programme: { select: { name: true, nameUr: true } } } as const

/** A cycle staff work on (archived cycles are read-only history). */
export async function loadStaffCycle(tx: Tx, cycleId: string) {
  const c = await tx.cycle.findFirst({
    where: { id: cycleId, archivedAt: null },
    select: {
      ...cycleNamesSelect,
      status: true,
      reviewRoundClosedAt: true,
      blindReview: true,
      reviewsPerApplication: true,
      applicationsCloseAt: true,
      version: true,
    },
  })
  if (!c) throw notFound()
  return c
}

/** The viewer's own application. */
export async function loadOwnApplication(tx: Tx, viewer: Viewer, applicationId: string) {
  const a = await tx.application.findFirst({
    where: { id: applicationId, applicantId: viewer.userId },
    select: {
      id: true,
      stage: true,
      version: true,
      cycleId: true,
      cycle: { select: cycleNamesSelect },
      offer: {
        select: { id: true, status: true, respondBy: true, version: true, extendedBy: { select: { id: true, name: true, email: true } } },
      },
    },
  })
  if (!a) throw notFound()
  return a
}

/** A review assigned to the viewer. */
export async function loadOwnReview(tx: Tx, viewer: Viewer, reviewId: string) {
  const r = await tx.review.findFirst({
    where: { id: reviewId, reviewerId: viewer.userId },
    select: {
      id: true,
      status: true,
      version: true,
      applicationId: true,
      application: {
        select: {
          stage: true,
          cycle: {
            select: { id: true, reviewRoundClosedAt: true, rubric: { orderBy: { position: 'asc' }, select: { id: true, weight: true } } },
          },
        },
      },
    },
  })
  if (!r) throw notFound()
  return r
}

export const applicantSelect = { select: { id: true, name: true, email: true } } as const
