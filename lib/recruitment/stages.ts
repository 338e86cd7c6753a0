// The application pipeline: its stages in board order and which moves are allowed, by whom.
import type { ApplicationStage } from '@prisma/client'

/** Stages shown on the staff board (drafts are the applicant's own business). */
export const PIPELINE_STAGES = [
  'SUBMITTED',
  'SCREENING',
  'REVIEW',
  'INTERVIEW',
  'WAITLISTED',
  'OFFER',
  'ACCEPTED',
  'DECLINED',
  'REJECTED',
  'WITHDRAWN',
] as const satisfies readonly ApplicationStage[]
export type PipelineStage = (typeof PIPELINE_STAGES)[number]

/**
 * Staff move applications freely among these (forward, or back to correct a mistake).
 * An offer is made with a deadline (extendOffer), and accepted or declined by the applicant,
 * so OFFER, ACCEPTED and DECLINED are never a plain move. A move onto the waitlist puts the
 * application last on it (staff set its rank on the waitlist page); a move off closes the gap.
 */
export const STAFF_MOVABLE = [
  'SUBMITTED',
  'SCREENING',
  'REVIEW',
  'INTERVIEW',
  'WAITLISTED',
  'REJECTED',
] as const satisfies readonly ApplicationStage[]
export type StaffMovableStage = (typeof STAFF_MOVABLE)[number]

export function canStaffMove(from: ApplicationStage, to: ApplicationStage): boolean {
  return from !== to && (STAFF_MOVABLE as readonly string[]).includes(from) && (STAFF_MOVABLE as readonly string[]).includes(to)
}

/** An applicant may withdraw until a decision is final. */
export const WITHDRAWABLE: readonly ApplicationStage[] = ['DRAFT', 'SUBMITTED', 'SCREENING', 'REVIEW', 'INTERVIEW', 'WAITLISTED', 'OFFER']

/** Stages in which an application is still being considered. */
export const IN_PROGRESS: readonly ApplicationStage[] = ['SUBMITTED', 'SCREENING', 'REVIEW', 'INTERVIEW', 'WAITLISTED', 'OFFER']

/** Where an offer may be extended from (an expired offer may be extended again). */
export const OFFERABLE: readonly ApplicationStage[] = ['SCREENING', 'REVIEW', 'INTERVIEW', 'WAITLISTED']

/** Where staff may put an application on the waitlist (or, already on it, move it). */
export const WAITLISTABLE: readonly ApplicationStage[] = ['SCREENING', 'REVIEW', 'INTERVIEW', 'WAITLISTED']

/** Where reviewers may be assigned and interviews scheduled. */
export const ASSIGNABLE: readonly ApplicationStage[] = ['SUBMITTED', 'SCREENING', 'REVIEW', 'INTERVIEW']

export function isPipelineStage(v: unknown): v is PipelineStage {
  return typeof v === 'string' && (PIPELINE_STAGES as readonly string[]).includes(v)
}

export function stageTone(stage: ApplicationStage): 'neutral' | 'good' | 'warn' | 'bad' | 'info' {
  switch (stage) {
    case 'ACCEPTED':
      return 'good'
    case 'OFFER':
    case 'INTERVIEW':
    case 'WAITLISTED':
      return 'warn'
    case 'REJECTED':
    case 'DECLINED':
    case 'WITHDRAWN':
      return 'bad'
    case 'DRAFT':
      return 'neutral'
    default:
      return 'info'
  }
}

/** An application its reviewers no longer see (answers, files, identity): a draft was never
 * theirs, and a withdrawn one the applicant took back. One rule for the review page, the file
 * download and the reviewer's export. */
export const HIDDEN_FROM_REVIEWERS = ['DRAFT', 'WITHDRAWN'] as const satisfies readonly ApplicationStage[]
export const hiddenFromReviewers = (stage: ApplicationStage) => (HIDDEN_FROM_REVIEWERS as readonly string[]).includes(stage)
