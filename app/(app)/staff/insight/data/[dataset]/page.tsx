// The records behind a dashboard figure: one dataset under the figure's filters, paginated,
// with the way to export exactly these records.
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { format } from '@/lib/i18n/define'
import { formatNumber } from '@/lib/i18n/format'
import { filterParams, isDataset, parseFilter } from '@/lib/insight/datasets/schema'
import { listDataset } from '@/lib/insight/datasets/list'
import { filterNames } from '@/lib/insight/datasets/labels'
import { EmptyState, LinkButton, PageHeader } from '@/components/ui/basics'
import { Pagination, pageFrom } from '@/components/ui/pagination'
import { DatasetTable } from '@/components/insight/dataset-table'
import { FilterChips, describeFilter } from '@/components/insight/filter-chips'

type Search = Promise<Record<string, string | string[] | undefined>>

export async function generateMetadata({ params }: { params: Promise<{ dataset: string }> }): Promise<Metadata> {
  const { m } = await getI18n()
  const { dataset } = await params
  return { title: isDataset(dataset) ? `${m.insight.home.title}: ${m.insight.data.datasets[dataset]}` : m.insight.home.title }
}

export default async function DatasetPage({ params, searchParams }: { params: Promise<{ dataset: string }>; searchParams: Search }) {
  const viewer = await requirePermission('insight:data:read')
  const { m, locale } = await getI18n()
  const { dataset } = await params
  if (!isDataset(dataset)) notFound()
  const sp = await searchParams
  const filter = parseFilter(dataset, sp)
  const page = pageFrom(sp.page)
  const [list, names] = await Promise.all([listDataset(viewer, dataset, filter, page), filterNames(viewer, filter)])
  const t = m.insight.data
  const query = new URLSearchParams(filterParams(filter)).toString()
  return (
    <>
      <PageHeader
        title={format(t.title, { dataset: t.datasets[dataset] })}
        description={t.intro}
        actions={
          <LinkButton href={`/staff/insight/data/${dataset}/export${query ? `?${query}` : ''}`} variant="secondary">
            {t.export}
          </LinkButton>
        }
      />
      <section aria-label={t.filters} className="mb-4 space-y-2">
        <FilterChips dataset={dataset} filter={filter} items={describeFilter(dataset, filter, names, m, locale)} m={m} removable />
      </section>
      <p className="mb-3 font-medium" aria-live="polite">
        {format(t.count, { count: formatNumber(list.total, locale) })}
      </p>
      {list.total === 0 ? (
        <EmptyState>{m.common.noResults}</EmptyState>
      ) : (
        <DatasetTable dataset={dataset} rows={list.rows} m={m} locale={locale} />
      )}
      <Pagination page={page} pageCount={list.pageCount} basePath={`/staff/insight/data/${dataset}`} params={filterParams(filter)} m={m} />
    </>
  )
}
