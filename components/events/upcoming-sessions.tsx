// The next few sessions on a portal's home page, each with the person's answer, and a link to all.
import Link from '@/components/ui/link'
import type { Locale } from '@/lib/i18n/config'
import type { Messages } from '@/lib/i18n/messages'
import { format } from '@/lib/i18n/define'
import { localText } from '@/lib/i18n/local-text'
import type { MyEvent } from '@/lib/events/queries'
import { Card, LinkButton } from '@/components/ui/basics'
import { UserText } from '@/components/ui/user-text'
import { EventWhere } from './event-when'

export function UpcomingSessions({ events, m, locale, href }: { events: MyEvent[]; m: Messages; locale: Locale; href: string }) {
  const t = m.events.mine
  return (
    <Card title={t.homeTitle}>
      {events.length ? (
        <ul className="mb-3 space-y-3">
          {events.map((e) => (
            <li key={e.id}>
              <Link href={`${href}#event-${e.id}`} className="font-medium text-emerald-800 underline">
                <UserText>{localText(locale, e.title, e.titleUr)}</UserText>
              </Link>
              <EventWhere event={e} m={m} locale={locale} />
              <p className="text-sm text-slate-700">
                {e.answer ? format(t.yourAnswer, { answer: m.events.answers[e.answer] }) : t.notAnswered}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mb-3 text-slate-700">{t.noneUpcoming}</p>
      )}
      <LinkButton href={href} variant="secondary">
        {t.allSessions}
      </LinkButton>
    </Card>
  )
}
