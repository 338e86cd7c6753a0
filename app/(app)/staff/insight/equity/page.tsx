// Equity: applicants and fellows by gender, region and district, for a cycle or a programme,
// and year by year. Small groups are hidden; every shown figure links to its records.
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { formatNumber, joinList } from '@/lib/i18n/format'
import { firstParam, uuidParam } from '@/lib/server/page'
import type { Locale } from '@/lib/i18n/config'
import type { Messages } from '@/lib/i18n/messages'
import { listProgrammes } from '@/lib/programmes/queries'
import { dashboardCycles } from '@/lib/insight/scope'
import { DIMENSIONS, equityBreakdown, equityOverYears, type Dimension, type EquityTable } from '@/lib/insight/equity'
import { dataHref, type DatasetFilter } from '@/lib/insight/datasets/schema'
import { REMOTE_DISTRICTS } from '@/lib/insight/regions'
import { districtLabel } from '@/lib/recruitment/districts'
import { Card, PageHeader, Table, Td } from '@/components/ui/basics'
import { SelectField } from '@/components/ui/form'
import { buttonClass } from '@/components/ui/styles'
import { BarChart } from '@/components/insight/bars'
import { Count } from '@/components/insight/figure'
import { localText } from '@/lib/i18n/local-text'

export const generateMetadata = titled((m) => m.insight.equity.title)

type Search = Promise<Record<string, string | string[] | undefined>>

function groupLabel(dim: Dimension, key: string, m: Messages, locale: Locale) {
  if (dim === 'gender') return m.common.genders[key as keyof typeof m.common.genders]
  if (dim === 'region') return m.insight.equity.regions[key as keyof typeof m.insight.equity.regions]
  return key ? districtLabel(key, locale) : m.insight.equity.notStated
}

/** The filter that lists the people in one group. */
function groupFilter(dim: Dimension, key: string, scope: DatasetFilter): DatasetFilter {
  if (dim === 'gender') return { ...scope, gender: key as DatasetFilter['gender'] }
  if (dim === 'region') return { ...scope, region: key as DatasetFilter['region'] }
  return key ? { ...scope, district: key } : { ...scope, region: 'UNKNOWN' }
}

function EquityTableView({
  table,
  dim,
  scope,
  caption,
  m,
  locale,
  showCaption = false,
}: {
  table: EquityTable
  dim: Dimension
  scope: DatasetFilter
  caption: string
  m: Messages
  locale: Locale
  showCaption?: boolean
}) {
  const t = m.insight.equity
  const hidden = m.insight.common.fewerThan5
  const rate = (r: number | null) => (r === null ? '—' : formatNumber(r, locale, 1))
  return (
    <Table caption={caption} captionHidden={!showCaption} headers={[t.group, t.applicants, t.fellows, t.rate]}>
      {table.rows.map((r) => {
        const g = groupLabel(dim, r.key, m, locale)
        const f = groupFilter(dim, r.key, scope)
        return (
          <tr key={r.key || 'none'}>
            <Td>{g}</Td>
            <Td>
              <Count
                value={r.applicants}
                hiddenText={hidden}
                locale={locale}
                label={`${t.applicants}, ${g}`}
                href={dataHref('applications', f)}
              />
            </Td>
            <Td>
              <Count value={r.fellows} hiddenText={hidden} locale={locale} label={`${t.fellows}, ${g}`} href={dataHref('fellows', f)} />
            </Td>
            <Td>{rate(r.rate)}</Td>
          </tr>
        )
      })}
      <tr className="font-semibold">
        <Td>{m.insight.common.total}</Td>
        <Td>
          <Count
            value={table.total.applicants}
            hiddenText={hidden}
            locale={locale}
            label={`${t.applicants}, ${m.insight.common.total}`}
            href={dataHref('applications', scope)}
          />
        </Td>
        <Td>
          <Count
            value={table.total.fellows}
            hiddenText={hidden}
            locale={locale}
            label={`${t.fellows}, ${m.insight.common.total}`}
            href={dataHref('fellows', scope)}
          />
        </Td>
        <Td>{rate(table.total.rate)}</Td>
      </tr>
    </Table>
  )
}

export default async function EquityPage({ searchParams }: { searchParams: Search }) {
  const viewer = await requirePermission('dashboard:read:any')
  const { m, locale } = await getI18n()
  const sp = await searchParams
  const cycle = uuidParam(sp.cycle)
  const programme = cycle ? undefined : uuidParam(sp.programme)
  const dimRaw = firstParam(sp.dimension)
  const dim: Dimension = DIMENSIONS.find((d) => d === dimRaw) ?? 'gender'
  const scope: DatasetFilter = { cycle, programme }
  const [programmes, cycles, table, years] = await Promise.all([
    listProgrammes(viewer),
    dashboardCycles(viewer),
    equityBreakdown(viewer, scope, dim),
    cycle || dim === 'district' ? Promise.resolve([]) : equityOverYears(viewer, { programme }, dim),
  ])
  const t = m.insight.equity
  const c = m.insight.common
  const name = (p: { name: string; nameUr: string | null }) => localText(locale, p.name, p.nameUr)
  const dimLabel = t.dimensions[dim]
  return (
    <>
      <PageHeader title={t.title} description={t.intro} />
      <form method="get" className="mb-6 grid max-w-4xl grid-cols-1 items-end gap-4 md:grid-cols-4">
        <SelectField
          name="cycle"
          label={c.cycle}
          defaultValue={cycle ?? ''}
          placeholder={c.allCycles}
          options={cycles.map((cy) => ({ value: cy.id, label: `${name(cy.programme)}: ${cy.name}` }))}
        />
        <SelectField
          name="programme"
          label={c.programme}
          defaultValue={programme ?? ''}
          placeholder={c.allProgrammes}
          options={programmes.map((p) => ({ value: p.id, label: name(p) }))}
        />
        <SelectField
          name="dimension"
          label={t.dimension}
          defaultValue={dim}
          options={DIMENSIONS.map((d) => ({ value: d, label: t.dimensions[d] }))}
          required
        />
        <button type="submit" className={buttonClass.secondary}>
          {c.show}
        </button>
      </form>
      <div className="space-y-6">
        <Card title={format(t.caption, { dimension: dimLabel })}>
          <div className="grid gap-6 lg:grid-cols-2">
            <BarChart
              label={format(c.chartOf, { title: format(t.caption, { dimension: dimLabel }) })}
              bars={table.rows.slice(0, 20).map((r) => ({
                label: groupLabel(dim, r.key, m, locale),
                value: r.applicants,
                text: r.applicants === null ? c.fewerThan5 : formatNumber(r.applicants, locale),
              }))}
            />
            <EquityTableView
              table={table}
              dim={dim}
              scope={scope}
              caption={format(t.caption, { dimension: dimLabel })}
              m={m}
              locale={locale}
            />
          </div>
          <p className="mt-4 text-sm text-slate-700">{c.suppressionNote}</p>
          {table.rateLeavesOut || years.some((y) => y.table.rateLeavesOut) ? (
            <p className="mt-2 text-sm text-slate-700">{t.rateNote}</p>
          ) : null}
          {dim === 'region' ? (
            <p className="mt-2 text-sm text-slate-700">
              {format(t.remoteNote, {
                list: joinList(
                  REMOTE_DISTRICTS.map((d) => districtLabel(d, locale)),
                  locale,
                ),
              })}
            </p>
          ) : null}
        </Card>
        {years.length ? (
          <Card title={t.overYears}>
            <p className="mb-4 text-sm text-slate-700">{t.overYearsIntro}</p>
            <div className="grid gap-6 lg:grid-cols-2">
              {years.map((y) => (
                <EquityTableView
                  key={y.year}
                  table={y.table}
                  dim={dim}
                  scope={{ year: y.year, programme }}
                  caption={format(t.yearCaption, { year: y.year, dimension: dimLabel })}
                  m={m}
                  locale={locale}
                  showCaption
                />
              ))}
            </div>
          </Card>
        ) : null}
      </div>
    </>
  )
}
