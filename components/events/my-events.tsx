// A fellow's or partner's sessions: upcoming ones with the answer buttons and a calendar file
// each, past ones with their attendance, and the private calendar feed. Shared by both portals;
// the actions come as props (components never import app/).
import type { Locale } from '@/lib/i18n/config'
import type { Messages } from '@/lib/i18n/messages'
import { format } from '@/lib/i18n/define'
import { formatDate } from '@/lib/i18n/format'
import { localText } from '@/lib/i18n/local-text'
import type { ActionState } from '@/lib/server/action-state'
import type { MyEvent } from '@/lib/events/queries'
import { canRespond } from '@/lib/events/policy'
import { RSVP_ANSWERS } from '@/lib/events/schema'
import { Card, EmptyState } from '@/components/ui/basics'
import { ActionForm, Hidden, SubmitButton } from '@/components/ui/form'
import { UserText } from '@/components/ui/user-text'
import { EventWhere } from './event-when'
import { FeedAddressForm } from './feed-address'

type Action = (prev: ActionState, fd: FormData) => Promise<ActionState>

function EventItem({
  e,
  m,
  locale,
  basePath,
  respond,
  now,
}: {
  e: MyEvent
  m: Messages
  locale: Locale
  basePath: string
  respond?: Action
  now: Date
}) {
  const t = m.events
  const title = localText(locale, e.title, e.titleUr)
  const description = localText(locale, e.description, e.descriptionUr)
  return (
    <li id={`event-${e.id}`} className="scroll-mt-4 rounded-md border border-slate-300 p-4">
      <h3 className="font-semibold text-slate-900">
        <UserText>{title}</UserText>
      </h3>
      <EventWhere event={e} m={m} locale={locale} />
      {description ? (
        <UserText block className="mt-2 text-sm whitespace-pre-line text-slate-800">
          {description}
        </UserText>
      ) : null}
      {respond ? (
        canRespond(e, now) ? (
          <div className="mt-3">
            <p className="text-sm font-medium text-slate-900">
              {e.answer ? format(t.mine.yourAnswer, { answer: t.answers[e.answer] }) : t.mine.notAnswered}
            </p>
            <ActionForm action={respond} className="mt-2 flex flex-wrap items-center gap-2" aria-label={`${t.mine.willYouAttend} ${title}`}>
              <Hidden name="eventId" value={e.id} />
              {RSVP_ANSWERS.map((a) => (
                <SubmitButton
                  key={a}
                  name="answer"
                  value={a}
                  label={t.answerButtons[a]}
                  variant={e.answer === a ? 'primary' : 'secondary'}
                />
              ))}
            </ActionForm>
          </div>
        ) : null
      ) : (
        <p className="mt-2 text-sm text-slate-800">
          {e.mark
            ? format(t.mine.yourMark, { mark: t.marks[e.mark] })
            : e.answer
              ? format(t.mine.yourAnswer, { answer: t.answers[e.answer] })
              : null}
        </p>
      )}
      {e.cancelledAt ? null : (
        <p className="mt-3">
          <a href={`${basePath}/${e.id}/ics`} className="font-medium text-emerald-800 underline" download>
            {t.ics}
            <span className="sr-only">: {title}</span>
          </a>
        </p>
      )}
    </li>
  )
}

export function MyEventsList({
  data,
  m,
  locale,
  basePath,
  respond,
  now = new Date(),
}: {
  data: { upcoming: MyEvent[]; past: MyEvent[] }
  m: Messages
  locale: Locale
  basePath: string
  respond: Action
  now?: Date
}) {
  const t = m.events.mine
  return (
    <>
      <Card title={t.upcoming}>
        {data.upcoming.length ? (
          <ul className="space-y-3">
            {data.upcoming.map((e) => (
              <EventItem key={e.id} e={e} m={m} locale={locale} basePath={basePath} respond={respond} now={now} />
            ))}
          </ul>
        ) : (
          <EmptyState>{t.noneUpcoming}</EmptyState>
        )}
      </Card>
      <Card title={t.past}>
        {data.past.length ? (
          <ul className="space-y-3">
            {data.past.map((e) => (
              <EventItem key={e.id} e={e} m={m} locale={locale} basePath={basePath} now={now} />
            ))}
          </ul>
        ) : (
          <EmptyState>{t.nonePast}</EmptyState>
        )}
      </Card>
    </>
  )
}

export function CalendarFeedCard({
  feed,
  m,
  locale,
  create,
  revoke,
}: {
  feed: { createdAt: Date } | null
  m: Messages
  locale: Locale
  create: Action
  revoke: Action
}) {
  const t = m.events.feed
  return (
    <Card title={t.title}>
      <p className="mb-3 max-w-3xl text-sm text-slate-800">{t.intro}</p>
      <p className="mb-3 text-sm font-medium text-slate-900">
        {feed ? format(t.active, { date: formatDate(feed.createdAt, locale) }) : t.none}
      </p>
      <div className="flex flex-wrap items-start gap-4">
        <FeedAddressForm action={create} label={feed ? t.replace : t.create} addressLabel={t.address} />
        {feed ? (
          <ActionForm action={revoke} submitLabel={t.revoke} submitVariant="danger" aria-label={t.revoke}>
            {null}
          </ActionForm>
        ) : null}
      </div>
    </Card>
  )
}
