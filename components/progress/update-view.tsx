// A submitted progress update as staff and partners read it: whose, which period, when,
// whether it was on time, and whether it was corrected (with the earlier text) or reviewed.
import { format } from '@/lib/i18n/define'
import { formatDate, formatDateTime } from '@/lib/i18n/format'
import type { Locale } from '@/lib/i18n/config'
import type { Messages } from '@/lib/i18n/messages'
import type { UpdateDetail } from '@/lib/progress/queries'
import { lastDayOf } from '@/lib/progress/periods'
import { Badge, Card, PageHeader } from '@/components/ui/basics'
import { PeriodBadge } from './badges'
import { UpdateBody } from './update-body'
import { CorrectionHistory } from './correction-history'
import { localName } from '@/lib/i18n/local-text'
import { fill, UserText } from '@/components/ui/user-text'

/** `after`: what follows the text inside its card (staff's "Mark as reviewed"). */
export function UpdateView({
  u,
  m,
  locale,
  children,
  after,
}: {
  u: UpdateDetail
  m: Messages
  locale: Locale
  children?: React.ReactNode
  after?: React.ReactNode
}) {
  const name = localName(locale)
  const t = m.progress.updates
  const period = format(m.progress.period, { n: u.update.periodIndex + 1 })
  const range = u.period
    ? `: ${format(m.progress.range, { start: formatDate(u.period.start, locale), end: formatDate(lastDayOf(u.period), locale) })}`
    : ''
  return (
    <>
      <PageHeader
        title={
          <>
            <UserText>{u.fellow.name}</UserText>: {period}
            {range}
          </>
        }
        description={
          <>
            {u.projects.map((p, i) => (
              <span key={p.id}>
                {i ? '; ' : ''}
                <UserText>{name(p)}</UserText> — <UserText>{name(p.department)}</UserText>
              </span>
            ))}
            {u.projects.length ? ' · ' : ''}
            <UserText>{name(u.cycle.programme)}</UserText>, <UserText>{name(u.cycle)}</UserText>
          </>
        }
        actions={children}
      />
      <Card>
        <p className="mb-4 flex flex-wrap items-center gap-2">
          <PeriodBadge status={u.update.late ? 'late' : 'done'} labels={m.progress.statuses} />
          {u.update.submittedAt ? (
            <span className="text-sm text-slate-700">{format(t.submittedAt, { date: formatDateTime(u.update.submittedAt, locale) })}</span>
          ) : null}
          {u.update.correctedAt ? (
            <Badge tone="info">{format(t.correctedOn, { date: formatDateTime(u.update.correctedAt, locale) })}</Badge>
          ) : null}
          {u.update.reviewedAt ? (
            <span className="text-sm text-slate-700">
              {fill(
                t.reviewedBy,
                { name: <UserText>{u.update.reviewedBy?.name}</UserText>, date: formatDateTime(u.update.reviewedAt, locale) },
                locale,
              )}
            </span>
          ) : null}
        </p>
        <UpdateBody update={u.update} labels={t} />
        <CorrectionHistory
          revisions={u.update.revisions}
          submittedAt={u.update.submittedAt}
          t={t}
          locale={locale}
          formatWhen={(d) => formatDateTime(d, locale)}
        />
        {after}
      </Card>
    </>
  )
}
