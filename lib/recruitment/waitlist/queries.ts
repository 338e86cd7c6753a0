// Reads of the waitlist: a cycle's ranked list, the places free, and who is next (staff).
import 'server-only'
import { getDb } from '../../server/db'
import { assertCan } from '../../auth/policy'
import { notFound } from '../../server/errors'
import type { Viewer } from '../../auth/viewer'
import { placesOf } from './places'
import { OFFER_NEXT_DAYS } from './schema'

export async function cycleWaitlist(viewer: Viewer, cycleId: string, now = new Date()) {
  assertCan(viewer, 'application:read:any')
  const db = await getDb()
  const places = await placesOf(db, cycleId, now)
  if (!places) throw notFound()
  const list = await db.application.findMany({
    where: { cycleId, stage: 'WAITLISTED' },
    orderBy: [{ waitlistRank: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
    take: 500,
    select: { id: true, waitlistRank: true, scoreMean: true, district: true, applicant: { select: { name: true } } },
  })
  // The usual deadline for an offer of a freed place, as the confirm form proposes it.
  const respondBy = new Date(now.getTime() + OFFER_NEXT_DAYS * 86_400_000)
  return { places, list, next: places.free > 0 ? (list[0] ?? null) : null, respondBy }
}
export type CycleWaitlist = Awaited<ReturnType<typeof cycleWaitlist>>

/** Applications staff may put on the waitlist: being screened, reviewed or interviewed, best score first. */
export async function waitlistCandidates(viewer: Viewer, cycleId: string) {
  assertCan(viewer, 'application:read:any')
  const db = await getDb()
  return db.application.findMany({
    where: { cycleId, stage: { in: ['SCREENING', 'REVIEW', 'INTERVIEW'] } },
    orderBy: [{ scoreMean: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }],
    take: 300,
    select: { id: true, stage: true, scoreMean: true, applicant: { select: { name: true } } },
  })
}
