// Dates and numbers as people in Pakistan read them: Asia/Karachi time, either language.
import { intlTag, TIME_ZONE, type Locale } from './config'

export function formatDate(d: Date | string | null | undefined, locale: Locale) {
  if (!d) return '—'
  return new Intl.DateTimeFormat(intlTag(locale), { dateStyle: 'medium', timeZone: TIME_ZONE }).format(new Date(d))
}

export function formatDateTime(d: Date | string | null | undefined, locale: Locale) {
  if (!d) return '—'
  return new Intl.DateTimeFormat(intlTag(locale), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  }).format(new Date(d))
}

export function formatNumber(n: number | null | undefined, locale: Locale, digits = 0) {
  if (n === null || n === undefined || Number.isNaN(n)) return '—'
  return new Intl.NumberFormat(intlTag(locale), { maximumFractionDigits: digits }).format(n)
}

/** Earlier years are typos here; year 1 would not even store (in UTC it falls in year 0). */
const MIN_YEAR = 1900

/**
 * "2026-11-27T09:00" as typed in a datetime-local field, read as Asia/Karachi (UTC+5, no DST).
 * Null for a day that does not exist: Date would roll 30 February over into March.
 */
export function parseKarachiLocal(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/.test(value) || Number(value.slice(0, 4)) < MIN_YEAR) return null
  const withTime = value.length === 10 ? `${value}T00:00` : value
  const d = new Date(`${withTime}:00+05:00`)
  return Number.isNaN(d.getTime()) || toKarachiLocal(d, value.length > 10) !== value ? null : d
}

/** The inverse of parseKarachiLocal, for a field's defaultValue. */
export function toKarachiLocal(d: Date | string | null | undefined, withTime = true) {
  if (!d) return ''
  const shifted = new Date(new Date(d).getTime() + 5 * 3600_000).toISOString()
  return withTime ? shifted.slice(0, 16) : shifted.slice(0, 10)
}
