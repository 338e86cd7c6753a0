import { describe, expect, it } from 'vitest'
import { formatDate, formatDateTime, formatNumber, formatPercent } from './format'

// Asia/Karachi is UTC+5: 20:30 UTC on 26 November is 01:30 on 27 November in Peshawar.
const lateEvening = new Date('2026-11-26T20:30:00Z')

describe('dates and numbers as people in Pakistan read them', () => {
  it('dates fall on the Karachi day, in either language', () => {
    expect(formatDate(lateEvening, 'en')).toMatch(/27/)
    expect(formatDate(lateEvening, 'en')).toMatch(/Nov/)
    expect(formatDate(lateEvening, 'ur')).not.toBe(formatDate(lateEvening, 'en'))
    expect(formatDateTime(lateEvening, 'en')).toMatch(/1:30/)
  })

  it('each call formats its own value (the formatters are reused, the values are not)', () => {
    const days = ['2026-01-05T06:00:00Z', '2026-07-19T06:00:00Z', '2027-03-02T06:00:00Z'].map((d) => formatDate(d, 'en'))
    expect(new Set(days).size).toBe(3)
    expect(days[0]).toMatch(/Jan/)
    expect(days[2]).toMatch(/2027/)
    expect(formatNumber(3.14159, 'en', 2)).toBe('3.14')
    expect(formatNumber(3.14159, 'en')).toBe('3')
    expect(formatNumber(1234567, 'en')).toBe('1,234,567')
    expect(formatPercent(0.42, 'en')).toBe('42%')
  })

  it('Urdu times name the part of the day in Urdu, never the Latin AM/PM', () => {
    expect(formatDateTime(lateEvening, 'ur')).toMatch(/1:30 رات/)
    expect(formatDateTime('2026-11-27T13:05:00Z', 'ur')).toMatch(/6:05 شام/)
    expect(formatDateTime(lateEvening, 'ur')).not.toMatch(/[A-Za-z]/)
    expect(formatDateTime(lateEvening, 'en')).toMatch(/am/i)
  })

  it('shows a dash for nothing', () => {
    expect(formatDate(null, 'en')).toBe('—')
    expect(formatDateTime(undefined, 'ur')).toBe('—')
    expect(formatNumber(Number.NaN, 'en')).toBe('—')
  })
})
