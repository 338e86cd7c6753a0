// Published year-in-review reports.
import type { Metadata } from 'next'
import Link from '@/components/ui/link'
import { getI18n } from '@/lib/i18n/server'
import { localName } from '@/lib/i18n/local-text'
import { format } from '@/lib/i18n/define'
import { formatDate } from '@/lib/i18n/format'
import { listPublishedReports } from '@/lib/public/reports'
import { EmptyState, PageHeader } from '@/components/ui/basics'

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getI18n()
  return { title: m.pub.reports.title }
}

export default async function ReportsPage() {
  const { m, locale } = await getI18n()
  const reports = await listPublishedReports()
  const t = m.pub.reports
  return (
    <>
      <PageHeader title={t.title} description={t.intro} />
      {reports.length === 0 ? (
        <EmptyState>{t.none}</EmptyState>
      ) : (
        <ul className="space-y-3">
          {reports.map((r) => (
            <li key={r.year} className="rounded-lg border border-slate-300 bg-white p-4">
              <Link
                href={`/reports/${r.year}`}
                className="text-lg font-semibold text-emerald-800 underline underline-offset-2"
                aria-label={format(t.read, { title: localName(locale)(r) })}
              >
                {localName(locale)(r)}
              </Link>
              <p className="text-sm text-slate-700">{format(m.yearReview.publishedOn, { date: formatDate(r.publishedAt, locale) })}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
