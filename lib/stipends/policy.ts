// Who may do what with a payment batch, beyond the role (lib/auth/permissions.ts): the same
// rules feed the buttons on the batch page and the checks in the mutations.
import type { Viewer } from '../auth/viewer'
import { can } from '../auth/permissions'

interface BatchState {
  status: 'PREPARED' | 'APPROVED'
  preparedById: string
}

/** Maker-checker: a different staff member from the one who prepared it approves a prepared batch. */
export function canApprove(viewer: Pick<Viewer, 'userId' | 'role'>, batch: BatchState): boolean {
  return can(viewer, 'payment:approve') && batch.status === 'PREPARED' && batch.preparedById !== viewer.userId
}

/** An approved batch is frozen: no regeneration, no edits; only its lines are settled. */
export const isFrozen = (batch: Pick<BatchState, 'status'>) => batch.status === 'APPROVED'

/** Lines are paid or failed only once the batch is approved, and only while still due. */
export const canSettle = (batch: Pick<BatchState, 'status'>, line: { status: string }) => isFrozen(batch) && line.status === 'DUE'
