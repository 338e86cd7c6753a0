// A partner's dashboard: their department's seats, fellows' reporting, deliverables and
// impact in one cycle. Figures only: the records behind them stay with programme staff.
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { uuidParam } from '@/lib/server/page'
import { orNotFound } from '@/lib/server/page'
import { dashboardCycles, dashboardScope } from '@/lib/insight/scope'
import { placementCoverage } from '@/lib/insight/dashboard/coverage'
import { updateCompliance } from '@/lib/insight/dashboard/compliance'
import { deliverablesByStatus } from '@/lib/insight/dashboard/deliverables'
import { metricsAgainstTargets } from '@/lib/insight/dashboard/metrics'
import { EmptyState, PageHeader } from '@/components/ui/basics'
import { fill, UserText } from '@/components/ui/user-text'
import { SelectField } from '@/components/ui/form'
import { buttonClass } from '@/components/ui/styles'
import { ComplianceSection, CoverageSection, DeliverablesSection, MetricsSection } from '@/components/insight/dashboard-sections'
import { localName, localText } from '@/lib/i18n/local-text'

export const generateMetadata = titled((m) => m.insight.partner.title)

export default async function PartnerDashboardPage({ searchParams }: { searchParams: Promise<{ cycle?: string }> }) {
  const viewer = await requirePermission('dashboard:read:department')
  const { m, locale } = await getI18n()
  const t = m.insight.partner
  if (!viewer.departmentId) {
    return (
      <>
        <PageHeader title={t.title} />
        <EmptyState>{t.noDepartment}</EmptyState>
      </>
    )
  }
  const cycles = await dashboardCycles(viewer)
  if (!cycles.length) {
    return (
      <>
        <PageHeader title={t.title} />
        <EmptyState>{t.noCycles}</EmptyState>
      </>
    )
  }
  // By default the cycle under way, else the newest.
  const chosen = uuidParam((await searchParams).cycle) ?? (cycles.find((c) => c.status === 'ACTIVE') ?? cycles[0]).id
  const { cycle, departmentId } = await orNotFound(dashboardScope(viewer, chosen))
  const [coverage, compliance, deliverables, metrics] = await Promise.all([
    placementCoverage(viewer, chosen),
    updateCompliance(viewer, chosen),
    deliverablesByStatus(viewer, chosen),
    metricsAgainstTargets(viewer, chosen),
  ])
  const common = { m, locale, cycleId: chosen, linked: false }
  const name = (p: { name: string; nameUr: string | null }) => localText(locale, p.name, p.nameUr)
  return (
    <>
      <PageHeader
        title={t.title}
        description={fill(
          t.intro,
          {
            cycle: (
              <>
                <UserText>{name(cycle.programme)}</UserText>: <UserText>{localName(locale)(cycle)}</UserText>
              </>
            ),
          },
          locale,
        )}
      />
      <form method="get" className="mb-6 flex flex-wrap items-end gap-3">
        <div className="w-96 max-w-full">
          <SelectField
            name="cycle"
            label={t.choose}
            required
            defaultValue={chosen}
            options={cycles.map((c) => ({ value: c.id, label: `${name(c.programme)}: ${c.name}` }))}
          />
        </div>
        <button type="submit" className={buttonClass.secondary}>
          {m.insight.common.show}
        </button>
      </form>
      <div className="space-y-6">
        <CoverageSection rows={coverage} {...common} />
        <ComplianceSection rows={compliance} dates={cycle} departmentId={departmentId} {...common} />
        <DeliverablesSection rows={deliverables} {...common} />
        <MetricsSection rows={metrics} {...common} />
      </div>
    </>
  )
}
