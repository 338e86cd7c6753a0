import { describe, expect, it } from 'vitest'
import {
  fromKarachiWallClock,
  isKarachiMidnight,
  karachiDateToUtc,
  karachiIso,
  karachiWallClock,
  karachiYearRange,
  startOfKarachiDay,
} from './karachi-time'

describe('Asia/Karachi time (UTC+5 all year)', () => {
  it('reads a typed day or time as Karachi time', () => {
    expect(karachiDateToUtc('2027-01-10T09:00').toISOString()).toBe('2027-01-10T04:00:00.000Z')
    expect(karachiDateToUtc('2027-01-10').toISOString()).toBe('2027-01-09T19:00:00.000Z')
    expect(karachiDateToUtc('2027-01-10T12:00:00').toISOString()).toBe('2027-01-10T07:00:00.000Z')
    expect(Number.isNaN(karachiDateToUtc('10/01/2027').getTime())).toBe(true)
  })

  it('finds the start of the Karachi day, which begins at 19:00 UTC the day before', () => {
    expect(startOfKarachiDay(new Date('2026-12-05T18:59:59Z')).toISOString()).toBe('2026-12-04T19:00:00.000Z')
    expect(startOfKarachiDay(new Date('2026-12-05T19:00:00Z')).toISOString()).toBe('2026-12-05T19:00:00.000Z')
    expect(startOfKarachiDay('2026-12-31T23:30:00Z').toISOString()).toBe('2026-12-31T19:00:00.000Z')
    expect(isKarachiMidnight(new Date('2026-12-05T19:00:00Z'))).toBe(true)
    expect(isKarachiMidnight(new Date('2026-12-05T00:00:00Z'))).toBe(false)
  })

  it('shows an instant on Karachi’s clock and back', () => {
    const d = new Date('2026-12-31T20:15:00Z')
    expect(karachiIso(d)).toBe('2027-01-01T01:15')
    expect(karachiIso(d, false)).toBe('2027-01-01')
    expect(karachiWallClock(d).getUTCFullYear()).toBe(2027)
    expect(fromKarachiWallClock(karachiWallClock(d)).getTime()).toBe(d.getTime())
  })

  it('gives a year’s range in Karachi', () => {
    const r = karachiYearRange(2026)
    expect([r.gte.toISOString(), r.lt.toISOString()]).toEqual(['2025-12-31T19:00:00.000Z', '2026-12-31T19:00:00.000Z'])
  })
})
