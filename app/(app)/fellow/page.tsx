import Link from '@/components/ui/link'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { formatDate } from '@/lib/i18n/format'
import { myReporting } from '@/lib/progress/queries'
import { lastDayOf } from '@/lib/progress/periods'
import { listDeliverables } from '@/lib/deliverables/queries'
import { Badge, Card, EmptyState, LinkButton, PageHeader, Stat } from '@/components/ui/basics'
import { PeriodBadge } from '@/components/progress/badges'
import { localName } from '@/lib/i18n/local-text'
import { fill, UserText } from '@/components/ui/user-text'
import { myEvents } from '@/lib/events/queries'
import { myCertificates } from '@/lib/certificates/queries'
import { UpcomingSessions } from '@/components/events/upcoming-sessions'

export const generateMetadata = titled((m) => m.progress.fellowHome.title)

export default async function FellowHome() {
  const viewer = await requirePermission('fellowship:read:own')
  const { m, locale } = await getI18n()
  const [fellowships, deliverables, sessions, certificates] = await Promise.all([
    myReporting(viewer),
    listDeliverables(viewer),
    myEvents(viewer, new Date(), { upcomingLimit: 3, pastLimit: 0 }),
    myCertificates(viewer),
  ])
  const t = m.progress.fellowHome
  const name = localName(locale)
  const open = deliverables.filter((d) => d.status !== 'APPROVED')
  return (
    <>
      <PageHeader title={t.title} description={t.intro} />
      {fellowships.length === 0 ? <EmptyState>{t.none}</EmptyState> : null}
      <div className="space-y-6">
        {certificates.some((c) => !c.revokedAt) ? (
          <Card title={m.certificates.fellow.title}>
            <p className="mb-3">{m.certificates.fellow.card}</p>
            <LinkButton href="/fellow/certificate">{m.certificates.fellow.open}</LinkButton>
          </Card>
        ) : null}
        {fellowships.map((f) => {
          const attention = f.periods.filter((p) => p.canWrite && (p.status === 'due' || p.status === 'missing'))
          return (
            <Card
              key={f.id}
              title={
                <>
                  <UserText>{name(f.cycle.programme)}</UserText> — <UserText>{localName(locale)(f.cycle)}</UserText>
                </>
              }
            >
              <p className="mb-3 text-sm text-slate-700">
                <Badge tone="info">{m.common.cycleStatuses[f.cycle.status]}</Badge> {formatDate(f.cycle.startDate, locale)} –{' '}
                {formatDate(f.cycle.endDate, locale)}
              </p>
              {f.projects.length ? (
                f.projects.map((p) => (
                  <p key={p.id} className="mb-3 font-semibold">
                    {fill(
                      t.placedAt,
                      { project: <UserText>{name(p)}</UserText>, department: <UserText>{name(p.department)}</UserText> },
                      locale,
                    )}
                  </p>
                ))
              ) : (
                <p className="mb-3">{t.notPlaced}</p>
              )}
              {f.status !== 'ACTIVE' ? <p className="mb-3 text-slate-700">{t.ended}</p> : null}
              {f.periods.length === 0 ? (
                <p className="text-slate-700">{t.noPeriods}</p>
              ) : (
                <>
                  <div className="mb-4 grid grid-cols-2 gap-3 md:grid-cols-4">
                    <Stat label={m.progress.statuses.due} value={f.counts.due} />
                    <Stat label={m.progress.statuses.done} value={f.counts.done} />
                    <Stat label={m.progress.statuses.late} value={f.counts.late} />
                    <Stat label={m.progress.statuses.missing} value={f.counts.missing} />
                  </div>
                  <h3 className="mb-2 font-semibold">{t.attention}</h3>
                  {attention.length ? (
                    <ul className="mb-3 space-y-2">
                      {attention.slice(0, 6).map((p) => (
                        <li key={p.index} className="flex flex-wrap items-center gap-2">
                          <PeriodBadge status={p.status} labels={m.progress.statuses} />
                          <span>
                            {format(m.progress.period, { n: p.index + 1 })}:{' '}
                            {format(m.progress.range, { start: formatDate(p.start, locale), end: formatDate(lastDayOf(p), locale) })}
                          </span>
                          <Link href={`/fellow/updates/${f.id}/${p.index}`} className="font-medium text-emerald-800 underline">
                            {p.update?.status === 'DRAFT' ? t.finishDraft : p.status === 'missing' ? t.writeLate : t.write}
                            <span className="sr-only"> — {format(m.progress.period, { n: p.index + 1 })}</span>
                          </Link>
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p className="mb-3 text-slate-700">{t.allClear}</p>
                  )}
                  <LinkButton href="/fellow/updates" variant="secondary">
                    {t.allUpdates}
                  </LinkButton>
                </>
              )}
            </Card>
          )
        })}
        {fellowships.length ? <UpcomingSessions events={sessions.upcoming} m={m} locale={locale} href="/fellow/events" /> : null}
        {fellowships.length ? (
          <Card title={t.deliverables}>
            {open.length ? (
              <ul className="mb-3 space-y-2">
                {open.slice(0, 8).map((d) => (
                  <li key={d.id} className="flex flex-wrap items-center gap-2">
                    <Badge tone={d.status === 'CHANGES_REQUESTED' ? 'warn' : d.status === 'SUBMITTED' ? 'info' : 'neutral'}>
                      {m.deliverables.statuses[d.status]}
                    </Badge>
                    <Link href={`/fellow/deliverables/${d.id}`} className="font-medium text-emerald-800 underline">
                      {localName(locale)(d)}
                    </Link>
                    {d.dueDate ? (
                      <span className="text-sm text-slate-700">{format(t.dueOn, { date: formatDate(d.dueDate, locale) })}</span>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mb-3 text-slate-700">{t.noDeliverables}</p>
            )}
            <LinkButton href="/fellow/deliverables" variant="secondary">
              {t.allDeliverables}
            </LinkButton>
          </Card>
        ) : null}
      </div>
    </>
  )
}
