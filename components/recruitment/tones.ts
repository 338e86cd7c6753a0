// Badge tones for recruitment states; every badge also carries its text, never colour alone.
import type { EligibilityStatus, OfferStatus, ReviewStatus } from '@prisma/client'

export const eligibilityTone = (s: EligibilityStatus) =>
  (s === 'FLAGGED' ? 'warn' : s === 'ELIGIBLE' ? 'good' : 'neutral') as 'warn' | 'good' | 'neutral'
export const reviewTone = (s: ReviewStatus) =>
  (s === 'SUBMITTED' ? 'good' : s === 'RECUSED' ? 'bad' : s === 'DRAFT' ? 'info' : 'neutral') as 'good' | 'bad' | 'info' | 'neutral'
export const offerTone = (s: OfferStatus) => (s === 'ACCEPTED' ? 'good' : s === 'PENDING' ? 'warn' : 'bad') as 'good' | 'warn' | 'bad'
