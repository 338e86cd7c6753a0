// The reviewer's queue: applications assigned to them, to do first. In a blind cycle an
// application is known by its reference, never by the applicant's name.
import Link from '@/components/ui/link'
import type { ReviewStatus } from '@prisma/client'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { formatDate, formatDateTime } from '@/lib/i18n/format'
import { firstParam } from '@/lib/server/page'
import { listMyReviews } from '@/lib/recruitment/queries/reviews'
import { listMyPanelInterviews } from '@/lib/recruitment/queries/panel'
import { Badge, EmptyState, PageHeader, Stat, Table, Td } from '@/components/ui/basics'
import { Pagination, pageFrom } from '@/components/ui/pagination'
import { reviewTone } from '@/components/recruitment/tones'
import { localName, localText } from '@/lib/i18n/local-text'
import { fill, UserText } from '@/components/ui/user-text'

const STATUSES: ReviewStatus[] = ['ASSIGNED', 'DRAFT', 'SUBMITTED', 'RECUSED']

export const generateMetadata = titled((m) => m.recruitment.reviewer.queueTitle)

export default async function ReviewQueue({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePermission('review:write:assigned')
  const { m, locale } = await getI18n()
  const sp = await searchParams
  const status = STATUSES.find((s) => s === firstParam(sp.status))
  const [q, panels] = await Promise.all([listMyReviews(viewer, { status, page: pageFrom(sp.page) }), listMyPanelInterviews(viewer)])
  const t = m.recruitment.reviewer
  const cycles = [...new Map(q.rows.map((r) => [r.cycle.id, r.cycle])).values()]
  const pname = (p: { name: string; nameUr: string | null }) => localText(locale, p.name, p.nameUr)
  const tab = (s: ReviewStatus | undefined, label: string) => (
    <Link
      key={s ?? 'all'}
      href={s ? `/review?status=${s}` : '/review'}
      aria-current={status === s ? 'page' : undefined}
      className={`rounded-full px-3 py-1 ${status === s ? 'bg-emerald-800 text-white' : 'bg-white ring-1 ring-slate-300'}`}
    >
      {label}
    </Link>
  )
  return (
    <>
      <PageHeader title={t.queueTitle} description={t.queueIntro} />
      <section aria-label={t.countsLabel} className="mb-6 grid grid-cols-2 gap-4 md:grid-cols-4">
        {STATUSES.map((s) => (
          <Stat key={s} label={m.recruitment.reviewStatuses[s]} value={q.counts[s] ?? 0} href={`/review?status=${s}`} />
        ))}
      </section>
      <nav aria-label={m.common.filter} className="mb-4 flex flex-wrap gap-2 text-sm">
        {tab(undefined, m.common.all)}
        {STATUSES.map((s) => tab(s, m.recruitment.reviewStatuses[s]))}
      </nav>
      {q.rows.length === 0 ? (
        <EmptyState>{t.empty}</EmptyState>
      ) : (
        <Table caption={t.caption} headers={[t.colApplication, t.colCall, m.common.status, t.colAssigned, m.common.actions]}>
          {q.rows.map((r) => (
            <tr key={r.id}>
              <Td>
                <span className="font-mono" dir="ltr">
                  {r.ref}
                </span>
                {r.applicantName ? (
                  <UserText className="block">{r.applicantName}</UserText>
                ) : r.cycle.blindReview ? (
                  <span className="block text-xs text-slate-700">{t.blindBadge}</span>
                ) : null}
              </Td>
              <Td>
                <UserText>{pname(r.cycle.programme)}</UserText> — <UserText>{localName(locale)(r.cycle)}</UserText>
              </Td>
              <Td>
                <Badge tone={reviewTone(r.status)}>{m.recruitment.reviewStatuses[r.status]}</Badge>
              </Td>
              <Td>{formatDate(r.createdAt, locale)}</Td>
              <Td>
                <Link
                  href={`/review/${r.id}`}
                  className="font-medium text-emerald-800 underline"
                  aria-label={format(t.openLabel, { ref: r.ref })}
                >
                  {r.status === 'ASSIGNED' || r.status === 'DRAFT' ? t.score : m.common.view}
                </Link>
              </Td>
            </tr>
          ))}
        </Table>
      )}
      <Pagination page={q.page} pageCount={q.pageCount} basePath="/review" params={{ status }} m={m} />
      {panels.length ? (
        <section aria-labelledby="panels" className="mt-8">
          <h2 id="panels" className="mb-1 text-lg font-semibold">
            {t.panelsTitle}
          </h2>
          <p className="mb-3 text-sm text-slate-700">{t.panelsIntro}</p>
          <ul className="space-y-1">
            {panels.map((iv) => (
              <li key={iv.id}>
                <Link href={`/review/interviews/${iv.id}`} className="font-medium text-emerald-800 underline">
                  {fill(t.panelWith, { name: <UserText>{iv.application.applicant.name}</UserText> }, locale)}
                </Link>{' '}
                <span className="text-sm text-slate-700">
                  — {formatDateTime(iv.scheduledAt, locale)} · {m.recruitment.interviewStatuses[iv.status]}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {cycles.length ? (
        <ul className="mt-6 space-y-1 text-sm">
          {cycles.map((c) => (
            <li key={c.id}>
              <a href={`/review/export/${c.id}`} className="font-medium text-emerald-800 underline" download>
                {fill(
                  t.exportMine,
                  {
                    call: (
                      <>
                        <UserText>{pname(c.programme)}</UserText> — <UserText>{c.name}</UserText>
                      </>
                    ),
                  },
                  locale,
                )}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  )
}
