import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { formatDateTime } from '@/lib/i18n/format'
import { firstParam } from '@/lib/server/page'
import { listOutbox } from '@/lib/people/queries'
import { Badge, PageHeader } from '@/components/ui/basics'
import { UserText } from '@/components/ui/user-text'
import { Pagination, pageFrom } from '@/components/ui/pagination'
import { buttonClass, inputClass } from '@/components/ui/styles'

export const generateMetadata = titled((m) => m.admin.outbox.title)

export default async function OutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const viewer = await requirePermission('outbox:read')
  const { m, locale } = await getI18n()
  const sp = await searchParams
  const to = firstParam(sp.to)
  const page = pageFrom(sp.page)
  const data = await listOutbox(viewer, { to, page })
  const t = m.admin.outbox
  return (
    <>
      <PageHeader title={t.title} description={t.intro} />
      <form className="mb-4 flex flex-wrap items-end gap-2" role="search">
        <div>
          <label htmlFor="o-to" className="block text-sm font-medium">
            {t.searchTo}
          </label>
          <input id="o-to" name="to" defaultValue={to} className={inputClass} dir="ltr" />
        </div>
        <button type="submit" className={buttonClass.secondary}>
          {m.common.search}
        </button>
      </form>
      <p className="mb-2 text-sm text-slate-700">{format(m.common.showingCount, { count: data.total }, locale)}</p>
      <ul className="space-y-3">
        {data.rows.map((n) => (
          <li key={n.id} className="rounded-lg border border-slate-300 bg-white p-4">
            <div className="flex flex-wrap items-center gap-2 text-sm">
              <Badge tone={n.status === 'SENT' ? 'good' : n.status === 'FAILED' ? 'bad' : 'warn'}>{t.statuses[n.status]}</Badge>
              <span className="text-slate-700">{formatDateTime(n.createdAt, locale)}</span>
              <span>
                {t.to}: <span dir="ltr">{n.toEmail}</span>
              </span>
              <code className="text-xs text-slate-600" dir="ltr">
                {n.kind}
              </code>
            </div>
            {/* A mail is written in both languages, English first, and carries names: its own direction. */}
            <UserText block className="mt-1 font-semibold">
              {n.subject}
            </UserText>
            {n.body === null ? (
              <p className="mt-1 text-sm text-slate-700">{t.secretBody}</p>
            ) : (
              <details className="mt-1">
                <summary className="cursor-pointer text-sm text-emerald-800">{t.showBody}</summary>
                <pre className="mt-2 rounded bg-slate-50 p-3 text-sm break-words whitespace-pre-wrap" data-testid="outbox-body" dir="auto">
                  {n.body}
                </pre>
              </details>
            )}
          </li>
        ))}
      </ul>
      <Pagination page={page} pageCount={data.pageCount} basePath="/staff/outbox" params={{ to }} m={m} />
    </>
  )
}
