// Reporting periods of a cycle, computed from its dates and cadence (pure: no database, no clock).
// Periods follow each other from the cycle's start; the last one is cut at the cycle's end.
// An update is on time until the period's end plus the cycle's grace days ("the window").
import { DAY_MS, fromKarachiWallClock, isKarachiMidnight, karachiWallClock } from '../i18n/karachi-time'

export type Cadence = 'WEEKLY' | 'FORTNIGHTLY' | 'MONTHLY'

export interface PeriodCycle {
  startDate: Date | null
  endDate: Date | null
  reportingCadence: Cadence
  reportingGraceDays: number
}

export interface Period {
  index: number
  start: Date
  /** Exclusive: the instant the next period starts. */
  end: Date
  /** The end of the reporting window: after this an update is late and can no longer be edited. */
  closesAt: Date
}

const DAY = DAY_MS
// A guard against a mistyped end date producing thousands of periods.
export const MAX_PERIODS = 400

/** Adds calendar months in Karachi time, keeping the day of the month (clamped to the month's length). */
function addMonthsKarachi(d: Date, months: number): Date {
  const local = karachiWallClock(d)
  const y = local.getUTCFullYear()
  const m = local.getUTCMonth() + months
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate()
  const day = Math.min(local.getUTCDate(), lastDay)
  const timeOfDay = local.getTime() - Date.UTC(y, local.getUTCMonth(), local.getUTCDate())
  return fromKarachiWallClock(new Date(Date.UTC(y, m, day) + timeOfDay))
}

function startOf(c: PeriodCycle, index: number): Date {
  const start = c.startDate!
  if (c.reportingCadence === 'MONTHLY') return addMonthsKarachi(start, index)
  const days = c.reportingCadence === 'WEEKLY' ? 7 : 14
  return new Date(start.getTime() + index * days * DAY)
}

/**
 * The cycle's end date is a calendar day (stored as its midnight in Karachi); the cycle runs
 * through that whole day.
 */
function cycleEnd(c: PeriodCycle): Date {
  const e = c.endDate!
  return isKarachiMidnight(e) ? new Date(e.getTime() + DAY) : e
}

/**
 * A cycle's periods are the same for every fellow in it, and pages list dozens of fellows of
 * one or two cycles: each cycle's periods are computed once per process and shared, frozen.
 * (Computing them per fellow cost the partner portal about 3 ms a request: a year of weekly
 * periods is 200 dates, and each \`new Date\` goes through the server's patched constructor.)
 */
const periodsOf = new Map<string, readonly Period[]>()
const PERIOD_CACHE_SIZE = 500

export function reportingPeriods(c: PeriodCycle): readonly Period[] {
  if (!c.startDate || !c.endDate) return []
  const key = `${c.startDate.getTime()}|${c.endDate.getTime()}|${c.reportingCadence}|${c.reportingGraceDays}`
  const known = periodsOf.get(key)
  if (known) return known
  const end = cycleEnd(c)
  const grace = Math.max(0, c.reportingGraceDays) * DAY
  const out: Period[] = []
  let s = startOf(c, 0)
  for (let i = 0; i < MAX_PERIODS && s < end; i++) {
    const next = startOf(c, i + 1)
    const e = next < end ? next : end
    out.push(Object.freeze({ index: i, start: s, end: e, closesAt: new Date(e.getTime() + grace) }))
    s = next
  }
  if (periodsOf.size >= PERIOD_CACHE_SIZE) periodsOf.clear()
  const periods = Object.freeze(out)
  periodsOf.set(key, periods)
  return periods
}

export function periodAt(c: PeriodCycle, index: number): Period | undefined {
  if (!Number.isInteger(index) || index < 0) return undefined
  return reportingPeriods(c)[index]
}

/** The last day a period covers (its end is exclusive), for display. */
export function lastDayOf(p: Period): Date {
  return new Date(p.end.getTime() - 1)
}

export type PeriodPhase = 'upcoming' | 'open' | 'grace' | 'closed'

export function periodPhase(p: Period, now: Date): PeriodPhase {
  if (now < p.start) return 'upcoming'
  if (now < p.end) return 'open'
  if (now < p.closesAt) return 'grace'
  return 'closed'
}

/** What a fellow, a partner or staff see for one period. */
export type PeriodStatus = 'upcoming' | 'due' | 'done' | 'late' | 'missing'

export interface UpdateState {
  status: 'DRAFT' | 'SUBMITTED'
  late: boolean
}

export function periodStatus(p: Period, update: UpdateState | null | undefined, now: Date): PeriodStatus {
  if (update?.status === 'SUBMITTED') return update.late ? 'late' : 'done'
  const phase = periodPhase(p, now)
  if (phase === 'upcoming') return 'upcoming'
  return phase === 'closed' ? 'missing' : 'due'
}

/** An update submitted at `at` is late when the window has closed. */
export function isLate(p: Period, at: Date): boolean {
  return at >= p.closesAt
}

/**
 * Whether the fellow may write the period's update with the update form: a future period takes
 * none; a draft can always be finished (late). A submitted update is no longer written here: it
 * is corrected, keeping its earlier text (lib/progress/policy.ts, canCorrect).
 */
export function canWrite(p: Period, update: UpdateState | null | undefined, now: Date): boolean {
  if (periodPhase(p, now) === 'upcoming') return false
  return update?.status !== 'SUBMITTED'
}

/** The periods that count for compliance at `now`: started ones (the open one included). */
export function startedPeriods(periods: readonly Period[], now: Date): Period[] {
  return periods.filter((p) => p.start <= now)
}
