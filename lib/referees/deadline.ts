// When letters for one application close: the applicant's own deadline (the call's close, or
// later under a live extension: lib/recruitment/deadline.ts), with the cycle already in hand.
import type { Tx } from '../server/tx'
import { activeExtension, laterOf } from '../recruitment/deadline'

export async function letterDeadline(
  db: Tx,
  cycle: { id: string; applicationsCloseAt: Date | null },
  applicantId: string,
): Promise<Date | null> {
  const ext = await activeExtension(db, cycle.id, applicantId)
  return laterOf(cycle.applicationsCloseAt, ext?.until ?? null)
}

/** A link lives until the deadline and a month after at most (an extension may move the deadline). */
export function tokenExpiry(deadline: Date | null, now: Date): Date {
  const base = deadline && deadline > now ? deadline : now
  return new Date(base.getTime() + 30 * 86_400_000)
}
