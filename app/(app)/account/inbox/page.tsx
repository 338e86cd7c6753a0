import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { fill, UserText } from '@/components/ui/user-text'
import { formatDateTime } from '@/lib/i18n/format'
import { localName } from '@/lib/i18n/local-text'
import { listInbox } from '@/lib/announcements/queries'
import { Badge, EmptyState, PageHeader } from '@/components/ui/basics'
import { ActionForm } from '@/components/ui/form'
import { Pagination, pageFrom } from '@/components/ui/pagination'
import { markAllReadAction } from './actions'

export const generateMetadata = titled((m) => m.announcements.inbox.title)

export default async function InboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission('inbox:read:own')
  const { m, locale } = await getI18n()
  const page = pageFrom((await searchParams).page)
  const inbox = await listInbox(viewer, page)
  const t = m.announcements.inbox
  const name = localName(locale)
  const unread = inbox.rows.some((r) => !r.readAt)
  return (
    <>
      <PageHeader title={t.title} description={t.intro} />
      {inbox.total === 0 ? (
        <EmptyState>{t.none}</EmptyState>
      ) : (
        <>
          {unread ? (
            <div className="mb-4">
              <ActionForm action={markAllReadAction} submitLabel={t.markAllRead} submitVariant="secondary" />
            </div>
          ) : null}
          <ul className="space-y-3">
            {inbox.rows.map((r) => (
              <li key={r.id} className={`rounded-lg border bg-white p-4 ${r.readAt ? 'border-slate-300' : 'border-emerald-700'}`}>
                <div className="flex flex-wrap items-center gap-2">
                  {r.readAt ? null : <Badge tone="info">{t.unread}</Badge>}
                  {/* A plain link: opening marks it read (a route, not a page), then shows it. */}
                  <a href={`/account/inbox/${r.id}/open`} className={`text-emerald-800 underline ${r.readAt ? '' : 'font-semibold'}`}>
                    <UserText>{locale === 'ur' ? r.announcement.subjectUr : r.announcement.subject}</UserText>
                  </a>
                </div>
                <p className="mt-1 text-sm text-slate-700">
                  {fill(
                    t.from,
                    {
                      name: <UserText>{r.announcement.sentBy.name}</UserText>,
                      programme: <UserText>{name(r.announcement.cycle.programme)}</UserText>,
                    },
                    locale,
                  )}{' '}
                  · {formatDateTime(r.announcement.createdAt, locale)}
                </p>
              </li>
            ))}
          </ul>
          <Pagination page={page} pageCount={inbox.pageCount} basePath="/account/inbox" params={{}} m={m} />
        </>
      )}
    </>
  )
}
