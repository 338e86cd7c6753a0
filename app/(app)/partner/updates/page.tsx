import Link from '@/components/ui/link'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { formatDateTime } from '@/lib/i18n/format'
import { firstParam } from '@/lib/server/page'
import { listRecentUpdates } from '@/lib/progress/queries'
import { EmptyState, PageHeader, Table, Td } from '@/components/ui/basics'
import { Pagination } from '@/components/ui/pagination'
import { localName } from '@/lib/i18n/local-text'
import { UserText, UserTextList } from '@/components/ui/user-text'

const PAGE = 25

export const generateMetadata = titled((m) => m.progress.partner.updatesTitle)

export default async function PartnerUpdates({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission('progress:read:department')
  const { m, locale } = await getI18n()
  const sp = await searchParams
  const page = Math.min(10_000, Math.max(1, Math.floor(Number(firstParam(sp.page))) || 1))
  const { rows, total } = await listRecentUpdates(viewer, { take: PAGE, skip: (page - 1) * PAGE })
  const t = m.progress.partner
  const name = localName(locale)
  return (
    <>
      <PageHeader title={t.updatesTitle} description={t.updatesIntro} />
      {rows.length === 0 ? (
        <EmptyState>{t.noRecent}</EmptyState>
      ) : (
        <Table
          caption={t.updatesCaption}
          headers={[t.fellow, m.progress.updates.period, t.project, m.progress.updates.submitted, m.deliverables.comments.heading]}
        >
          {rows.map((u) => (
            <tr key={u.id}>
              <Td>
                <Link href={`/partner/updates/${u.id}`} className="font-medium text-emerald-800 underline">
                  <UserText>{u.fellowship.user.name}</UserText>
                  <span className="sr-only"> — {format(m.progress.period, { n: u.periodIndex + 1 })}</span>
                </Link>
              </Td>
              <Td>
                {format(m.progress.period, { n: u.periodIndex + 1 })}
                {u.late ? <span className="block text-sm text-slate-700">{t.submittedLate}</span> : null}
                {u.correctedAt ? <span className="block text-sm text-slate-700">{t.corrected}</span> : null}
              </Td>
              <Td>
                <UserTextList items={u.fellowship.placements.map((p) => name(p.project))} locale={locale} />
              </Td>
              <Td>{u.submittedAt ? formatDateTime(u.submittedAt, locale) : '—'}</Td>
              <Td>{format(t.comments, { n: u._count.comments }, locale)}</Td>
            </tr>
          ))}
        </Table>
      )}
      <Pagination page={page} pageCount={Math.max(1, Math.ceil(total / PAGE))} basePath="/partner/updates" params={{}} m={m} />
    </>
  )
}
