// The compliance board's grid: a row per fellow, a cell per started reporting period. Each
// status has its own symbol and a spoken label, so colour is never the only signal.
import Link from '@/components/ui/link'
import { format } from '@/lib/i18n/define'
import type { Messages } from '@/lib/i18n/messages'
import type { ComplianceBoard } from '@/lib/progress/compliance'
import type { PeriodStatus } from '@/lib/progress/periods'
import type { Locale } from '@/lib/i18n/config'
import { formatPercent } from '@/lib/i18n/format'

export const SYMBOLS: Record<PeriodStatus, { mark: string; cls: string }> = {
  done: { mark: '✓', cls: 'bg-emerald-50 text-emerald-900' },
  late: { mark: '!', cls: 'bg-amber-50 text-amber-900' },
  missing: { mark: '✗', cls: 'bg-red-50 text-red-800' },
  due: { mark: '○', cls: 'bg-sky-50 text-sky-900' },
  upcoming: { mark: '·', cls: 'text-slate-600' },
}

export function ComplianceGrid({
  board,
  m,
  cycleId,
  projectName,
  locale = 'en',
}: {
  board: ComplianceBoard
  m: Messages
  cycleId: string
  projectName: (p: { title: string; titleUr: string | null }) => string
  locale?: Locale
}) {
  const t = m.progress.compliance
  return (
    // Focusable so keyboard users can scroll a wide board sideways.
    <div className="relative overflow-x-auto rounded-lg border border-slate-300 bg-white" role="region" aria-label={t.caption} tabIndex={0}>
      <table className="min-w-full border-collapse text-sm">
        <caption className="sr-only">{t.caption}</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className="sticky start-0 bg-slate-50 px-3 py-2 text-start font-semibold">
              {t.fellow}
            </th>
            {board.periods.map((p) => (
              <th key={p.index} scope="col" className="px-1 py-2 text-center font-semibold">
                <span aria-hidden="true">{p.index + 1}</span>
                <span className="sr-only">{format(m.progress.period, { n: p.index + 1 })}</span>
              </th>
            ))}
            <th scope="col" className="px-2 py-2 text-center font-semibold">
              {t.onTime}
            </th>
            <th scope="col" className="px-2 py-2 text-center font-semibold">
              {t.late}
            </th>
            <th scope="col" className="px-2 py-2 text-center font-semibold">
              {t.missing}
            </th>
            <th scope="col" className="px-2 py-2 text-center font-semibold">
              {m.events.rate.column}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {board.rows.map((r) => (
            <tr key={r.fellowshipId}>
              <th scope="row" className="sticky start-0 bg-white px-3 py-2 text-start font-medium">
                {r.name}
                {r.project ? <span className="block text-xs font-normal text-slate-700">{projectName(r.project)}</span> : null}
              </th>
              {r.cells.map((c) => {
                const s = SYMBOLS[c.status]
                const label = format(t.cellLabel, { n: c.index + 1, status: m.progress.statuses[c.status] })
                return (
                  <td key={c.index} className={`px-1 py-2 text-center font-bold ${s.cls}`}>
                    {c.updateId ? (
                      <Link href={`/staff/cycles/${cycleId}/progress/updates/${c.updateId}`} className="block underline" title={label}>
                        <span aria-hidden="true">{s.mark}</span>
                        <span className="sr-only">{label}</span>
                      </Link>
                    ) : (
                      <span title={label}>
                        <span aria-hidden="true">{s.mark}</span>
                        <span className="sr-only">{label}</span>
                      </span>
                    )}
                  </td>
                )
              })}
              <td className="px-2 py-2 text-center">{r.done}</td>
              <td className="px-2 py-2 text-center">{r.late}</td>
              <td className="px-2 py-2 text-center">{r.missing}</td>
              <AttendanceCell a={r.attendance} m={m} locale={locale} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** A fellow's attendance rate at the cycle's sessions, "—" when nothing is counted (lib/events/policy.ts). */
function AttendanceCell({ a, m, locale }: { a: ComplianceBoard['rows'][number]['attendance']; m: Messages; locale: Locale }) {
  const t = m.events.rate
  if (!a || a.rate === null)
    return (
      <td className="px-2 py-2 text-center" title={t.none}>
        <span aria-hidden="true">—</span>
        <span className="sr-only">{t.none}</span>
      </td>
    )
  const rate = formatPercent(a.rate, locale)
  const label = format(t.label, { rate, attended: a.present + a.late, counted: a.present + a.late + a.absent })
  return (
    <td className="px-2 py-2 text-center whitespace-nowrap" title={label}>
      <span aria-hidden="true">{rate}</span>
      <span className="sr-only">{label}</span>
    </td>
  )
}

export function GridLegend({ m }: { m: Messages }) {
  const order: PeriodStatus[] = ['done', 'late', 'missing', 'due']
  return (
    <ul className="mt-2 flex flex-wrap gap-4 text-sm text-slate-800">
      {order.map((s) => (
        <li key={s} className="flex items-center gap-1">
          <span aria-hidden="true" className={`inline-block w-6 rounded text-center font-bold ${SYMBOLS[s].cls}`}>
            {SYMBOLS[s].mark}
          </span>
          {m.progress.statuses[s]}
        </li>
      ))}
    </ul>
  )
}
