// When and where a session is: Karachi times, the place and the online link; a cancelled one says so.
import type { Locale } from '@/lib/i18n/config'
import type { Messages } from '@/lib/i18n/messages'
import { format } from '@/lib/i18n/define'
import { formatDate, formatDateTime, formatTime } from '@/lib/i18n/format'
import { karachiIso } from '@/lib/i18n/karachi-time'
import { Badge } from '@/components/ui/basics'
import { UserText } from '@/components/ui/user-text'

export function whenText(e: { startsAt: Date; endsAt: Date }, m: Messages, locale: Locale) {
  const sameDay = karachiIso(e.startsAt, false) === karachiIso(e.endsAt, false)
  return sameDay
    ? format(m.events.when, {
        date: formatDate(e.startsAt, locale),
        start: formatTime(e.startsAt, locale),
        end: formatTime(e.endsAt, locale),
      })
    : format(m.events.whenDays, { start: formatDateTime(e.startsAt, locale), end: formatDateTime(e.endsAt, locale) })
}

export function EventWhere({
  event: e,
  m,
  locale,
}: {
  event: {
    startsAt: Date
    endsAt: Date
    place: string | null
    onlineUrl: string | null
    cancelledAt: Date | null
    kind: keyof Messages['events']['kinds']
  }
  m: Messages
  locale: Locale
}) {
  const t = m.events
  return (
    <div className="space-y-1 text-sm text-slate-800">
      <p className="flex flex-wrap items-center gap-2">
        <Badge tone="info">{t.kinds[e.kind]}</Badge>
        {e.cancelledAt ? <Badge tone="bad">{t.cancelled}</Badge> : null}
        <span className={e.cancelledAt ? 'line-through' : undefined}>{whenText(e, m, locale)}</span>
      </p>
      {e.place ? (
        <p>
          {t.place}: <UserText>{e.place}</UserText>
        </p>
      ) : null}
      {e.onlineUrl ? (
        <p>
          {t.online}:{' '}
          <a href={e.onlineUrl} className="font-medium break-all text-emerald-800 underline" dir="ltr" rel="noopener noreferrer">
            {t.joinOnline}
          </a>
        </p>
      ) : null}
    </div>
  )
}
