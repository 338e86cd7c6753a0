// When letters for one application close: the call's deadline, or the applicant's own later
// one when staff granted an extension (DeadlineExtension, not revoked).
import type { Tx } from '../server/tx'

type Reader = Pick<Tx, 'deadlineExtension'>

export async function letterDeadline(
  db: Reader,
  cycle: { id: string; applicationsCloseAt: Date | null },
  applicantId: string,
): Promise<Date | null> {
  const ext = await db.deadlineExtension.findUnique({
    where: { cycleId_userId: { cycleId: cycle.id, userId: applicantId } },
    select: { until: true, revokedAt: true },
  })
  const own = ext && !ext.revokedAt ? ext.until : null
  if (!cycle.applicationsCloseAt) return own
  return own && own > cycle.applicationsCloseAt ? own : cycle.applicationsCloseAt
}

/** A link lives until the deadline and a month after at most (an extension may move the deadline). */
export function tokenExpiry(deadline: Date | null, now: Date): Date {
  const base = deadline && deadline > now ? deadline : now
  return new Date(base.getTime() + 30 * 86_400_000)
}
