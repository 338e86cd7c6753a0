import { notFound } from 'next/navigation'
import Link from '@/components/ui/link'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { formatDateTime } from '@/lib/i18n/format'
import { firstParam, idParam, orNotFound } from '@/lib/server/page'
import { DELIVERY_STATES, getAnnouncement, type DeliveryState } from '@/lib/announcements/queries'
import { Badge, Card, LinkButton, PageHeader, Table, Td } from '@/components/ui/basics'
import { Pagination, pageFrom } from '@/components/ui/pagination'
import { UserText, fill } from '@/components/ui/user-text'
import { AudienceLabel, deliveryLine } from '@/components/announcements/audience-label'

export const generateMetadata = titled((m) => m.announcements.title)

type Props = {
  params: Promise<{ id: string; announcementId: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const tone = { QUEUED: 'warn', SENDING: 'warn', SENT: 'good', FAILED: 'bad', READ: 'info' } as const

export default async function AnnouncementPage({ params, searchParams }: Props) {
  const viewer = await requirePermission('announcement:read:any')
  const { m, locale } = await getI18n()
  const p = await params
  const cycleId = idParam(p.id)
  const sp = await searchParams
  const stateParam = firstParam(sp.state)
  const state = DELIVERY_STATES.includes(stateParam as DeliveryState) ? (stateParam as DeliveryState) : undefined
  const page = pageFrom(sp.page)
  const a = await orNotFound(getAnnouncement(viewer, idParam(p.announcementId), { state, page }))
  if (a.cycleId !== cycleId) notFound()
  const t = m.announcements
  const justSent = Number(firstParam(sp.sent))
  const base = `/staff/cycles/${cycleId}/announcements/${a.id}`
  return (
    <>
      <PageHeader
        title={<UserText>{locale === 'ur' ? a.subjectUr : a.subject}</UserText>}
        description={
          <>
            <AudienceLabel m={m} locale={locale} a={a} /> ·{' '}
            {fill(t.detail.sentBy, { name: <UserText>{a.sentBy.name}</UserText>, date: formatDateTime(a.createdAt, locale) }, locale)}
          </>
        }
        actions={
          <LinkButton href={`/staff/cycles/${cycleId}/announcements`} variant="secondary">
            {m.common.back}
          </LinkButton>
        }
      />
      {Number.isInteger(justSent) && justSent > 0 ? (
        <p role="status" className="mb-4 rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-emerald-900">
          {format(t.detail.justSent, { n: justSent }, locale)}
        </p>
      ) : null}
      <div className="space-y-6">
        <div className="grid gap-4 md:grid-cols-2">
          <Card title={t.detail.english}>
            <UserText block className="mb-2 font-semibold">
              {a.subject}
            </UserText>
            <UserText block className="whitespace-pre-wrap">
              {a.body}
            </UserText>
          </Card>
          <Card title={t.detail.urdu}>
            <UserText block className="mb-2 font-semibold">
              {a.subjectUr}
            </UserText>
            <UserText block className="whitespace-pre-wrap">
              {a.bodyUr}
            </UserText>
          </Card>
        </div>
        <Card title={t.detail.delivery}>
          <p className="mb-2 font-medium" data-testid="delivery-summary">
            {deliveryLine(m, locale, a.delivery)}
          </p>
          <p className="mb-3 text-sm text-slate-700">{t.detail.retryNote}</p>
          <nav aria-label={t.detail.filter} className="mb-3 flex flex-wrap gap-3 text-sm">
            <span className="font-medium">{t.detail.filter}:</span>
            {[undefined, ...DELIVERY_STATES].map((s) => (
              <Link
                key={s ?? 'all'}
                href={s ? `${base}?state=${s}` : base}
                aria-current={s === state ? 'page' : undefined}
                className={s === state ? 'font-semibold text-slate-900' : 'text-emerald-800 underline'}
              >
                {s ? `${t.states[s]} (${a.delivery[s]})` : `${t.detail.all} (${a.recipientCount})`}
              </Link>
            ))}
          </nav>
          <Table caption={t.detail.delivery} headers={[t.col.name, t.col.email, t.col.state, t.col.detail]}>
            {a.recipients.map((r) => (
              <tr key={r.id}>
                <Td>{r.name}</Td>
                <Td>
                  <span dir="ltr">{r.email}</span>
                  {r.hasAccount ? null : <span className="block text-xs text-slate-600">{t.compose.emailOnly}</span>}
                </Td>
                <Td>
                  <Badge tone={tone[r.state]}>{t.states[r.state]}</Badge>
                </Td>
                <Td className="text-sm">
                  {r.state === 'READ'
                    ? format(t.detail.readAt, { time: formatDateTime(r.readAt, locale) }, locale)
                    : r.state === 'SENT'
                      ? format(t.detail.sentAt, { time: formatDateTime(r.sentAt, locale) }, locale)
                      : r.state === 'FAILED'
                        ? [
                            format(t.detail.attempts, { n: r.attempts }, locale),
                            r.nextAttemptAt
                              ? format(t.detail.nextTry, { time: formatDateTime(r.nextAttemptAt, locale) }, locale)
                              : t.detail.gaveUp,
                          ].join(' · ')
                        : null}
                  {r.state === 'FAILED' && r.error ? (
                    <span className="block text-xs text-slate-600" dir="ltr">
                      {r.error}
                    </span>
                  ) : null}
                </Td>
              </tr>
            ))}
          </Table>
          <Pagination page={page} pageCount={a.pageCount} basePath={base} params={{ state }} m={m} />
        </Card>
      </div>
    </>
  )
}
