// Scoping shared by the placement domain: the partner's department, the preference window,
// and the row locks that keep "one active placement per fellow" true under concurrency.
import type { Viewer } from '../auth/viewer'
import type { Tx } from '../server/tx'
import { notFound } from '../server/errors'

/** A partner without a department can see nothing of placement: everything is "not found". */
export function departmentOf(viewer: Viewer): string {
  if (!viewer.departmentId) throw notFound()
  return viewer.departmentId
}

/** Projects a partner may still change; approval (or a later state) freezes them. */
export const EDITABLE_PROJECT = ['DRAFT', 'PROPOSED', 'RETURNED'] as const

/** Cycles that take proposals: not finished, not archived. */
export const cycleOpenForProposals = { archivedAt: null, status: { not: 'COMPLETED' as const } }

export type WindowState = 'unset' | 'upcoming' | 'open' | 'closed'

export function windowState(c: { preferenceOpensAt: Date | null; preferenceClosesAt: Date | null }, now = new Date()): WindowState {
  if (!c.preferenceOpensAt || !c.preferenceClosesAt) return 'unset'
  if (now < c.preferenceOpensAt) return 'upcoming'
  return now < c.preferenceClosesAt ? 'open' : 'closed'
}

/**
 * Row locks held until the transaction ends. Two staff members publishing, transferring or
 * adjusting at once then take turns, so a check like "this fellow has no active placement"
 * stays true until the write that depends on it commits.
 */
export async function lockFellowship(tx: Tx, fellowshipId: string) {
  await tx.$queryRaw`SELECT id FROM "Fellowship" WHERE id = ${fellowshipId}::uuid FOR UPDATE`
}

export async function lockCycle(tx: Tx, cycleId: string) {
  await tx.$queryRaw`SELECT id FROM "Cycle" WHERE id = ${cycleId}::uuid FOR UPDATE`
}

export async function lockMatchRun(tx: Tx, runId: string) {
  await tx.$queryRaw`SELECT id FROM "MatchRun" WHERE id = ${runId}::uuid FOR UPDATE`
}
