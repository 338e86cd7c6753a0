import Link from '@/components/ui/link'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { formatDate, formatDateTime } from '@/lib/i18n/format'
import { myReporting } from '@/lib/progress/queries'
import { lastDayOf } from '@/lib/progress/periods'
import { Card, EmptyState, PageHeader, Table, Td } from '@/components/ui/basics'
import { PeriodBadge } from '@/components/progress/badges'
import { localName } from '@/lib/i18n/local-text'

export const generateMetadata = titled((m) => m.progress.updates.title)

export default async function FellowUpdates() {
  const viewer = await requirePermission('update:write:own')
  const { m, locale } = await getI18n()
  const fellowships = await myReporting(viewer)
  const t = m.progress.updates
  const name = localName(locale)
  return (
    <>
      <PageHeader title={t.title} description={t.intro} />
      {fellowships.length === 0 ? <EmptyState>{t.noFellowship}</EmptyState> : null}
      <div className="space-y-6">
        {fellowships.map((f) => {
          const cycle = `${name(f.cycle.programme)} — ${localName(locale)(f.cycle)}`
          return (
            <Card key={f.id} title={`${cycle} (${m.common.cadences[f.cycle.reportingCadence]})`}>
              {f.periods.length === 0 ? (
                <p className="text-slate-700">{m.progress.fellowHome.noPeriods}</p>
              ) : (
                <Table
                  caption={format(t.caption, { cycle })}
                  headers={[t.period, t.dates, t.closes, t.status, t.submitted, m.common.actions]}
                >
                  {f.periods.map((p) => {
                    const label = format(m.progress.period, { n: p.index + 1 })
                    const action = p.canWrite ? (p.update ? t.edit : t.write) : p.update ? t.view : null
                    return (
                      <tr key={p.index}>
                        <Td>{label}</Td>
                        <Td>{format(m.progress.range, { start: formatDate(p.start, locale), end: formatDate(lastDayOf(p), locale) })}</Td>
                        <Td>{formatDate(new Date(p.closesAt.getTime() - 1), locale)}</Td>
                        <Td>
                          <PeriodBadge status={p.status} labels={m.progress.statuses} />
                          {p.update?.status === 'DRAFT' ? <span className="ms-2 text-sm text-slate-700">({t.draft})</span> : null}
                        </Td>
                        <Td>{p.update?.submittedAt ? formatDateTime(p.update.submittedAt, locale) : '—'}</Td>
                        <Td>
                          {action ? (
                            <Link href={`/fellow/updates/${f.id}/${p.index}`} className="font-medium text-emerald-800 underline">
                              {action}
                              <span className="sr-only"> — {label}</span>
                            </Link>
                          ) : null}
                        </Td>
                      </tr>
                    )
                  })}
                </Table>
              )}
            </Card>
          )
        })}
      </div>
    </>
  )
}
