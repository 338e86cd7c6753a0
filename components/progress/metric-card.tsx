// One impact metric: its current figure against the target and the figures logged so far.
import { format } from '@/lib/i18n/define'
import { formatDate, formatNumber } from '@/lib/i18n/format'
import type { Locale } from '@/lib/i18n/config'
import type { Messages } from '@/lib/i18n/messages'
import type { ProjectMetrics } from '@/lib/metrics/queries'
import { Card, Table, Td } from '@/components/ui/basics'
import { fill, UserText } from '@/components/ui/user-text'
import { localName, localUnit } from '@/lib/i18n/local-text'

type Metric = ProjectMetrics['metrics'][number]

export function MetricCard({
  metric,
  t,
  locale,
  children,
}: {
  metric: Metric
  t: Messages['deliverables']['metrics']
  locale: Locale
  children?: React.ReactNode
}) {
  const n = (x: number | null) => formatNumber(x, locale, 2)
  const title = localName(locale)(metric)
  const unit = localUnit(locale)(metric)
  return (
    <Card title={title}>
      <p className="mb-1 text-sm text-slate-700">
        {t.unit}: <UserText>{unit}</UserText> · {metric.cumulative ? t.cumulativeYes : t.cumulativeNo}
      </p>
      <p className="mb-3 text-lg font-semibold text-slate-900">
        {t.figure}:{' '}
        {metric.figure === null
          ? t.noValues
          : metric.target !== null && metric.percent !== null
            ? fill(
                t.ofTarget,
                { figure: n(metric.figure), target: n(metric.target), unit: <UserText>{unit}</UserText>, percent: metric.percent },
                locale,
              )
            : fill(t.noTarget, { figure: n(metric.figure), unit: <UserText>{unit}</UserText> }, locale)}
      </p>
      {metric.target !== null && metric.percent !== null ? (
        <div className="mb-4 h-3 w-full overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
          <div className="h-3 rounded-full bg-emerald-700" style={{ width: `${Math.min(100, metric.percent)}%` }} />
        </div>
      ) : null}
      {children}
      {metric.values.length ? (
        <div className="mt-4">
          <Table caption={format(t.caption, { metric: title })} headers={[t.recordedOn, t.value, t.note, t.source, t.recordedBy]}>
            {metric.values.map((v) => (
              <tr key={v.id}>
                <Td>{formatDate(v.recordedOn, locale)}</Td>
                <Td>{n(v.value)}</Td>
                <Td>{v.note ?? '—'}</Td>
                <Td>{v.source ?? '—'}</Td>
                <Td>{v.recordedBy.name}</Td>
              </tr>
            ))}
          </Table>
        </div>
      ) : null}
    </Card>
  )
}
