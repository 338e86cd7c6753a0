// A stipend month in the reader's language ("December 2026" / "دسمبر 2026"), for pages and emails.
import { intlTag, type Locale } from '../i18n/config'
import { monthDate } from './prorate'

const months = new Map<Locale, Intl.DateTimeFormat>()

export function formatMonth(key: string, locale: Locale): string {
  let f = months.get(locale)
  if (!f) months.set(locale, (f = new Intl.DateTimeFormat(intlTag(locale), { month: 'long', year: 'numeric', timeZone: 'UTC' })))
  return f.format(monthDate(key))
}
