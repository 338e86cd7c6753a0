// One applicant's own deadline for a call: the call's close, or later when staff granted that
// person an extension (DeadlineExtension, not revoked). Every place that refuses work after the
// call closes (saving and submitting an application, uploads, naming referees) asks here, so an
// extension is honoured everywhere for that person and nobody else. Not server-only: scripts and
// tests use it with their own client.
import type { Tx } from '../server/tx'

export interface CallWindow {
  status: string
  archivedAt?: Date | null
  applicationsOpenAt: Date | null
  applicationsCloseAt: Date | null
}

/** The live extension of one person for one cycle, or null (none, or revoked). */
export async function activeExtension(tx: Tx, cycleId: string, userId: string) {
  return tx.deadlineExtension.findFirst({
    where: { cycleId, userId, revokedAt: null },
    select: { id: true, until: true, reason: true, createdAt: true },
  })
}

/**
 * The moment this person's work on this cycle's application must be in: the extension's
 * `until` when one is live and later than the call's close, otherwise the call's close
 * (null when the call has no close date).
 */
export async function applicantDeadline(tx: Tx, cycleId: string, userId: string): Promise<Date | null> {
  const [cycle, ext] = await Promise.all([
    tx.cycle.findUnique({ where: { id: cycleId }, select: { applicationsCloseAt: true } }),
    activeExtension(tx, cycleId, userId),
  ])
  return laterOf(cycle?.applicationsCloseAt ?? null, ext?.until ?? null)
}

export function laterOf(close: Date | null, until: Date | null): Date | null {
  if (!close) return null
  return until && until > close ? until : close
}

/**
 * The call's state for one person: 'open' past the call's close while their extension runs,
 * 'closed' once it ends. `extendedUntil` is the live extension's end (or null).
 */
export function personalCallState(c: CallWindow, extendedUntil: Date | null, now = new Date()) {
  if (c.archivedAt || !c.applicationsOpenAt || !c.applicationsCloseAt) return 'notOpen' as const
  // Staff moving the cycle on to selection does not take back an extension they granted: its
  // holder may still finish while it runs (selection reads her application once submitted).
  const extended = !!extendedUntil && extendedUntil > c.applicationsCloseAt
  if (c.status !== 'RECRUITING' && !(c.status === 'SELECTING' && extended)) return 'notOpen' as const
  if (now < c.applicationsOpenAt) return 'notOpen' as const
  const deadline = laterOf(c.applicationsCloseAt, extendedUntil)!
  if (now >= deadline) return 'closed' as const
  return 'open' as const
}

/** Whether the person works on past the call's close only because of their extension. */
export function isExtended(c: CallWindow, extendedUntil: Date | null, now = new Date()) {
  return !!c.applicationsCloseAt && now >= c.applicationsCloseAt && personalCallState(c, extendedUntil, now) === 'open'
}
