// Who may score or recuse from a review, and extend, withdraw or answer an offer, as one rule
// the pages' forms and the mutations share. Pure: the caller loads the application within the viewer's reach (an
// application that is not theirs to see is "not found" before these are asked).
import type { ApplicationStage, OfferStatus, ReviewStatus } from '@prisma/client'
import { can, type PolicySubject } from '../auth/permissions'
import { AppError } from '../server/errors'
import { IN_PROGRESS, OFFERABLE } from './stages'

export interface OfferedApplication {
  stage: ApplicationStage
  offer: { status: OfferStatus } | null
}

export type OfferBlock = 'forbidden' | 'notOfferable' | 'noOffer' | 'notPending' | 'expired'

/** Staff make an offer at an offerable stage, or again after one expired unanswered. */
export function extendOfferBlock(viewer: PolicySubject, a: OfferedApplication): OfferBlock | null {
  if (!can(viewer, 'offer:manage')) return 'forbidden'
  const renew = a.stage === 'DECLINED' && a.offer?.status === 'EXPIRED'
  if (!OFFERABLE.includes(a.stage) && !renew) return 'notOfferable'
  return null
}

/** Staff withdraw an offer while it awaits an answer. */
export function withdrawOfferBlock(viewer: PolicySubject, a: OfferedApplication): OfferBlock | null {
  if (!can(viewer, 'offer:manage')) return 'forbidden'
  if (!a.offer) return 'noOffer'
  if (a.offer.status !== 'PENDING') return 'notPending'
  return null
}

/** The applicant answers their own offer while it is pending (an expired one says so). */
export function respondBlock(viewer: PolicySubject, a: OfferedApplication): OfferBlock | null {
  if (!can(viewer, 'offer:respond:own')) return 'forbidden'
  if (a.stage !== 'OFFER' || !a.offer) return a.offer?.status === 'EXPIRED' ? 'expired' : 'noOffer'
  if (a.offer.status !== 'PENDING') return 'noOffer'
  return null
}

export const canExtendOffer = (viewer: PolicySubject, a: OfferedApplication) => extendOfferBlock(viewer, a) === null
export const canWithdrawOffer = (viewer: PolicySubject, a: OfferedApplication) => withdrawOfferBlock(viewer, a) === null
export const canRespondToOffer = (viewer: PolicySubject, a: OfferedApplication) => respondBlock(viewer, a) === null

/** The error a mutation refuses with. */
export function offerRefusal(block: OfferBlock): AppError {
  switch (block) {
    case 'forbidden':
      return new AppError('FORBIDDEN', 'errors.forbidden')
    case 'notOfferable':
      return new AppError('CONFLICT', 'recruitment.offerErrors.notOfferable')
    case 'noOffer':
      return new AppError('CONFLICT', 'recruitment.offerErrors.noOffer')
    case 'notPending':
      return new AppError('CONFLICT', 'recruitment.offerErrors.notPending')
    case 'expired':
      return new AppError('CLOSED', 'recruitment.offerErrors.expired')
  }
}

export interface ReviewState {
  status: ReviewStatus
  /** Staff closed the cycle's review round. */
  roundClosed: boolean
  applicationStage: ApplicationStage
}

export type ReviewBlock = 'forbidden' | 'recused' | 'alreadySubmitted' | 'roundClosed' | 'applicationClosed'

/** The assigned reviewer declares a conflict until they have submitted (or already recused). */
export function recuseBlock(viewer: PolicySubject, r: Pick<ReviewState, 'status'>): ReviewBlock | null {
  if (!can(viewer, 'review:write:assigned')) return 'forbidden'
  if (r.status === 'RECUSED') return 'recused'
  if (r.status === 'SUBMITTED') return 'alreadySubmitted'
  return null
}

/** The assigned reviewer scores while the round is open and the application still in play. */
export function scoreBlock(viewer: PolicySubject, r: ReviewState): ReviewBlock | null {
  const block = recuseBlock(viewer, r)
  if (block) return block
  if (r.roundClosed) return 'roundClosed'
  if (!IN_PROGRESS.includes(r.applicationStage)) return 'applicationClosed'
  return null
}

export const canScoreReview = (viewer: PolicySubject, r: ReviewState) => scoreBlock(viewer, r) === null

/** The error a review mutation refuses with. */
export function reviewRefusal(block: ReviewBlock): AppError {
  switch (block) {
    case 'forbidden':
      return new AppError('FORBIDDEN', 'errors.forbidden')
    case 'recused':
      return new AppError('CONFLICT', 'recruitment.reviewErrors.recused')
    case 'alreadySubmitted':
      return new AppError('CLOSED', 'recruitment.reviewErrors.alreadySubmitted')
    case 'roundClosed':
      return new AppError('CLOSED', 'recruitment.reviewErrors.roundClosed')
    case 'applicationClosed':
      return new AppError('CLOSED', 'recruitment.reviewErrors.applicationClosed')
  }
}
