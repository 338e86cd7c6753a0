// The review and offer rules the reviewer's page, the staff offer panel, the applicant's pages
// and the mutations share.
import { describe, expect, it } from 'vitest'
import {
  canExtendOffer,
  canRespondToOffer,
  canScoreReview,
  canWithdrawOffer,
  extendOfferBlock,
  offerRefusal,
  recuseBlock,
  respondBlock,
  reviewRefusal,
  scoreBlock,
  withdrawOfferBlock,
} from './policy'

const staff = { role: 'STAFF' as const }
const applicant = { role: 'APPLICANT' as const }
const fellow = { role: 'FELLOW' as const }
const pending = { status: 'PENDING' as const }

describe('extending an offer', () => {
  it('is for staff, at screening, review or interview, or again after an offer expired unanswered', () => {
    for (const stage of ['SCREENING', 'REVIEW', 'INTERVIEW'] as const) expect(canExtendOffer(staff, { stage, offer: null })).toBe(true)
    expect(canExtendOffer(staff, { stage: 'DECLINED', offer: { status: 'EXPIRED' } })).toBe(true)
  })

  it('is refused for any other stage, a declined offer, and anyone but staff', () => {
    for (const stage of ['SUBMITTED', 'OFFER', 'ACCEPTED', 'REJECTED', 'WITHDRAWN'] as const)
      expect(extendOfferBlock(staff, { stage, offer: null })).toBe('notOfferable')
    expect(extendOfferBlock(staff, { stage: 'DECLINED', offer: { status: 'DECLINED' } })).toBe('notOfferable')
    expect(extendOfferBlock(applicant, { stage: 'INTERVIEW', offer: null })).toBe('forbidden')
  })
})

describe('withdrawing an offer', () => {
  it('is for staff while the offer awaits an answer', () => {
    expect(canWithdrawOffer(staff, { stage: 'OFFER', offer: pending })).toBe(true)
    expect(withdrawOfferBlock(staff, { stage: 'ACCEPTED', offer: { status: 'ACCEPTED' } })).toBe('notPending')
    expect(withdrawOfferBlock(staff, { stage: 'INTERVIEW', offer: null })).toBe('noOffer')
    expect(withdrawOfferBlock({ role: 'REVIEWER' }, { stage: 'OFFER', offer: pending })).toBe('forbidden')
  })
})

describe('answering an offer', () => {
  it('is for the applicant (or a fellow applying again) while it is pending', () => {
    expect(canRespondToOffer(applicant, { stage: 'OFFER', offer: pending })).toBe(true)
    expect(canRespondToOffer(fellow, { stage: 'OFFER', offer: pending })).toBe(true)
    expect(respondBlock(staff, { stage: 'OFFER', offer: pending })).toBe('forbidden')
  })

  it('says an expired offer expired, and anything else that there is no offer', () => {
    expect(respondBlock(applicant, { stage: 'DECLINED', offer: { status: 'EXPIRED' } })).toBe('expired')
    expect(respondBlock(applicant, { stage: 'INTERVIEW', offer: null })).toBe('noOffer')
    expect(respondBlock(applicant, { stage: 'INTERVIEW', offer: { status: 'WITHDRAWN' } })).toBe('noOffer')
    expect(respondBlock(applicant, { stage: 'OFFER', offer: { status: 'ACCEPTED' } })).toBe('noOffer')
    expect(offerRefusal('expired')).toMatchObject({ code: 'CLOSED', messageKey: 'recruitment.offerErrors.expired' })
    expect(offerRefusal('notPending')).toMatchObject({ code: 'CONFLICT', messageKey: 'recruitment.offerErrors.notPending' })
  })
})

describe('scoring a review', () => {
  const reviewer = { role: 'REVIEWER' as const }
  const open = { status: 'DRAFT' as const, roundClosed: false, applicationStage: 'REVIEW' as const }

  it('is for the assigned reviewer (staff too) while the round is open and the application in play', () => {
    expect(canScoreReview(reviewer, open)).toBe(true)
    expect(canScoreReview(reviewer, { ...open, status: 'ASSIGNED' })).toBe(true)
    expect(canScoreReview(staff, open)).toBe(true)
    expect(scoreBlock(applicant, open)).toBe('forbidden')
  })

  it('ends with a submission, a recusal, the round closing or the application leaving the pipeline', () => {
    expect(scoreBlock(reviewer, { ...open, status: 'SUBMITTED' })).toBe('alreadySubmitted')
    expect(scoreBlock(reviewer, { ...open, status: 'RECUSED' })).toBe('recused')
    expect(scoreBlock(reviewer, { ...open, roundClosed: true })).toBe('roundClosed')
    for (const applicationStage of ['WITHDRAWN', 'ACCEPTED', 'REJECTED', 'DECLINED'] as const)
      expect(scoreBlock(reviewer, { ...open, applicationStage })).toBe('applicationClosed')
    expect(reviewRefusal('roundClosed')).toMatchObject({ code: 'CLOSED', messageKey: 'recruitment.reviewErrors.roundClosed' })
  })

  it('lets a reviewer recuse until they submit', () => {
    expect(recuseBlock(reviewer, { status: 'ASSIGNED' })).toBeNull()
    expect(recuseBlock(reviewer, { status: 'SUBMITTED' })).toBe('alreadySubmitted')
    expect(recuseBlock(reviewer, { status: 'RECUSED' })).toBe('recused')
  })
})
