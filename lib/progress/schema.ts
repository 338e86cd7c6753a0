// Progress-update forms: a fellow's update for one reporting period, its correction, staff's
// review mark, and the reminder button.
import { z } from 'zod'
import { int, optionalInt, optionalText, urlLines, uuid, version } from '../validation'

export const saveUpdateSchema = z.object({
  fellowshipId: uuid(),
  periodIndex: int(0, 10_000),
  accomplishments: z
    .string({ error: 'errors.updateEmpty' })
    .trim()
    .min(1, { error: 'errors.updateEmpty' })
    .max(5000, { error: 'errors.tooLong' }),
  blockers: optionalText(3000),
  nextSteps: optionalText(3000),
  hours: optionalInt(0, 500),
  links: urlLines(),
  /** Present when the update already exists: the version the fellow loaded. */
  version: optionalInt(0, 1_000_000_000),
  intent: z.enum(['draft', 'submit'], { error: 'errors.invalidChoice' }),
})

export type SaveUpdateInput = z.infer<typeof saveUpdateSchema>

/** A fellow corrects their submitted update: the whole text again, and why (optional). */
export const correctUpdateSchema = z.object({
  updateId: uuid(),
  accomplishments: saveUpdateSchema.shape.accomplishments,
  blockers: optionalText(3000),
  nextSteps: optionalText(3000),
  hours: optionalInt(0, 500),
  links: urlLines(),
  reason: optionalText(500),
  version: version(),
})

export type CorrectUpdateInput = z.infer<typeof correctUpdateSchema>

/** Staff mark a submitted update reviewed (the version they read). */
export const reviewUpdateSchema = z.object({ updateId: uuid(), version: version() })

export type ReviewUpdateInput = z.infer<typeof reviewUpdateSchema>

const blankToUndefined = (v: unknown) => (v === '' ? undefined : v)
const listOf = (v: unknown) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v.filter((x) => x !== '') : [v])

/**
 * Sending reminders is confirmed on a page listing who gets an email: the form carries the
 * department filter and the fellowships shown, and nobody else is emailed.
 */
export const sendRemindersSchema = z.object({
  cycleId: uuid(),
  departmentId: z.preprocess(blankToUndefined, uuid().optional()),
  fellowshipIds: z.preprocess(listOf, z.array(uuid()).min(1, { error: 'errors.noRecipients' }).max(500, { error: 'errors.tooBig' })),
})
