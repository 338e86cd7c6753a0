// Forms for interview slots: staff publish a batch and cancel one; an invited applicant books
// (or moves to) one.
import { z } from 'zod'
import { int, karachiDate, optionalText, uuid, version } from '../../validation'
import { safeWebLink } from '../interview-place'
import { many } from '../schema/common'

export const MAX_SLOTS_PER_BATCH = 40

export const publishSlotsSchema = z
  .object({
    cycleId: uuid(),
    // The first slot's day and start, Pakistan time; the rest follow it back to back.
    firstStartsAt: karachiDate(),
    count: int(1, MAX_SLOTS_PER_BATCH),
    durationMinutes: int(10, 240),
    gapMinutes: int(0, 240),
    mode: z.enum(['IN_PERSON', 'VIDEO', 'PHONE'], { error: 'errors.invalidChoice' }),
    location: optionalText(300),
    panelistIds: many(uuid()).pipe(z.array(z.string()).max(10, { error: 'errors.tooBig' })),
  })
  .superRefine((v, ctx) => {
    // A video slot's place is the call's address, and only an https one becomes a link.
    if (v.mode === 'VIDEO' && !(v.location && safeWebLink(v.location)?.startsWith('https:')))
      ctx.addIssue({ code: 'custom', path: ['location'], message: 'slots.errors.videoLink' })
    if (v.mode === 'IN_PERSON' && !v.location) ctx.addIssue({ code: 'custom', path: ['location'], message: 'slots.errors.placeNeeded' })
  })
export type PublishSlotsInput = z.infer<typeof publishSlotsSchema>

export const cancelSlotSchema = z.object({ slotId: uuid(), version: version() })

/** Until how many hours before a slot applicants may book it or move to another (a week at most). */
export const rescheduleHoursSchema = z.object({ cycleId: uuid(), version: version(), hours: int(0, 168) })
export type RescheduleHoursInput = z.infer<typeof rescheduleHoursSchema>
export type CancelSlotInput = z.infer<typeof cancelSlotSchema>

export const bookSlotSchema = z.object({ applicationId: uuid(), slotId: uuid() })
export type BookSlotInput = z.infer<typeof bookSlotSchema>
