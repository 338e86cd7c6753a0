// Words for a payment line's why and a stipend month, in the viewer's language (no data access).
import type { Messages } from '@/lib/i18n/messages'
import type { Locale } from '@/lib/i18n/config'
import { format } from '@/lib/i18n/define'
import { joinList } from '@/lib/i18n/format'
import type { LineReason } from '@/lib/stipends/prorate'
export { formatMonth } from '@/lib/stipends/format'

export function describeReason(m: Messages, locale: Locale, r: LineReason): string {
  const t = m.stipends.reasons
  switch (r.kind) {
    case 'full':
      return t.full
    case 'prorated':
      return format(t.prorated, { from: r.from, to: r.to, days: r.days, of: r.of }, locale)
    case 'retry':
      return (
        format(t.retry, { attempt: r.attempt }, locale) + (r.previous ? ` (${format(t.previous, { reason: r.previous }, locale)})` : '')
      )
    case 'held': {
      const why = [...(r.missing !== undefined ? [format(t.missing, { missing: r.missing }, locale)] : []), ...(r.noBank ? [t.noBank] : [])]
      return `${t.held}: ${joinList(why, locale)}`
    }
  }
}
