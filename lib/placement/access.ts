// Scoping shared by the placement domain: the partner's department and the preference window.
// (Row locks are taken through the write path: uow.lock('Fellowship', id), lib/server/unit-of-work.ts.)
import type { Viewer } from '../auth/viewer'
import { notFound } from '../server/errors'

/** A partner without a department can see nothing of placement: everything is "not found". */
export function departmentOf(viewer: Viewer): string {
  if (!viewer.departmentId) throw notFound()
  return viewer.departmentId
}

/** Cycles that take proposals: not finished, not archived. */
export const cycleOpenForProposals = { archivedAt: null, status: { not: 'COMPLETED' as const } }

export type WindowState = 'unset' | 'upcoming' | 'open' | 'closed'

export function windowState(c: { preferenceOpensAt: Date | null; preferenceClosesAt: Date | null }, now = new Date()): WindowState {
  if (!c.preferenceOpensAt || !c.preferenceClosesAt) return 'unset'
  if (now < c.preferenceOpensAt) return 'upcoming'
  return now < c.preferenceClosesAt ? 'open' : 'closed'
}
