// Forms of the waitlist: put an application on it at a rank (or move it within it), and offer
// the freed place to the first on it.
import { z } from 'zod'
import { karachiDate, optionalInt, optionalText, uuid } from '../../validation'

export const waitlistSchema = z.object({
  applicationId: uuid(),
  // Blank: last on the list.
  rank: optionalInt(1, 10_000),
})
export type WaitlistInput = z.infer<typeof waitlistSchema>

export const offerNextSchema = z.object({
  cycleId: uuid(),
  // The person the page showed as next: if the list changed meanwhile, nothing is offered.
  applicationId: uuid(),
  respondBy: karachiDate(),
  message: optionalText(3000),
})
export type OfferNextInput = z.infer<typeof offerNextSchema>

/** How long the person offered a freed place has to answer, unless staff choose otherwise. */
export const OFFER_NEXT_DAYS = 7
