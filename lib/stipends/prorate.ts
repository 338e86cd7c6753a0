// What a fellowship is owed for one stipend month (pure: no database, no clock).
//
// Days are calendar days in Asia/Karachi, both ends inclusive: a fellow who starts on the 10th of
// a 30-day month is owed 21 of 30 days. Pro-rating rule (decision 023): a partial month is worth
// monthly × days ÷ days-in-month paisa, rounded half up to a whole paisa, once per month; a whole
// month is worth exactly the monthly amount. So the months of a fellowship sum to what its active
// days are worth within half a paisa per month, and never drift across months. Without
// pro-rating, any day in a month earns the whole month.
import { DAY_MS, KARACHI_OFFSET_MS } from '../i18n/karachi-time'

/** "2026-12" */
export type MonthKey = string

export type LineReason =
  | { kind: 'full' }
  | { kind: 'prorated'; from: number; to: number; days: number; of: number }
  | { kind: 'held'; missing?: number; noBank?: boolean; would: LineReason }
  | { kind: 'retry'; attempt: number; previous: string | null }

/** The Karachi calendar day `d` falls on, as a day number (days since 1970-01-01). */
export function karachiDayNumber(d: Date): number {
  return Math.floor((d.getTime() + KARACHI_OFFSET_MS) / DAY_MS)
}

export function monthKeyOf(year: number, month0: number): MonthKey {
  const d = new Date(Date.UTC(year, month0, 1))
  return d.toISOString().slice(0, 7)
}

export function parseMonthKey(key: MonthKey): { year: number; month0: number } | null {
  const m = /^(\d{4})-(\d{2})$/.exec(key)
  if (!m) return null
  const year = Number(m[1])
  const month0 = Number(m[2]) - 1
  if (year < 2000 || year > 2100 || month0 < 0 || month0 > 11) return null
  return { year, month0 }
}

/** The month as stored in a date column (its first day at UTC midnight). */
export function monthDate(key: MonthKey): Date {
  const p = parseMonthKey(key)!
  return new Date(Date.UTC(p.year, p.month0, 1))
}

export function monthKeyOfDate(d: Date): MonthKey {
  return d.toISOString().slice(0, 7)
}

/** The Karachi month `d` falls in. */
export function karachiMonthKey(d: Date): MonthKey {
  return new Date(d.getTime() + KARACHI_OFFSET_MS).toISOString().slice(0, 7)
}

export function addMonths(key: MonthKey, n: number): MonthKey {
  const p = parseMonthKey(key)!
  return monthKeyOf(p.year, p.month0 + n)
}

/** First and last day numbers of a month, and how many days it has. */
export function monthDays(key: MonthKey): { first: number; last: number; days: number } {
  const p = parseMonthKey(key)!
  const first = Date.UTC(p.year, p.month0, 1) / DAY_MS
  const next = Date.UTC(p.year, p.month0 + 1, 1) / DAY_MS
  return { first, last: next - 1, days: next - first }
}

/** Partial-month worth: monthly × days ÷ of, rounded half up, in integers only. */
export function prorated(monthlyPaisa: number, days: number, of: number): number {
  return Math.floor((monthlyPaisa * days * 2 + of) / (2 * of))
}

export interface MonthDue {
  amountPaisa: number
  reason: LineReason
}

/**
 * What is owed for `month` to a fellowship active from day `fromDay` to day `toDay` (inclusive
 * Karachi day numbers), or null when it was not active that month.
 */
export function dueForMonth(monthlyPaisa: number, prorate: boolean, month: MonthKey, fromDay: number, toDay: number): MonthDue | null {
  const { first, last, days } = monthDays(month)
  const from = Math.max(first, fromDay)
  const to = Math.min(last, toDay)
  if (from > to) return null
  const active = to - from + 1
  if (!prorate || active === days) return { amountPaisa: monthlyPaisa, reason: { kind: 'full' } }
  return {
    amountPaisa: prorated(monthlyPaisa, active, days),
    reason: { kind: 'prorated', from: from - first + 1, to: to - first + 1, days: active, of: days },
  }
}

/** The months a fellowship active over [fromDay, toDay] is paid for, in order. */
export function monthsBetween(fromDay: number, toDay: number): MonthKey[] {
  const out: MonthKey[] = []
  if (fromDay > toDay) return out
  let key = new Date(fromDay * DAY_MS).toISOString().slice(0, 7)
  const end = new Date(toDay * DAY_MS).toISOString().slice(0, 7)
  while (key <= end) {
    out.push(key)
    key = addMonths(key, 1)
  }
  return out
}
