// The rules of bookable interview slots, pure so pages and mutations share them: when a batch's
// slots start, which slots an invited applicant may book, and until when a booking may move.
import type { ApplicationStage } from '@prisma/client'

const MINUTE = 60_000
const HOUR = 60 * MINUTE

/** The start of each slot of a batch: back to back, each `gapMinutes` after the last one ends. */
export function batchStarts(first: Date, count: number, durationMinutes: number, gapMinutes: number): Date[] {
  return Array.from({ length: count }, (_, i) => new Date(first.getTime() + i * (durationMinutes + gapMinutes) * MINUTE))
}

/** Whether two time ranges share a minute. */
export const overlaps = (a: { start: Date; end: Date }, b: { start: Date; end: Date }) => a.start < b.end && b.start < a.end

export const slotEnd = (s: { startsAt: Date; durationMinutes: number }) => new Date(s.startsAt.getTime() + s.durationMinutes * MINUTE)

/** An applicant is invited to book while their application is at the interview stage. */
export const isInvited = (stage: ApplicationStage) => stage === 'INTERVIEW'

/** The last moment a slot starting then may be booked, or a booking in it moved. */
export const changeCutoff = (startsAt: Date, rescheduleHours: number) => new Date(startsAt.getTime() - rescheduleHours * HOUR)

/** A slot is open to book: published, not cancelled, unbooked and not within the cut-off. */
export function isBookable(
  slot: { startsAt: Date; cancelledAt: Date | null; booked: boolean },
  rescheduleHours: number,
  now = new Date(),
): boolean {
  return !slot.cancelledAt && !slot.booked && now < changeCutoff(slot.startsAt, rescheduleHours)
}

/** A booked interview may still be moved to another slot. */
export const canReschedule = (scheduledAt: Date, rescheduleHours: number, now = new Date()) =>
  now < changeCutoff(scheduledAt, rescheduleHours)
