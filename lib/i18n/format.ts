// Dates and numbers as people in Pakistan read them: Asia/Karachi time, either language.
import { intlTag, TIME_ZONE, type Locale } from './config'
import { karachiDateToUtc, karachiIso } from './karachi-time'

// Building an Intl formatter costs about 70 µs (ICU loads its patterns); using one costs about
// 1 µs. A page of 50 rows formats hundreds of dates and numbers, so each formatter is built once
// per language and style and kept.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>()
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let f = formatters.get(key) as T | undefined
  if (!f) formatters.set(key, (f = make()))
  return f
}

export function formatDate(d: Date | string | null | undefined, locale: Locale) {
  if (!d) return '—'
  return cached(`date|${locale}`, () => new Intl.DateTimeFormat(intlTag(locale), { dateStyle: 'medium', timeZone: TIME_ZONE })).format(
    new Date(d),
  )
}

// Urdu's short time style ends in the Latin "AM"/"PM" (CLDR), which an Urdu reader does not
// expect and which flips to the wrong side inside a right-to-left line. Urdu names the part
// of the day instead ("6:05 شام", "9:05 صبح"); dateStyle cannot be combined with dayPeriod,
// so the fields are spelled out.
const DATE_TIME: Record<Locale, Intl.DateTimeFormatOptions> = {
  en: { dateStyle: 'medium', timeStyle: 'short' },
  ur: { day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit', dayPeriod: 'short' },
}

export function formatDateTime(d: Date | string | null | undefined, locale: Locale) {
  if (!d) return '—'
  return cached(`datetime|${locale}`, () => new Intl.DateTimeFormat(intlTag(locale), { ...DATE_TIME[locale], timeZone: TIME_ZONE })).format(
    new Date(d),
  )
}

export function formatNumber(n: number | null | undefined, locale: Locale, digits = 0) {
  if (n === null || n === undefined || Number.isNaN(n)) return '—'
  return cached(`number|${locale}|${digits}`, () => new Intl.NumberFormat(intlTag(locale), { maximumFractionDigits: digits })).format(n)
}

/** A list of names in the viewer's language: "a, b" in English, "a، b" (Arabic comma) in Urdu. */
export function joinList(items: readonly string[], locale: Locale) {
  return items.join(locale === 'ur' ? '، ' : ', ')
}

/** A share (0.42) as a whole percentage ("42%", "٪42" in Urdu). */
export function formatPercent(share: number, locale: Locale) {
  return cached(`percent|${locale}`, () => new Intl.NumberFormat(intlTag(locale), { style: 'percent', maximumFractionDigits: 0 })).format(
    share,
  )
}

/** Earlier years are typos here; year 1 would not even store (in UTC it falls in year 0). */
const MIN_YEAR = 1900

/**
 * "2026-11-27T09:00" as typed in a datetime-local field, read as Asia/Karachi (UTC+5, no DST).
 * Null for a day that does not exist: Date would roll 30 February over into March.
 */
export function parseKarachiLocal(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/.test(value) || Number(value.slice(0, 4)) < MIN_YEAR) return null
  const d = karachiDateToUtc(value)
  return Number.isNaN(d.getTime()) || toKarachiLocal(d, value.length > 10) !== value ? null : d
}

/** The inverse of parseKarachiLocal, for a field's defaultValue. */
export function toKarachiLocal(d: Date | string | null | undefined, withTime = true) {
  if (!d) return ''
  return karachiIso(d, withTime)
}

const TIME: Record<Locale, Intl.DateTimeFormatOptions> = {
  en: { timeStyle: 'short' },
  ur: { hour: 'numeric', minute: '2-digit', dayPeriod: 'short' },
}

/** The time of day in Karachi ("10:00 am"; in Urdu with the part of the day, as formatDateTime). */
export function formatTime(d: Date | string | null | undefined, locale: Locale) {
  if (!d) return '—'
  return cached(`time|${locale}`, () => new Intl.DateTimeFormat(intlTag(locale), { ...TIME[locale], timeZone: TIME_ZONE })).format(
    new Date(d),
  )
}
