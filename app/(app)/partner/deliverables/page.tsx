import Link from '@/components/ui/link'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { formatDate } from '@/lib/i18n/format'
import { firstParam } from '@/lib/server/page'
import { pageDeliverables } from '@/lib/deliverables/queries'
import { isOverdue } from '@/lib/deliverables/status'
import { EmptyState, PageHeader, Table, Td } from '@/components/ui/basics'
import { DeliverableBadge } from '@/components/progress/badges'
import { localName } from '@/lib/i18n/local-text'
import { Pagination, pageFrom } from '@/components/ui/pagination'

export const generateMetadata = titled((m) => m.deliverables.partnerTitle)

export default async function PartnerDeliverables({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const viewer = await requirePermission('deliverable:review')
  const { m, locale } = await getI18n()
  const sp = await searchParams
  const awaiting = firstParam(sp.awaiting) === '1'
  const overdue = !awaiting && firstParam(sp.overdue) === '1'
  const list = await pageDeliverables(viewer, { awaitingReview: awaiting, overdueAt: overdue ? new Date() : undefined }, pageFrom(sp.page))
  const rows = list.rows
  const all = !awaiting && !overdue
  const t = m.deliverables
  const name = localName(locale)
  return (
    <>
      <PageHeader title={t.partnerTitle} description={t.partnerIntro} />
      <nav aria-label={t.partnerTitle} className="mb-4 flex gap-4">
        <Link
          href="/partner/deliverables"
          aria-current={all ? 'page' : undefined}
          className="font-medium text-emerald-800 underline aria-[current=page]:font-bold aria-[current=page]:no-underline"
        >
          {t.everything}
        </Link>
        <Link
          href="/partner/deliverables?awaiting=1"
          aria-current={awaiting ? 'page' : undefined}
          className="font-medium text-emerald-800 underline aria-[current=page]:font-bold aria-[current=page]:no-underline"
        >
          {t.awaitingOnly}
        </Link>
        <Link
          href="/partner/deliverables?overdue=1"
          aria-current={overdue ? 'page' : undefined}
          className="font-medium text-emerald-800 underline aria-[current=page]:font-bold aria-[current=page]:no-underline"
        >
          {t.overdueOnly}
        </Link>
      </nav>
      {rows.length === 0 ? (
        <EmptyState>{t.none}</EmptyState>
      ) : (
        <Table caption={t.caption} headers={[t.deliverable, t.project, t.due, t.status, t.latest, t.reviewer]}>
          {rows.map((d) => (
            <tr key={d.id}>
              <Td>
                <Link href={`/partner/deliverables/${d.id}`} className="font-medium text-emerald-800 underline">
                  {localName(locale)(d)}
                </Link>
                <span className="block text-sm text-slate-700">{t.kinds[d.kind]}</span>
              </Td>
              <Td>
                {name(d.project)}
                <span className="block text-sm text-slate-700">{localName(locale)(d.project.cycle)}</span>
              </Td>
              <Td>{d.dueDate ? formatDate(d.dueDate, locale) : t.noDue}</Td>
              <Td>
                <DeliverableBadge status={d.status} labels={t.statuses} overdue={isOverdue(d) ? t.overdue : undefined} />
              </Td>
              <Td>{d.latest ? format(t.versionShort, { n: d.latest.versionNumber }) : '—'}</Td>
              <Td>{d.reviewer?.name ?? t.anyReviewer}</Td>
            </tr>
          ))}
        </Table>
      )}
      <Pagination
        page={list.page}
        pageCount={list.pageCount}
        basePath="/partner/deliverables"
        params={{ awaiting: awaiting ? '1' : undefined, overdue: overdue ? '1' : undefined }}
        m={m}
      />
    </>
  )
}
