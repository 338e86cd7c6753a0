// Who may add a version to a deliverable or decide on one, as one rule the page's buttons and
// the mutations share: the page never offers what the mutation would refuse. Pure: the caller
// loads the record (its own scoping already made other departments' deliverables "not found").
import { can } from '../auth/permissions'
import type { RoleName } from '../auth/roles'
import { AppError } from '../server/errors'
import type { DeliverableStatusName } from './status'

export interface DeliverableActor {
  userId: string
  role: RoleName
  departmentId: string | null
}

export interface SubmittableDeliverable {
  status: DeliverableStatusName
  /** The viewer is placed on the deliverable's project, with their fellowship still running. */
  viewerPlaced: boolean
}

export type SubmitBlock = 'forbidden' | 'approved'

/** Why the viewer may not add a version, or null when they may: an approved deliverable is done. */
export function submitBlock(viewer: DeliverableActor, d: SubmittableDeliverable): SubmitBlock | null {
  if (!can(viewer, 'deliverable:submit') || !d.viewerPlaced) return 'forbidden'
  if (d.status === 'APPROVED') return 'approved'
  return null
}

export function canSubmit(viewer: DeliverableActor, d: SubmittableDeliverable): boolean {
  return submitBlock(viewer, d) === null
}

export interface DecidableDeliverable {
  /** The department of the deliverable's project. */
  departmentId: string
  /** The partner named to sign it off; anyone of the department when null. */
  reviewerId: string | null
  /** The newest version's id, null before the first. */
  latestSubmissionId: string | null
}

export interface DecidableVersion {
  id: string
  decided: boolean
}

export type DecisionBlock = 'forbidden' | 'notNamedReviewer' | 'noVersion' | 'alreadyDecided' | 'newerVersion'

/**
 * Why the viewer may not decide on this version, or null when they may: a partner of the
 * project's department (the named reviewer, when one is named) decides once on the newest
 * version.
 */
export function decisionBlock(viewer: DeliverableActor, d: DecidableDeliverable, version: DecidableVersion | null): DecisionBlock | null {
  if (!can(viewer, 'deliverable:review') || viewer.departmentId !== d.departmentId) return 'forbidden'
  if (d.reviewerId && d.reviewerId !== viewer.userId) return 'notNamedReviewer'
  if (!version) return 'noVersion'
  if (version.decided) return 'alreadyDecided'
  if (version.id !== d.latestSubmissionId) return 'newerVersion'
  return null
}

/** The decision buttons: on the newest version, if it awaits one. */
export function canDecide(viewer: DeliverableActor, d: DecidableDeliverable, latest: DecidableVersion | null): boolean {
  return decisionBlock(viewer, d, latest) === null
}

/** The error a mutation refuses with. */
export function refusal(block: SubmitBlock | DecisionBlock): AppError {
  switch (block) {
    case 'forbidden':
      return new AppError('FORBIDDEN', 'errors.forbidden')
    case 'approved':
      return new AppError('CLOSED', 'errors.alreadyApproved')
    case 'notNamedReviewer':
      return new AppError('FORBIDDEN', 'errors.notNamedReviewer')
    case 'noVersion':
    case 'newerVersion':
      return new AppError('CONFLICT', 'errors.newerVersion')
    case 'alreadyDecided':
      return new AppError('CONFLICT', 'errors.alreadyDecided')
  }
}
