// A published year in review, print-ready, with its Markdown download.
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getI18n } from '@/lib/i18n/server'
import { localName } from '@/lib/i18n/local-text'
import { getPublishedReport } from '@/lib/public/reports'
import { parseYear } from '@/lib/insight/year-review/schema'
import { buttonClass } from '@/components/ui/styles'
import { PrintButton } from '@/components/placement/print-button'
import { PRINT_CSS, YearReport } from '@/components/insight/year-report'

type Params = Promise<{ year: string }>

async function load(params: Params) {
  const year = parseYear((await params).year)
  return year ? getPublishedReport(year) : null
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const r = await load(params)
  return { title: r?.title }
}

export default async function ReportPage({ params }: { params: Params }) {
  const { m, locale } = await getI18n()
  const r = await load(params)
  if (!r) notFound()
  return (
    <>
      <style>{PRINT_CSS}</style>
      <div className="no-print mb-6 flex flex-wrap gap-3">
        <PrintButton label={m.pub.reports.print} />
        <a href={`/reports/${r.year}/markdown`} className={buttonClass.secondary} download>
          {m.pub.reports.markdown}
        </a>
      </div>
      <YearReport
        title={localName(locale)(r)}
        narrative={r.narrative}
        figures={r.figures}
        publishedAt={r.publishedAt}
        audience="public"
        m={m}
        locale={locale}
      />
    </>
  )
}
