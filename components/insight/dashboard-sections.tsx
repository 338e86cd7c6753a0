// The sections of a cycle dashboard, shared by staff (every department, figures linked to
// their records) and partners (their department only, no links to staff lists).
import Link from '@/components/ui/link'
import type { Locale } from '@/lib/i18n/config'
import type { Messages } from '@/lib/i18n/messages'
import { format } from '@/lib/i18n/define'
import { formatDate, formatNumber, formatPercent } from '@/lib/i18n/format'
import { dataHref } from '@/lib/insight/datasets/schema'
import type { FunnelRow } from '@/lib/insight/dashboard/funnel'
import type { CoverageRow } from '@/lib/insight/dashboard/coverage'
import type { ComplianceRow } from '@/lib/insight/dashboard/compliance'
import type { DeliverableRow } from '@/lib/insight/dashboard/deliverables'
import { DELIVERABLE_STATUSES } from '@/lib/deliverables/status'
import type { MetricRow } from '@/lib/insight/dashboard/metrics'
import type { AttendanceSummary } from '@/lib/insight/dashboard/attendance'
import { ATTENDANCE_BANDS } from '@/lib/events/policy'
import { towardsTarget } from '@/lib/metrics/target'
import { Card, EmptyState, Table, Td } from '@/components/ui/basics'
import { BarChart, StackedBars, TargetBar } from './bars'
import { Count } from './figure'
import { localText } from '@/lib/i18n/local-text'

interface Common {
  m: Messages
  locale: Locale
  cycleId: string
  /** Staff follow figures to their records; partners see the figures only. */
  linked: boolean
}

const name = (locale: Locale, en: string, ur: string | null) => localText(locale, en, ur)
const twoCol = 'grid gap-6 lg:grid-cols-2'
const more = 'mt-4 inline-block font-medium text-emerald-800 underline'

export function FunnelSection({ rows, m, locale, cycleId, linked }: Common & { rows: FunnelRow[] }) {
  const t = m.insight.dashboard.funnel
  return (
    <Card title={t.title}>
      <p className="mb-4 text-sm text-slate-700">{t.intro}</p>
      <div className={twoCol}>
        <BarChart
          label={format(m.insight.common.chartOf, { title: t.title })}
          bars={rows.map((r) => ({ label: t.steps[r.step], value: r.count, text: formatNumber(r.count, locale) }))}
        />
        <Table caption={t.title} headers={[t.step, t.count, t.share]}>
          {rows.map((r) => (
            <tr key={r.step}>
              <Td>{t.steps[r.step]}</Td>
              <Td>
                <Count
                  value={r.count}
                  locale={locale}
                  label={t.steps[r.step]}
                  href={linked ? dataHref('applications', { cycle: cycleId, step: r.step }) : null}
                />
              </Td>
              <Td>{r.ofApplied === null ? '—' : format(m.insight.common.percent, { n: formatNumber(r.ofApplied, locale, 1) })}</Td>
            </tr>
          ))}
        </Table>
      </div>
      {linked ? (
        <Link href={`/staff/cycles/${cycleId}/recruitment`} className={more}>
          {t.pipeline}
        </Link>
      ) : null}
    </Card>
  )
}

export function CoverageSection({ rows, m, locale, cycleId, linked }: Common & { rows: CoverageRow[] }) {
  const t = m.insight.dashboard.coverage
  const c = m.insight.common
  const seats = rows.reduce((s, r) => s + r.seats, 0)
  const placed = rows.reduce((s, r) => s + r.placed, 0)
  return (
    <Card title={t.title}>
      <p className="mb-4 text-sm text-slate-700">{t.intro}</p>
      {rows.length === 0 ? (
        <EmptyState>{c.noData}</EmptyState>
      ) : (
        <div className={twoCol}>
          <BarChart
            label={format(c.chartOf, { title: t.title })}
            max={100}
            bars={rows.map((r) => ({
              label: name(locale, r.name, r.nameUr),
              value: r.seats ? Math.min(100, (r.placed / r.seats) * 100) : r.placed ? 100 : 0,
              text: `${formatNumber(r.placed, locale)} / ${formatNumber(r.seats, locale)}`,
            }))}
          />
          <Table caption={t.title} headers={[c.department, t.seats, t.placed]}>
            {rows.map((r) => (
              <tr key={r.departmentId}>
                <Td>{name(locale, r.name, r.nameUr)}</Td>
                <Td>{formatNumber(r.seats, locale)}</Td>
                <Td>
                  <Count
                    value={r.placed}
                    locale={locale}
                    label={`${t.placed}, ${name(locale, r.name, r.nameUr)}`}
                    href={linked ? dataHref('fellows', { cycle: cycleId, department: r.departmentId }) : null}
                  />
                </Td>
              </tr>
            ))}
            <tr className="font-semibold">
              <Td>{c.total}</Td>
              <Td>{formatNumber(seats, locale)}</Td>
              <Td>
                <Count
                  value={placed}
                  locale={locale}
                  label={`${t.placed}, ${c.total}`}
                  href={linked ? dataHref('fellows', { cycle: cycleId, placed: 'yes' }) : null}
                />
              </Td>
            </tr>
          </Table>
        </div>
      )}
      {linked ? (
        <Link href={`/staff/cycles/${cycleId}/placement`} className={more}>
          {t.placement}
        </Link>
      ) : null}
    </Card>
  )
}

/** How many of a cycle's reporting periods the dashboard lists (the latest). */
export const COMPLIANCE_PERIODS_SHOWN = 12

export function ComplianceSection({
  rows,
  m,
  locale,
  cycleId,
  linked,
  departmentId,
  dates,
}: Common & { rows: ComplianceRow[]; departmentId?: string | null; dates?: { startDate: Date | null; endDate: Date | null } }) {
  const t = m.insight.dashboard.compliance
  const c = m.insight.common
  const dept = departmentId ?? undefined
  // A weekly cycle has fifty periods: the latest few are shown, with the whole cycle's totals.
  const shown = rows.slice(-COMPLIANCE_PERIODS_SHOWN)
  const total = rows.reduce(
    (a, r) => ({ onTime: a.onTime + r.onTime, late: a.late + r.late, notSubmitted: a.notSubmitted + r.notSubmitted }),
    { onTime: 0, late: 0, notSubmitted: 0 },
  )
  const label = (r: ComplianceRow) =>
    format(t.periodLabel, { n: r.period + 1, start: formatDate(r.start, locale), end: formatDate(r.lastDay, locale) })
  return (
    <Card title={t.title}>
      <p className="mb-4 text-sm text-slate-700">{t.intro}</p>
      {rows.length === 0 ? (
        // No period yet: a cycle with dates has simply not started; only one without them needs dates.
        <EmptyState>
          {dates?.startDate && dates.endDate ? format(t.notStarted, { date: formatDate(dates.startDate, locale) }) : t.none}
        </EmptyState>
      ) : (
        <div className={twoCol}>
          <StackedBars
            label={format(c.chartOf, { title: t.title })}
            legend={[
              { label: t.onTime, value: 0, tone: 'bg-emerald-700' },
              { label: t.late, value: 0, tone: 'bg-amber-500' },
              { label: `${t.missing} / ${t.due}`, value: 0, tone: 'bg-red-700' },
            ]}
            rows={shown.map((r) => ({
              label: format(t.periodShort, { n: r.period + 1, end: formatDate(r.lastDay, locale) }),
              segments: [
                { label: t.onTime, value: r.onTime, tone: 'bg-emerald-700' },
                { label: t.late, value: r.late, tone: 'bg-amber-500' },
                { label: t.missing, value: r.notSubmitted, tone: 'bg-red-700' },
              ],
            }))}
          />
          <Table caption={t.title} headers={[t.period, t.onTime, t.late, `${t.missing} / ${t.due}`]}>
            {shown.map((r) => (
              <tr key={r.period}>
                <Td>
                  {label(r)}
                  {r.closed ? null : <span className="ms-1 text-slate-700">({t.open})</span>}
                </Td>
                <Td>
                  <Count
                    value={r.onTime}
                    locale={locale}
                    label={`${t.onTime}, ${label(r)}`}
                    href={linked ? dataHref('updates', { cycle: cycleId, department: dept, period: r.period, state: 'onTime' }) : null}
                  />
                </Td>
                <Td>
                  <Count
                    value={r.late}
                    locale={locale}
                    label={`${t.late}, ${label(r)}`}
                    href={linked ? dataHref('updates', { cycle: cycleId, department: dept, period: r.period, state: 'late' }) : null}
                  />
                </Td>
                <Td>
                  <Count
                    value={r.notSubmitted}
                    locale={locale}
                    label={`${r.closed ? t.missing : t.due}, ${label(r)}`}
                    href={linked ? dataHref('fellows', { cycle: cycleId, department: dept, missingPeriod: r.period }) : null}
                  />
                  <span className="ms-1 text-slate-700">{r.closed ? t.missing : t.due}</span>
                </Td>
              </tr>
            ))}
            {rows.length > shown.length ? (
              <tr>
                <Td>{format(t.allPeriods, { total: rows.length })}</Td>
                <Td>{formatNumber(total.onTime, locale)}</Td>
                <Td>{formatNumber(total.late, locale)}</Td>
                <Td>{formatNumber(total.notSubmitted, locale)}</Td>
              </tr>
            ) : null}
          </Table>
        </div>
      )}
      {rows.length > shown.length ? (
        <p className="mt-3 text-sm text-slate-700">{format(t.latestShown, { shown: shown.length, total: rows.length })}</p>
      ) : null}
      {linked ? (
        <Link href={`/staff/cycles/${cycleId}/progress`} className={more}>
          {t.progress}
        </Link>
      ) : null}
    </Card>
  )
}

export function DeliverablesSection({ rows, m, locale, cycleId, linked }: Common & { rows: DeliverableRow[] }) {
  const t = m.insight.dashboard.deliverables
  const c = m.insight.common
  return (
    <Card title={t.title}>
      <p className="mb-4 text-sm text-slate-700">{t.intro}</p>
      {rows.length === 0 ? (
        <EmptyState>{t.none}</EmptyState>
      ) : (
        <div className="space-y-6">
          <StackedBars
            label={format(c.chartOf, { title: t.title })}
            legend={DELIVERABLE_STATUSES.map((s) => ({ label: t.statuses[s], value: 0, tone: TONES[s] }))}
            rows={rows.map((r) => ({
              label: name(locale, r.name, r.nameUr),
              segments: DELIVERABLE_STATUSES.map((s) => ({ label: t.statuses[s], value: r.counts[s], tone: TONES[s] })),
            }))}
          />
          <Table caption={t.title} headers={[c.department, ...DELIVERABLE_STATUSES.map((s) => t.statuses[s]), c.total]}>
            {rows.map((r) => (
              <tr key={r.departmentId}>
                <Td>{name(locale, r.name, r.nameUr)}</Td>
                {DELIVERABLE_STATUSES.map((s) => (
                  <Td key={s}>
                    <Count
                      value={r.counts[s]}
                      locale={locale}
                      label={`${t.statuses[s]}, ${name(locale, r.name, r.nameUr)}`}
                      href={
                        linked && r.counts[s] ? dataHref('deliverables', { cycle: cycleId, department: r.departmentId, status: s }) : null
                      }
                    />
                  </Td>
                ))}
                <Td>
                  <Count
                    value={r.total}
                    locale={locale}
                    label={`${c.total}, ${name(locale, r.name, r.nameUr)}`}
                    href={linked ? dataHref('deliverables', { cycle: cycleId, department: r.departmentId }) : null}
                  />
                </Td>
              </tr>
            ))}
          </Table>
        </div>
      )}
    </Card>
  )
}

const TONES = {
  NOT_STARTED: 'bg-slate-400',
  SUBMITTED: 'bg-sky-700',
  CHANGES_REQUESTED: 'bg-amber-500',
  APPROVED: 'bg-emerald-700',
} as const

export function MetricsSection({ rows, m, locale, linked }: Common & { rows: MetricRow[] }) {
  const t = m.insight.dashboard.metrics
  return (
    <Card title={t.title}>
      <p className="mb-4 text-sm text-slate-700">{t.intro}</p>
      {rows.length === 0 ? (
        <EmptyState>{t.none}</EmptyState>
      ) : (
        <Table caption={t.title} headers={[t.metric, t.project, t.value, t.target, t.progress, t.lastRecorded]}>
          {rows.map((r) => {
            const pct = towardsTarget(r.value, r.target)
            return (
              <tr key={r.metricId}>
                <Td>
                  {name(locale, r.name, r.nameUr)}
                  {r.isPublic ? null : <span className="ms-1 text-xs text-slate-700">({t.notPublic})</span>}
                </Td>
                <Td>
                  {name(locale, r.projectTitle, r.projectTitleUr)}
                  <span className="block text-xs text-slate-700">{name(locale, r.departmentName, r.departmentNameUr)}</span>
                </Td>
                <Td>
                  {r.value === null ? (
                    '—'
                  ) : (
                    <Count
                      value={r.value}
                      locale={locale}
                      label={name(locale, r.name, r.nameUr)}
                      href={linked ? dataHref('metrics', { project: r.projectId }) : null}
                    />
                  )}{' '}
                  {r.unit}
                </Td>
                <Td>{r.target === null ? t.noTarget : `${formatNumber(r.target, locale)} ${r.unit}`}</Td>
                <Td>
                  {pct === null ? (
                    '—'
                  ) : (
                    <TargetBar percent={pct} text={format(m.insight.common.percent, { n: formatNumber(pct, locale, 1) })} />
                  )}
                </Td>
                <Td>{formatDate(r.lastRecordedOn, locale)}</Td>
              </tr>
            )
          })}
        </Table>
      )}
    </Card>
  )
}

/** Attendance at the cycle's sessions: the cycle's rate and fellows by their own rate. */
export function AttendanceSection({ summary, m, locale, cycleId, linked }: Common & { summary: AttendanceSummary }) {
  const t = m.events.rate
  return (
    <Card title={t.title}>
      <p className="mb-4 text-sm text-slate-700">{t.intro}</p>
      {summary.sessions === 0 ? (
        <EmptyState>{t.noneYet}</EmptyState>
      ) : (
        <div className={twoCol}>
          <dl className="grid grid-cols-2 gap-3">
            <div className="rounded-lg border border-slate-300 p-3">
              <dt className="text-sm text-slate-700">{t.overall}</dt>
              <dd className="text-2xl font-bold text-slate-900">{summary.rate === null ? '—' : formatPercent(summary.rate, locale)}</dd>
            </div>
            <div className="rounded-lg border border-slate-300 p-3">
              <dt className="text-sm text-slate-700">{t.sessions}</dt>
              <dd className="text-2xl font-bold text-slate-900">{formatNumber(summary.sessions, locale)}</dd>
            </div>
          </dl>
          <Table caption={t.caption} headers={[t.band, t.fellows]}>
            {ATTENDANCE_BANDS.map((b) => (
              <tr key={b}>
                <Td>{t.bands[b]}</Td>
                <Td>{formatNumber(summary.bands[b], locale)}</Td>
              </tr>
            ))}
          </Table>
        </div>
      )}
      {linked ? (
        <p className="flex flex-wrap gap-4">
          <Link href={`/staff/cycles/${cycleId}/progress`} className={more}>
            {t.perFellow}
          </Link>
          <Link href={`/staff/cycles/${cycleId}/events`} className={more}>
            {t.sessionsLink}
          </Link>
        </p>
      ) : null}
    </Card>
  )
}
