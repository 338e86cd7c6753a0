import { describe, expect, it } from 'vitest'
import {
  canWrite,
  isLate,
  lastDayOf,
  MAX_PERIODS,
  periodAt,
  periodPhase,
  periodStatus,
  reportingPeriods,
  type PeriodCycle,
} from './periods'

// Dates as the cycle form stores them: midnight in Pakistan (UTC+5).
const pk = (d: string, t = '00:00') => new Date(`${d}T${t}:00+05:00`)
const iso = (d: Date) => new Date(d.getTime() + 5 * 3600_000).toISOString().slice(0, 16).replace('T', ' ')
const cycle = (over: Partial<PeriodCycle> = {}): PeriodCycle => ({
  startDate: pk('2026-10-01'),
  endDate: pk('2026-12-31'),
  reportingCadence: 'FORTNIGHTLY',
  reportingGraceDays: 3,
  ...over,
})

describe('reportingPeriods', () => {
  it('computes a cycle once and shares it: a change to the dates or the grace days gives new periods, and no caller can alter them', () => {
    const first = reportingPeriods(cycle())
    expect(reportingPeriods(cycle())).toBe(first)
    expect(Object.isFrozen(first) && Object.isFrozen(first[0])).toBe(true)
    expect(() => (first as unknown as { index: number }[]).push({ index: 99 })).toThrow()
    const longer = reportingPeriods(cycle({ endDate: pk('2027-01-31') }))
    expect(longer).toHaveLength(first.length + 2)
    expect(reportingPeriods(cycle({ reportingGraceDays: 5 }))[0].closesAt.getTime() - first[0].closesAt.getTime()).toBe(2 * 86_400_000)
    expect(reportingPeriods(cycle({ reportingCadence: 'WEEKLY' }))).toHaveLength(14)
  })

  it('splits a cycle into fortnights, the last one cut at the end date (which counts as a whole day)', () => {
    const ps = reportingPeriods(cycle())
    expect(ps).toHaveLength(7)
    expect(iso(ps[0].start)).toBe('2026-10-01 00:00')
    expect(iso(ps[0].end)).toBe('2026-10-15 00:00')
    expect(iso(lastDayOf(ps[0]))).toBe('2026-10-14 23:59')
    expect(iso(ps[0].closesAt)).toBe('2026-10-18 00:00')
    expect(iso(ps[6].start)).toBe('2026-12-24 00:00')
    expect(iso(ps[6].end)).toBe('2027-01-01 00:00')
    expect(ps.map((p) => p.index)).toEqual([0, 1, 2, 3, 4, 5, 6])
  })

  it('uses weeks for a weekly cycle', () => {
    const ps = reportingPeriods(cycle({ reportingCadence: 'WEEKLY', endDate: pk('2026-10-28') }))
    expect(ps.map((p) => iso(p.start).slice(0, 10))).toEqual(['2026-10-01', '2026-10-08', '2026-10-15', '2026-10-22'])
    expect(iso(ps[3].end)).toBe('2026-10-29 00:00')
  })

  it('uses calendar months in Pakistan time, keeping the day of the month where it exists', () => {
    const ps = reportingPeriods(cycle({ reportingCadence: 'MONTHLY', startDate: pk('2027-01-31'), endDate: pk('2027-05-30') }))
    expect(ps.map((p) => iso(p.start).slice(0, 10))).toEqual(['2027-01-31', '2027-02-28', '2027-03-31', '2027-04-30'])
    expect(iso(ps[3].end)).toBe('2027-05-31 00:00')
  })

  it('has no periods until the cycle has both dates, and never runs away on a mistyped end date', () => {
    expect(reportingPeriods(cycle({ startDate: null }))).toEqual([])
    expect(reportingPeriods(cycle({ endDate: null }))).toEqual([])
    expect(reportingPeriods(cycle({ reportingCadence: 'WEEKLY', endDate: pk('2226-01-01') }))).toHaveLength(MAX_PERIODS)
  })

  it('finds one period by its number and nothing for a number out of range', () => {
    expect(periodAt(cycle(), 2)?.index).toBe(2)
    expect(periodAt(cycle(), 7)).toBeUndefined()
    expect(periodAt(cycle(), -1)).toBeUndefined()
    expect(periodAt(cycle(), 1.5)).toBeUndefined()
  })

  it('gives no grace when the cycle has none', () => {
    const [p] = reportingPeriods(cycle({ reportingGraceDays: 0 }))
    expect(p.closesAt).toEqual(p.end)
  })
})

describe('the reporting window', () => {
  const [p] = reportingPeriods(cycle())

  it('moves from upcoming to open to grace to closed', () => {
    expect(periodPhase(p, pk('2026-09-30', '23:59'))).toBe('upcoming')
    expect(periodPhase(p, pk('2026-10-01'))).toBe('open')
    expect(periodPhase(p, pk('2026-10-15', '10:00'))).toBe('grace')
    expect(periodPhase(p, pk('2026-10-18'))).toBe('closed')
  })

  it('marks an update late only once the window has closed', () => {
    expect(isLate(p, pk('2026-10-17', '23:59'))).toBe(false)
    expect(isLate(p, pk('2026-10-18'))).toBe(true)
  })

  it('shows each period as upcoming, due, done, late or missing', () => {
    expect(periodStatus(p, null, pk('2026-09-01'))).toBe('upcoming')
    expect(periodStatus(p, null, pk('2026-10-10'))).toBe('due')
    expect(periodStatus(p, { status: 'DRAFT', late: false }, pk('2026-10-16'))).toBe('due')
    expect(periodStatus(p, { status: 'DRAFT', late: false }, pk('2026-11-01'))).toBe('missing')
    expect(periodStatus(p, { status: 'SUBMITTED', late: false }, pk('2026-11-01'))).toBe('done')
    expect(periodStatus(p, { status: 'SUBMITTED', late: true }, pk('2026-11-01'))).toBe('late')
  })

  it('lets a fellow write for a started period and finish a draft late, but not rewrite a submitted update', () => {
    expect(canWrite(p, null, pk('2026-09-30'))).toBe(false)
    expect(canWrite(p, null, pk('2026-10-02'))).toBe(true)
    // A submitted update is corrected instead (lib/progress/policy.ts), inside the window or after.
    expect(canWrite(p, { status: 'SUBMITTED', late: false }, pk('2026-10-17'))).toBe(false)
    expect(canWrite(p, { status: 'SUBMITTED', late: false }, pk('2026-10-18'))).toBe(false)
    expect(canWrite(p, { status: 'DRAFT', late: false }, pk('2026-12-01'))).toBe(true)
    expect(canWrite(p, null, pk('2026-12-01'))).toBe(true)
  })
})
