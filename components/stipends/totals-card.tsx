// Staff insight: stipends paid and still to pay per programme, cycle and month (no data access).
import type { Locale } from '@/lib/i18n/config'
import type { Messages } from '@/lib/i18n/messages'
import { formatNumber } from '@/lib/i18n/format'
import { localText } from '@/lib/i18n/local-text'
import { formatPkr } from '@/lib/stipends/money'
import type { StipendTotalRow } from '@/lib/stipends/figures'
import { Card, EmptyState, Table, Td } from '@/components/ui/basics'
import { formatMonth } from './describe'

export function StipendTotalsCard({ rows, m, locale }: { rows: StipendTotalRow[]; m: Messages; locale: Locale }) {
  const t = m.stipends
  return (
    <Card title={t.insight.title}>
      <p className="mb-3 text-sm text-slate-700">{t.insight.intro}</p>
      {rows.length === 0 ? (
        <EmptyState>{t.insight.none}</EmptyState>
      ) : (
        <Table
          caption={t.insight.caption}
          headers={[t.insight.programme, t.insight.cycle, t.month, t.staff.paid, t.staff.due, t.insight.fellows]}
        >
          {rows.map((r) => (
            <tr key={`${r.cycleId}|${r.month}`}>
              <Td>{localText(locale, r.programme, r.programmeUr)}</Td>
              <Td>{localText(locale, r.cycle, r.cycleUr)}</Td>
              <Td>{formatMonth(r.month, locale)}</Td>
              <Td>{formatPkr(r.paidPaisa, locale)}</Td>
              <Td>{formatPkr(r.duePaisa, locale)}</Td>
              <Td>{formatNumber(r.fellowsPaid, locale)}</Td>
            </tr>
          ))}
        </Table>
      )}
    </Card>
  )
}
