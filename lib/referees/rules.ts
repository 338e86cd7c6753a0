// Which referees count and when the applicant may change them: shared by the pages (what to
// offer) and the mutations (what to refuse).
import type { ApplicationStage, RefereeStatus } from '@prisma/client'

/** A referee who counts towards the call's number: asked and waiting, or written. */
export const ACTIVE: readonly RefereeStatus[] = ['REQUESTED', 'RECEIVED']

/** Stages in which the applicant may still name or replace referees (before the deadline). */
export const CHANGEABLE_STAGES: readonly ApplicationStage[] = ['DRAFT', 'SUBMITTED', 'SCREENING', 'REVIEW']

/** Stages in which a referee may still send a letter (before the deadline). */
export const LETTER_STAGES: readonly ApplicationStage[] = ['DRAFT', 'SUBMITTED', 'SCREENING', 'REVIEW', 'INTERVIEW', 'OFFER']
