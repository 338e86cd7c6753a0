// The step before an export: how many records, what they contain, and the personal-data
// warning that must be acknowledged. The form posts to the download route.
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import Link from '@/components/ui/link'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { format } from '@/lib/i18n/define'
import { formatNumber } from '@/lib/i18n/format'
import { dataHref, filterParams, isDataset, parseFilter } from '@/lib/insight/datasets/schema'
import { countDataset } from '@/lib/insight/datasets/list'
import { filterNames } from '@/lib/insight/datasets/labels'
import { Card, PageHeader } from '@/components/ui/basics'
import { buttonClass } from '@/components/ui/styles'
import { FilterChips, describeFilter } from '@/components/insight/filter-chips'

type Search = Promise<Record<string, string | string[] | undefined>>

export async function generateMetadata({ params }: { params: Promise<{ dataset: string }> }): Promise<Metadata> {
  const { m } = await getI18n()
  const { dataset } = await params
  return {
    title: isDataset(dataset) ? format(m.insight.export.title, { dataset: m.insight.data.datasets[dataset] }) : m.insight.home.title,
  }
}

export default async function ExportPage({ params, searchParams }: { params: Promise<{ dataset: string }>; searchParams: Search }) {
  const viewer = await requirePermission('export:run')
  const { m, locale } = await getI18n()
  const { dataset } = await params
  if (!isDataset(dataset)) notFound()
  const sp = await searchParams
  const filter = parseFilter(dataset, sp)
  const [count, names] = await Promise.all([countDataset(viewer, dataset, filter), filterNames(viewer, filter)])
  const t = m.insight.export
  const missingAck = sp.error === 'ack'
  return (
    <>
      <PageHeader title={format(t.title, { dataset: m.insight.data.datasets[dataset] })} description={t.intro} />
      <div className="max-w-3xl space-y-6">
        <FilterChips dataset={dataset} filter={filter} items={describeFilter(dataset, filter, names, m, locale)} m={m} removable={false} />
        <p className="font-medium">{format(t.rows, { count: formatNumber(count, locale) })}</p>
        <Card>
          <form method="post" action={`/staff/insight/data/${dataset}/download`} className="space-y-4" aria-describedby="export-warning">
            <div id="export-warning" className="rounded-md border border-amber-400 bg-amber-50 p-4 text-amber-950">
              <h2 className="mb-1 font-semibold">{t.warningTitle}</h2>
              <p className="text-sm">{t.warning}</p>
            </div>
            {Object.entries(filterParams(filter)).map(([k, v]) => (
              <input key={k} type="hidden" name={k} value={v} />
            ))}
            <div className="flex items-start gap-2">
              <input
                id="ack"
                name="ack"
                type="checkbox"
                required
                aria-required="true"
                aria-invalid={missingAck}
                aria-describedby={missingAck ? 'ack-error' : undefined}
                className="mt-1 h-4 w-4 rounded border-slate-500 text-emerald-800"
              />
              <div>
                <label htmlFor="ack" className="text-sm font-medium text-slate-900">
                  {t.ack}
                </label>
                {missingAck ? (
                  <p id="ack-error" className="text-sm font-medium text-red-700" role="alert">
                    {t.ackRequired}
                  </p>
                ) : null}
              </div>
            </div>
            <div className="flex flex-wrap items-center gap-4">
              <button type="submit" className={buttonClass.primary}>
                {t.download}
              </button>
              <Link href={dataHref(dataset, filter)} className="font-medium text-emerald-800 underline">
                {t.back}
              </Link>
            </div>
          </form>
        </Card>
      </div>
    </>
  )
}
