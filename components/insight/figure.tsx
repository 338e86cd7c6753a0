// A count as shown in a table: a link to the records behind it, or "fewer than 5" when the
// group is too small to show.
import Link from '@/components/ui/link'
import type { Locale } from '@/lib/i18n/config'
import { formatNumber } from '@/lib/i18n/format'

export function Count({
  value,
  href,
  label,
  locale,
  hiddenText,
}: {
  value: number | null
  href?: string | null
  label?: string
  locale: Locale
  hiddenText?: string
}) {
  if (value === null) return <span className="text-slate-700 italic">{hiddenText}</span>
  const text = formatNumber(value, locale)
  if (!href) return <span>{text}</span>
  return (
    <Link
      href={href}
      className="font-medium text-emerald-800 underline underline-offset-2"
      aria-label={label ? `${text}: ${label}` : undefined}
    >
      {text}
    </Link>
  )
}
