// Forms and filters of the staff pipeline board.
import { z } from 'zod'
import { optionalText, uuid, version } from '../../validation'
import { STAFF_MOVABLE } from '../stages'
import { many } from './common'

export const bulkMoveSchema = z.object({
  cycleId: uuid(),
  ids: many(uuid()).pipe(z.array(z.string()).min(1, { error: 'errors.selectAtLeastOne' }).max(200, { error: 'errors.tooBig' })),
  to: z.enum(STAFF_MOVABLE, { error: 'errors.invalidChoice' }),
  message: optionalText(3000),
})
export type BulkMoveInput = z.infer<typeof bulkMoveSchema>

/** The board's first step: which applications and where; the message is written on the confirmation. */
export const reviewMoveSchema = bulkMoveSchema.pick({ cycleId: true, ids: true, to: true })

export const moveOneSchema = z.object({
  id: uuid(),
  version: version(),
  to: z.enum(STAFF_MOVABLE, { error: 'errors.invalidChoice' }),
  message: optionalText(3000),
})
export type MoveOneInput = z.infer<typeof moveOneSchema>

export const eligibilityDecisionSchema = z.object({
  id: uuid(),
  version: version(),
  status: z.enum(['ELIGIBLE', 'FLAGGED'], { error: 'errors.invalidChoice' }),
})

export const cycleRefSchema = z.object({ cycleId: uuid() })
