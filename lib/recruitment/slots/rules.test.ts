import { describe, expect, it } from 'vitest'
import { batchStarts, canReschedule, isBookable, overlaps } from './rules'
import { reminderDue } from './reminders'

const at = (s: string) => new Date(s)

describe('slot rules', () => {
  it('lays a batch back to back: each starts the length plus the gap after the last', () => {
    const starts = batchStarts(at('2027-01-10T05:00:00Z'), 3, 30, 15)
    expect(starts.map((d) => d.toISOString())).toEqual(['2027-01-10T05:00:00.000Z', '2027-01-10T05:45:00.000Z', '2027-01-10T06:30:00.000Z'])
  })

  it('sees overlap only when two ranges share a minute', () => {
    const a = { start: at('2027-01-10T05:00:00Z'), end: at('2027-01-10T05:30:00Z') }
    expect(overlaps(a, { start: at('2027-01-10T05:30:00Z'), end: at('2027-01-10T06:00:00Z') })).toBe(false)
    expect(overlaps(a, { start: at('2027-01-10T05:29:00Z'), end: at('2027-01-10T06:00:00Z') })).toBe(true)
  })

  it('opens a slot to booking until the cut-off before it, never once cancelled or booked', () => {
    const slot = { startsAt: at('2027-01-10T05:00:00Z'), cancelledAt: null, booked: false }
    expect(isBookable(slot, 24, at('2027-01-09T04:59:00Z'))).toBe(true)
    expect(isBookable(slot, 24, at('2027-01-09T05:00:00Z'))).toBe(false)
    expect(isBookable({ ...slot, booked: true }, 24, at('2027-01-01T00:00:00Z'))).toBe(false)
    expect(isBookable({ ...slot, cancelledAt: at('2027-01-01T00:00:00Z') }, 24, at('2027-01-01T00:00:00Z'))).toBe(false)
    expect(canReschedule(slot.startsAt, 48, at('2027-01-08T04:59:00Z'))).toBe(true)
    expect(canReschedule(slot.startsAt, 48, at('2027-01-08T05:01:00Z'))).toBe(false)
  })

  it('reminds the day before (Karachi) or within a day, never after it started', () => {
    // 10:00 Karachi on 10 January.
    const interview = at('2027-01-10T05:00:00Z')
    expect(reminderDue(interview, at('2027-01-09T03:00:00Z'))).toBe(true) // 08:00 the day before: 26 h ahead
    expect(reminderDue(interview, at('2027-01-08T14:00:00Z'))).toBe(false) // 19:00 two days before
    expect(reminderDue(interview, at('2027-01-10T04:00:00Z'))).toBe(true)
    expect(reminderDue(interview, at('2027-01-10T05:00:00Z'))).toBe(false)
  })
})
