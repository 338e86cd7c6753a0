// Insight home for staff: the organisation across the years (for one programme or all), the
// cycle dashboards, and the other insight tools.
import Link from '@/components/ui/link'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { formatNumber } from '@/lib/i18n/format'
import { uuidParam } from '@/lib/server/page'
import { listProgrammes } from '@/lib/programmes/queries'
import { yearsOverview } from '@/lib/insight/overview'
import { dashboardCycles } from '@/lib/insight/scope'
import { dataHref } from '@/lib/insight/datasets/schema'
import { Badge, Card, EmptyState, PageHeader, Table, Td } from '@/components/ui/basics'
import { SelectField } from '@/components/ui/form'
import { buttonClass } from '@/components/ui/styles'
import { BarChart } from '@/components/insight/bars'
import { Count } from '@/components/insight/figure'
import { localText } from '@/lib/i18n/local-text'
import { stipendTotals } from '@/lib/stipends/figures'
import { StipendTotalsCard } from '@/components/stipends/totals-card'

export const generateMetadata = titled((m) => m.insight.home.title)

export default async function InsightHome({ searchParams }: { searchParams: Promise<{ programme?: string }> }) {
  const viewer = await requirePermission('dashboard:read:any')
  const { m, locale } = await getI18n()
  const programme = uuidParam((await searchParams).programme)
  const [programmes, overview, cycles, stipends] = await Promise.all([
    listProgrammes(viewer),
    yearsOverview(viewer, { programme }),
    dashboardCycles(viewer),
    stipendTotals(viewer),
  ])
  const t = m.insight.home
  const c = m.insight.common
  const progName = (p: { name: string; nameUr: string | null }) => localText(locale, p.name, p.nameUr)
  const slug = programmes.find((p) => p.id === programme)?.slug
  const link = 'font-medium text-emerald-800 underline'
  return (
    <>
      <PageHeader title={t.title} description={t.intro} />
      <nav aria-label={t.tools} className="mb-6">
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <Link href="/staff/insight/equity" className={link}>
              {t.equity}
            </Link>
          </li>
          <li>
            <Link href="/staff/insight/year-review" className={link}>
              {t.yearReview}
            </Link>
          </li>
          <li>
            <Link href="/staff/insight/data/applications" className={link}>
              {t.exports}
            </Link>
          </li>
          <li>
            <Link href="/staff/alumni" className={link}>
              {t.alumni}
            </Link>
          </li>
        </ul>
      </nav>
      <div className="space-y-6">
        <Card title={t.years}>
          <p className="mb-3 text-sm text-slate-700">{t.yearsIntro}</p>
          <form method="get" className="mb-4 flex flex-wrap items-end gap-3">
            <div className="w-72">
              <SelectField
                name="programme"
                label={c.programme}
                defaultValue={programme ?? ''}
                placeholder={c.allProgrammes}
                options={programmes.map((p) => ({ value: p.id, label: progName(p) }))}
              />
            </div>
            <button type="submit" className={buttonClass.secondary}>
              {c.show}
            </button>
          </form>
          {overview.years.length === 0 ? (
            <EmptyState>{c.noData}</EmptyState>
          ) : (
            <div className="grid gap-6 lg:grid-cols-[1fr_2fr]">
              <BarChart
                label={format(c.chartOf, { title: `${t.yearsCaption}: ${t.cols.fellows}` })}
                bars={overview.years.map((y) => ({
                  label: String(y.year),
                  value: y.fellows,
                  text: `${formatNumber(y.fellows, locale)} ${t.cols.fellows}`,
                }))}
              />
              <Table caption={t.yearsCaption} headers={Object.values(t.cols)}>
                {overview.years.map((y) => (
                  <tr key={y.year}>
                    <Td>{y.year}</Td>
                    <Td>{formatNumber(y.cycles, locale)}</Td>
                    <Td>
                      <Count
                        value={y.applications}
                        locale={locale}
                        label={`${t.cols.applications}, ${y.year}`}
                        href={dataHref('applications', { year: y.year, programme })}
                      />
                    </Td>
                    <Td>
                      <Count
                        value={y.fellows}
                        locale={locale}
                        label={`${t.cols.fellows}, ${y.year}`}
                        href={dataHref('fellows', { year: y.year, programme })}
                      />
                    </Td>
                    <Td>{formatNumber(y.departments, locale)}</Td>
                    <Td>
                      <Count
                        value={y.projects}
                        locale={locale}
                        label={`${t.cols.projects}, ${y.year}`}
                        href={`/projects?year=${y.year}${slug ? `&programme=${slug}` : ''}`}
                      />
                    </Td>
                    <Td>
                      <Count
                        value={y.alumni}
                        locale={locale}
                        label={`${t.cols.alumni}, ${y.year}`}
                        href={`/staff/alumni?year=${y.year}${programme ? `&programme=${programme}` : ''}`}
                      />
                    </Td>
                  </tr>
                ))}
                <tr className="font-semibold">
                  <Td>{c.total}</Td>
                  <Td>{formatNumber(overview.total.cycles, locale)}</Td>
                  <Td>{formatNumber(overview.total.applications, locale)}</Td>
                  <Td>{formatNumber(overview.total.fellows, locale)}</Td>
                  <Td>{formatNumber(overview.total.departments, locale)}</Td>
                  <Td>{formatNumber(overview.total.projects, locale)}</Td>
                  <Td>{formatNumber(overview.total.alumni, locale)}</Td>
                </tr>
              </Table>
            </div>
          )}
        </Card>
        <Card title={t.cycles}>
          <p className="mb-3 text-sm text-slate-700">{t.cyclesIntro}</p>
          <Table caption={t.cycles} headers={[c.programme, c.cycle, m.common.status, m.common.actions]}>
            {cycles.map((cy) => (
              <tr key={cy.id}>
                <Td>{progName(cy.programme)}</Td>
                <Td>{cy.name}</Td>
                <Td>
                  <Badge tone={cy.status === 'ACTIVE' ? 'good' : 'neutral'}>{m.common.cycleStatuses[cy.status]}</Badge>
                </Td>
                <Td>
                  <Link
                    href={`/staff/insight/cycles/${cy.id}`}
                    className={link}
                    aria-label={`${t.open}: ${progName(cy.programme)}, ${cy.name}`}
                  >
                    {t.open}
                  </Link>
                </Td>
              </tr>
            ))}
          </Table>
        </Card>
        <StipendTotalsCard rows={stipends} m={m} locale={locale} />
      </div>
    </>
  )
}
