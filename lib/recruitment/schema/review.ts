// Forms for assigning reviewers, scoring, declaring a conflict and closing the round.
import { z } from 'zod'
import { checkbox, int, text, uuid, version } from '../../validation'
import { many } from './common'

export const assignSchema = z.object({ applicationId: uuid(), reviewerId: uuid() })
export const reviewRefSchema = z.object({ reviewId: uuid() })

export const autoAssignSchema = z.object({
  cycleId: uuid(),
  perApplication: int(1, 10),
  reviewerIds: many(uuid()).pipe(z.array(z.string()).min(1, { error: 'errors.chooseReviewers' })),
})
export type AutoAssignInput = z.infer<typeof autoAssignSchema>

/** The envelope of the scoring form; scores ("s.<criterionId>") are read by the domain. */
export const reviewFormSchema = z.looseObject({
  reviewId: uuid(),
  version: version(),
  intent: z.enum(['draft', 'submit'], { error: 'errors.invalidChoice' }),
})

export const conflictSchema = z.object({ reviewId: uuid(), version: version(), reason: text(500) })

export const roundSchema = z.object({ cycleId: uuid(), version: version(), close: checkbox() })
