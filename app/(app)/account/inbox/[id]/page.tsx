import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { formatDateTime } from '@/lib/i18n/format'
import { localName } from '@/lib/i18n/local-text'
import { idParam, orNotFound } from '@/lib/server/page'
import { getInboxMessage } from '@/lib/announcements/queries'
import { Card, LinkButton, PageHeader } from '@/components/ui/basics'
import { fill, UserText } from '@/components/ui/user-text'

export const generateMetadata = titled((m) => m.announcements.inbox.title)

export default async function InboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission('inbox:read:own')
  const { m, locale } = await getI18n()
  const r = await orNotFound(getInboxMessage(viewer, idParam((await params).id)))
  const t = m.announcements.inbox
  const a = r.announcement
  // The reader's language first; the other one below, as the email has both.
  const first = locale === 'ur' ? { subject: a.subjectUr, body: a.bodyUr } : { subject: a.subject, body: a.body }
  const second =
    locale === 'ur'
      ? { subject: a.subject, body: a.body, label: m.announcements.detail.english }
      : { subject: a.subjectUr, body: a.bodyUr, label: m.announcements.detail.urdu }
  return (
    <>
      <PageHeader
        title={<UserText>{first.subject}</UserText>}
        description={
          <>
            {fill(
              t.from,
              { name: <UserText>{a.sentBy.name}</UserText>, programme: <UserText>{localName(locale)(a.cycle.programme)}</UserText> },
              locale,
            )}{' '}
            · {formatDateTime(a.createdAt, locale)}
          </>
        }
        actions={
          <LinkButton href="/account/inbox" variant="secondary">
            {t.back}
          </LinkButton>
        }
      />
      <div className="space-y-4">
        <Card>
          <UserText block className="whitespace-pre-wrap">
            {first.body}
          </UserText>
        </Card>
        <Card title={second.label}>
          {/* The other language's text says so (lang), for its font, line height and a screen reader's voice. */}
          <div lang={locale === 'ur' ? 'en' : 'ur'}>
            <UserText block className="mb-2 font-semibold">
              {second.subject}
            </UserText>
            <UserText block className="whitespace-pre-wrap">
              {second.body}
            </UserText>
          </div>
        </Card>
      </div>
    </>
  )
}
