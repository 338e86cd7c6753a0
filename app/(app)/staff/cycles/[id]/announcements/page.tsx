import Link from '@/components/ui/link'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { formatDateTime } from '@/lib/i18n/format'
import { localName } from '@/lib/i18n/local-text'
import { idParam, orNotFound } from '@/lib/server/page'
import { getCycle } from '@/lib/cycles/queries'
import { listAnnouncements } from '@/lib/announcements/queries'
import { EmptyState, LinkButton, PageHeader, Table, Td } from '@/components/ui/basics'
import { UserText } from '@/components/ui/user-text'
import { AudienceLabel, deliveryLine } from '@/components/announcements/audience-label'

export const generateMetadata = titled((m) => m.announcements.title)

export default async function AnnouncementsPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission('announcement:read:any')
  const { m, locale } = await getI18n()
  const id = idParam((await params).id)
  const cycle = await orNotFound(getCycle(viewer, id))
  const rows = await listAnnouncements(viewer, id)
  const t = m.announcements
  return (
    <>
      <PageHeader
        title={t.title}
        description={<UserText>{localName(locale)(cycle)}</UserText>}
        actions={
          <>
            <LinkButton href={`/staff/cycles/${id}/announcements/new`}>{t.new}</LinkButton>
            <LinkButton href={`/staff/cycles/${id}`} variant="secondary">
              {m.common.back}
            </LinkButton>
          </>
        }
      />
      <p className="mb-4 max-w-3xl text-slate-700">{t.intro}</p>
      {rows.length === 0 ? (
        <EmptyState>{t.none}</EmptyState>
      ) : (
        <Table caption={t.title} headers={[t.col.subject, t.col.audience, t.col.sent, t.col.recipients, t.col.delivery]}>
          {rows.map((a) => (
            <tr key={a.id}>
              <Td>
                <Link href={`/staff/cycles/${id}/announcements/${a.id}`} className="font-medium text-emerald-800 underline">
                  <UserText>{locale === 'ur' ? a.subjectUr : a.subject}</UserText>
                </Link>
              </Td>
              <Td>
                <AudienceLabel m={m} locale={locale} a={a} />
              </Td>
              <Td>
                {formatDateTime(a.createdAt, locale)} · <UserText>{a.sentBy.name}</UserText>
              </Td>
              <Td>{String(a.recipientCount)}</Td>
              <Td>{deliveryLine(m, locale, a.delivery)}</Td>
            </tr>
          ))}
        </Table>
      )}
    </>
  )
}
