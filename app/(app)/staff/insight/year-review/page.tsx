// Years that can have a review: each year a cycle started in, with its report's state.
import Link from '@/components/ui/link'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { localName } from '@/lib/i18n/local-text'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { formatDate } from '@/lib/i18n/format'
import { listYearReviews } from '@/lib/insight/year-review/queries'
import { Badge, EmptyState, PageHeader, Table, Td } from '@/components/ui/basics'

export const generateMetadata = titled((m) => m.yearReview.list.title)

export default async function YearReviewsPage() {
  const viewer = await requirePermission('report:manage')
  const { m, locale } = await getI18n()
  const years = await listYearReviews(viewer)
  const t = m.yearReview
  return (
    <>
      <PageHeader title={t.list.title} description={t.list.intro} />
      {years.length === 0 ? (
        <EmptyState>{m.insight.common.noData}</EmptyState>
      ) : (
        <Table caption={t.list.caption} headers={[t.list.year, t.list.cycles, t.list.report, m.common.status]}>
          {years.map((y) => (
            <tr key={y.year}>
              <Td>
                <Link
                  href={`/staff/insight/year-review/${y.year}`}
                  className="font-medium text-emerald-800 underline"
                  aria-label={format(t.list.open, { year: y.year })}
                >
                  {y.year}
                </Link>
              </Td>
              <Td>{y.cycles}</Td>
              <Td>{y.review ? localName(locale)(y.review) : t.list.none}</Td>
              <Td>
                {y.review ? (
                  <>
                    <Badge tone={y.review.status === 'PUBLISHED' ? 'good' : 'neutral'}>{t.status[y.review.status]}</Badge>
                    {y.review.publishedAt ? (
                      <span className="ms-2 text-sm text-slate-700">{formatDate(y.review.publishedAt, locale)}</span>
                    ) : null}
                  </>
                ) : (
                  '—'
                )}
              </Td>
            </tr>
          ))}
        </Table>
      )}
    </>
  )
}
