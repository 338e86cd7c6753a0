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
import { localName } from './names'

/** `after`: what follows the text inside its card (staff's "Mark as reviewed"). */
export function UpdateView({ u, m, locale, children, after }: { u: UpdateDetail; m: Messages; locale: Locale; children?: React.ReactNode; after?: React.ReactNode }) {
  const name = localName(locale)
  const t = m.progress.updates
  const period = format(m.progress.period, { n: u.update.periodIndex + 1 })
  const range = u.period ? `: ${format(m.progress.range, { start: formatDate(u.period.start, locale), end: formatDate(lastDayOf(u.period), locale) })}` : ''
  const projects = u.projects.map((p) => `${name(p)} — ${name(p.department)}`).join('; ')
  return (
    <>
      <PageHeader title={`${u.fellow.name}: ${period}${range}`} description={[projects, `${name(u.cycle.programme)}, ${localName(locale)(u.cycle)}`].filter(Boolean).join(' · ')} actions={children} />
      <Card>
        <p className="mb-4 flex flex-wrap items-center gap-2">
          <PeriodBadge status={u.update.late ? 'late' : 'done'} labels={m.progress.statuses} />
          {u.update.submittedAt ? <span className="text-sm text-slate-700">{format(t.submittedAt, { date: formatDateTime(u.update.submittedAt, locale) })}</span> : null}
          {u.update.correctedAt ? <Badge tone="info">{format(t.correctedOn, { date: formatDateTime(u.update.correctedAt, locale) })}</Badge> : null}
          {u.update.reviewedAt ? (
            <span className="text-sm text-slate-700">{format(t.reviewedBy, { name: u.update.reviewedBy?.name ?? '', date: formatDateTime(u.update.reviewedAt, locale) })}</span>
          ) : null}
        </p>
        <UpdateBody update={u.update} labels={t} />
        <CorrectionHistory revisions={u.update.revisions} submittedAt={u.update.submittedAt} t={t} locale={locale} formatWhen={(d) => formatDateTime(d, locale)} />
        {after}
      </Card>
    </>
  )
}
