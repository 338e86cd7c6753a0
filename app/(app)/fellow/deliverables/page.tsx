import Link from '@/components/ui/link'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { formatDate } from '@/lib/i18n/format'
import { listDeliverables } from '@/lib/deliverables/queries'
import { isOverdue } from '@/lib/deliverables/status'
import { EmptyState, PageHeader, Table, Td } from '@/components/ui/basics'
import { DeliverableBadge } from '@/components/progress/badges'
import { localName } from '@/lib/i18n/local-text'

export const generateMetadata = titled((m) => m.deliverables.fellowTitle)

export default async function FellowDeliverables() {
  const viewer = await requirePermission('deliverable:submit')
  const { m, locale } = await getI18n()
  const rows = await listDeliverables(viewer)
  const t = m.deliverables
  const name = localName(locale)
  return (
    <>
      <PageHeader title={t.fellowTitle} description={t.fellowIntro} />
      {rows.length === 0 ? (
        <EmptyState>{t.none}</EmptyState>
      ) : (
        <Table caption={t.caption} headers={[t.deliverable, t.kind, t.project, t.due, t.status, t.latest]}>
          {rows.map((d) => (
            <tr key={d.id}>
              <Td>
                <Link href={`/fellow/deliverables/${d.id}`} className="font-medium text-emerald-800 underline">
                  {localName(locale)(d)}
                </Link>
              </Td>
              <Td>{t.kinds[d.kind]}</Td>
              <Td>{name(d.project)}</Td>
              <Td>{d.dueDate ? formatDate(d.dueDate, locale) : t.noDue}</Td>
              <Td>
                <DeliverableBadge status={d.status} labels={t.statuses} overdue={isOverdue(d) ? t.overdue : undefined} />
              </Td>
              <Td>{d.latest ? format(t.versionShort, { n: d.latest.versionNumber }) : '—'}</Td>
            </tr>
          ))}
        </Table>
      )}
    </>
  )
}
