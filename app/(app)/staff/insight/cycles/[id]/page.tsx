// A cycle's dashboard for staff: recruitment funnel, placement coverage, update compliance,
// deliverables and impact, each figure linked to the records it counts.
import Link from '@/components/ui/link'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { idParam, orNotFound } from '@/lib/server/page'
import { dashboardScope } from '@/lib/insight/scope'
import { cycleFunnel } from '@/lib/insight/dashboard/funnel'
import { placementCoverage } from '@/lib/insight/dashboard/coverage'
import { updateCompliance } from '@/lib/insight/dashboard/compliance'
import { deliverablesByStatus } from '@/lib/insight/dashboard/deliverables'
import { metricsAgainstTargets } from '@/lib/insight/dashboard/metrics'
import { attendanceSummary } from '@/lib/insight/dashboard/attendance'
import { PageHeader } from '@/components/ui/basics'
import { fill, UserText } from '@/components/ui/user-text'
import {
  AttendanceSection,
  ComplianceSection,
  CoverageSection,
  DeliverablesSection,
  FunnelSection,
  MetricsSection,
} from '@/components/insight/dashboard-sections'
import { localName } from '@/lib/i18n/local-text'

export const generateMetadata = titled((m) => `${m.insight.home.title}: ${m.insight.nav.cycleDashboard}`)

export default async function CycleDashboardPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission('dashboard:read:any')
  const { m, locale } = await getI18n()
  const id = idParam((await params).id)
  const { cycle } = await orNotFound(dashboardScope(viewer, id))
  const [funnel, coverage, compliance, deliverables, metrics, attendance] = await Promise.all([
    cycleFunnel(viewer, id),
    placementCoverage(viewer, id),
    updateCompliance(viewer, id),
    deliverablesByStatus(viewer, id),
    metricsAgainstTargets(viewer, id),
    attendanceSummary(viewer, id),
  ])
  const t = m.insight.dashboard
  const common = { m, locale, cycleId: id, linked: true }
  return (
    <>
      <PageHeader
        title={fill(t.title, { cycle: <UserText>{localName(locale)(cycle)}</UserText> }, locale)}
        description={fill(t.intro, { programme: <UserText>{localName(locale)(cycle.programme)}</UserText> }, locale)}
      />
      <p className="mb-6 flex flex-wrap gap-4">
        <Link href={`/staff/cycles/${id}`} className="font-medium text-emerald-800 underline">
          {t.backToCycle}
        </Link>
        <Link href={`/staff/insight/equity?cycle=${id}`} className="font-medium text-emerald-800 underline">
          {m.insight.home.equity}
        </Link>
      </p>
      <div className="space-y-6">
        <FunnelSection rows={funnel} {...common} />
        <CoverageSection rows={coverage} {...common} />
        <ComplianceSection rows={compliance} dates={cycle} {...common} />
        <AttendanceSection summary={attendance} {...common} />
        <DeliverablesSection rows={deliverables} {...common} />
        <MetricsSection rows={metrics} {...common} />
      </div>
      <p className="mt-6 text-sm text-slate-700">{m.insight.common.liveNote}</p>
    </>
  )
}
