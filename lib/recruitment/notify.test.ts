import { describe, expect, it } from 'vitest'
import { bothDates } from './notify'

describe('bothDates (interview emails)', () => {
  it('gives the Urdu half an Urdu part of the day, never the Latin AM/PM', () => {
    const evening = bothDates(new Date('2026-12-10T13:30:00Z')) // 6:30 pm in Karachi
    expect(evening.en).toMatch(/6:30\s?PM/i)
    expect(evening.ur).toContain('6:30')
    expect(evening.ur).toContain('شام')
    expect(evening.ur).not.toMatch(/AM|PM/)
    const morning = bothDates(new Date('2026-12-10T04:05:00Z')) // 9:05 am in Karachi
    expect(morning.ur).toContain('صبح')
    expect(morning.ur).toContain('دسمبر')
  })
})
