// The table of one dataset's rows (the records behind a figure). Names are shown; email
// addresses are not (they go only into an acknowledged export).
import type { Locale } from '@/lib/i18n/config'
import type { Messages } from '@/lib/i18n/messages'
import { formatDate, formatDateTime, formatNumber } from '@/lib/i18n/format'
import { districtLabel } from '@/lib/recruitment/districts'
import type { Dataset } from '@/lib/insight/datasets/schema'
import type { DatasetPage } from '@/lib/insight/datasets/list'
import { Table, Td } from '@/components/ui/basics'
import { localName, localText } from '@/lib/i18n/local-text'

const name = (locale: Locale, en: string, ur: string | null | undefined) => localText(locale, en, ur)

export function DatasetTable({ dataset, rows, m, locale }: { dataset: Dataset; rows: DatasetPage; m: Messages; locale: Locale }) {
  const t = m.insight.data
  const c = t.col
  const caption = t.datasets[dataset]
  const gender = (g: string | null | undefined) => (g ? m.common.genders[g as keyof typeof m.common.genders] : '—')
  const r = rows as any[]
  switch (dataset) {
    case 'applications':
      return (
        <Table caption={caption} headers={[c.name, c.cycle, c.stage, c.eligibility, c.gender, c.district, c.score, c.submitted]}>
          {r.map((a) => (
            <tr key={a.id}>
              <Td>{a.applicant.name}</Td>
              <Td>{localName(locale)(a.cycle)}</Td>
              <Td>{m.home.stages[a.stage as keyof typeof m.home.stages]}</Td>
              <Td>{t.eligibility[a.eligibility as keyof typeof t.eligibility]}</Td>
              <Td>{gender(a.gender)}</Td>
              <Td>{districtLabel(a.district, locale)}</Td>
              <Td>{a.scoreMean === null ? '—' : formatNumber(a.scoreMean, locale, 2)}</Td>
              <Td>{formatDateTime(a.submittedAt, locale)}</Td>
            </tr>
          ))}
        </Table>
      )
    case 'fellows':
      return (
        <Table caption={caption} headers={[c.name, c.cycle, c.status, c.gender, c.district, c.placement]}>
          {r.map((f) => (
            <tr key={f.id}>
              <Td>{f.user.name}</Td>
              <Td>{localName(locale)(f.cycle)}</Td>
              <Td>{t.fellowStatuses[f.status as keyof typeof t.fellowStatuses]}</Td>
              <Td>{gender(f.application?.gender ?? f.user.gender)}</Td>
              <Td>{districtLabel(f.application?.district ?? f.user.district, locale)}</Td>
              <Td>
                {f.placements.length
                  ? f.placements.map((p: any, i: number) => (
                      <span key={i} className="block">
                        {p.project.title} · {name(locale, p.project.department.name, p.project.department.nameUr)}
                      </span>
                    ))
                  : t.notPlaced}
              </Td>
            </tr>
          ))}
        </Table>
      )
    case 'placements':
      return (
        <Table caption={caption} headers={[c.name, c.cycle, c.project, c.department, c.status, c.start, c.end]}>
          {r.map((p) => (
            <tr key={p.id}>
              <Td>{p.fellowship.user.name}</Td>
              <Td>{localName(locale)(p.fellowship.cycle)}</Td>
              <Td>{p.project.title}</Td>
              <Td>{name(locale, p.project.department.name, p.project.department.nameUr)}</Td>
              <Td>{t.placementStatuses[p.status as keyof typeof t.placementStatuses]}</Td>
              <Td>{formatDate(p.startDate, locale)}</Td>
              <Td>{formatDate(p.endDate, locale)}</Td>
            </tr>
          ))}
        </Table>
      )
    case 'updates':
      return (
        <Table caption={caption} headers={[c.name, c.cycle, c.period, c.periodEnd, c.status, c.late, c.submitted, c.hours]}>
          {r.map((u) => (
            <tr key={u.id}>
              <Td>{u.fellowship.user.name}</Td>
              <Td>{localName(locale)(u.fellowship.cycle)}</Td>
              <Td>{formatNumber(u.periodIndex + 1, locale)}</Td>
              <Td>{formatDate(new Date(new Date(u.periodEnd).getTime() - 1), locale)}</Td>
              <Td>{u.status === 'SUBMITTED' ? (u.late ? t.states.late : t.states.onTime) : t.states.draft}</Td>
              <Td>{u.late ? m.common.yes : m.common.no}</Td>
              <Td>{formatDateTime(u.submittedAt, locale)}</Td>
              <Td>{u.hours ?? '—'}</Td>
            </tr>
          ))}
        </Table>
      )
    case 'deliverables':
      return (
        <Table caption={caption} headers={[c.title, c.kind, c.project, c.department, c.cycle, c.status, c.due]}>
          {r.map((d) => (
            <tr key={d.id}>
              <Td>{d.title}</Td>
              <Td>{t.kinds[d.kind as keyof typeof t.kinds]}</Td>
              <Td>{d.project.title}</Td>
              <Td>{name(locale, d.project.department.name, d.project.department.nameUr)}</Td>
              <Td>{localName(locale)(d.project.cycle)}</Td>
              <Td>{m.insight.dashboard.deliverables.statuses[d.status as keyof typeof m.insight.dashboard.deliverables.statuses]}</Td>
              <Td>{formatDate(d.dueDate, locale)}</Td>
            </tr>
          ))}
        </Table>
      )
    case 'metrics':
      return (
        <Table caption={caption} headers={[c.metric, c.project, c.department, c.value, c.recordedOn, c.source]}>
          {r.map((v) => (
            <tr key={v.id}>
              <Td>{name(locale, v.metric.name, v.metric.nameUr)}</Td>
              <Td>{v.metric.project.title}</Td>
              <Td>{name(locale, v.metric.project.department.name, v.metric.project.department.nameUr)}</Td>
              <Td>
                {formatNumber(Number(v.value), locale, 2)} {v.metric.unit}
              </Td>
              <Td>{formatDate(v.recordedOn, locale)}</Td>
              <Td>{v.source ?? '—'}</Td>
            </tr>
          ))}
        </Table>
      )
  }
}
