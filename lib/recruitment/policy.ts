// Who may extend, withdraw or answer an offer, as one rule the pages' buttons and the
// mutations share. Pure: the caller loads the application within the viewer's reach (an
// application that is not theirs to see is "not found" before these are asked).
import type { ApplicationStage, OfferStatus } from '@prisma/client'
import { can, type PolicySubject } from '../auth/permissions'
import { AppError } from '../server/errors'
import { OFFERABLE } from './stages'

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
