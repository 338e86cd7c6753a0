// Money in integer paisa (1 PKR = 100 paisa), never floating point: parsing what staff type,
// and showing it in either language.
import { intlTag, type Locale } from '../i18n/config'

/** The largest amount accepted anywhere (10 million PKR): far below 2^53 paisa after any sum. */
export const MAX_PAISA = 1_000_000_000

/** "25000", "25,000" or "25000.5" (rupees) as paisa; null when it is not such an amount. */
export function parsePkr(raw: string): number | null {
  const s = raw.trim().replace(/,/g, '')
  const m = /^(\d{1,8})(?:\.(\d{1,2}))?$/.exec(s)
  if (!m) return null
  const paisa = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'))
  return paisa <= MAX_PAISA ? paisa : null
}

/** "25000.00": the plain figure a bank upload expects (no grouping, two decimals). */
export function paisaToPlain(paisa: number): string {
  const sign = paisa < 0 ? '-' : ''
  const abs = Math.abs(paisa)
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
}

const formatters = new Map<Locale, Intl.NumberFormat>()

/** "Rs 25,000.00" / "Rs ۲۵٬۰۰۰٫۰۰" in the viewer's language (from integer paisa, formatted as text). */
export function formatPkr(paisa: number, locale: Locale): string {
  let f = formatters.get(locale)
  if (!f) {
    f = new Intl.NumberFormat(intlTag(locale), { style: 'currency', currency: 'PKR', minimumFractionDigits: 2, maximumFractionDigits: 2 })
    formatters.set(locale, f)
  }
  // Intl formats a decimal string exactly, so no float rounding is involved.
  return f.format(paisaToPlain(paisa) as unknown as number)
}
