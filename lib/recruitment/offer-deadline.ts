// How a read sees an offer: one still PENDING after its deadline is EXPIRED, and its
// application DECLINED, before the scheduled job has written it (expire-offers.ts). Pages
// show it this way without writing anything.
import type { ApplicationStage, OfferStatus } from '@prisma/client'

export const isPastDeadline = (o: { status: OfferStatus; respondBy: Date }, now = new Date()) =>
  o.status === 'PENDING' && o.respondBy <= now

/** The offer as it stands now. */
export function offerAsOf<O extends { status: OfferStatus; respondBy: Date }>(offer: O, now = new Date()): O {
  return isPastDeadline(offer, now) ? { ...offer, status: 'EXPIRED' } : offer
}

/** An application with its offer as they stand now (stage OFFER past the deadline reads DECLINED). */
export function withOfferAsOf<A extends { stage: ApplicationStage; offer: { status: OfferStatus; respondBy: Date } | null }>(
  a: A,
  now = new Date(),
): A {
  if (!a.offer || !isPastDeadline(a.offer, now)) return a
  return { ...a, stage: a.stage === 'OFFER' ? 'DECLINED' : a.stage, offer: offerAsOf(a.offer, now) }
}
