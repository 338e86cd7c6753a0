import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { toKarachiLocal } from '@/lib/i18n/format'
import { listProjectMetrics } from '@/lib/metrics/queries'
import { EmptyState, PageHeader } from '@/components/ui/basics'
import { ActionForm, Hidden, TextField } from '@/components/ui/form'
import { MetricCard } from '@/components/progress/metric-card'
import { localName, localUnit } from '@/lib/i18n/local-text'
import { recordValueAction } from './actions'

export const generateMetadata = titled((m) => m.deliverables.metrics.title)

export default async function FellowImpact() {
  const viewer = await requirePermission('metric:record:own')
  const { m, locale } = await getI18n()
  const projects = await listProjectMetrics(viewer)
  const t = m.deliverables.metrics
  const today = toKarachiLocal(new Date(), false)
  const name = localName(locale)
  return (
    <>
      <PageHeader title={t.title} description={t.intro} />
      {projects.length === 0 ? <EmptyState>{t.noProject}</EmptyState> : null}
      <div className="space-y-8">
        {projects.map((p) => (
          <section key={p.id} aria-labelledby={`project-${p.id}`} className="space-y-4">
            <h2 id={`project-${p.id}`} className="text-xl font-semibold text-slate-900">
              {name(p)} — {name(p.department)}
            </h2>
            {p.metrics.length === 0 ? <EmptyState>{t.noneFellow}</EmptyState> : null}
            {p.metrics.map((metric) => (
              <MetricCard key={metric.id} metric={metric} t={t} locale={locale}>
                {p.canRecord ? (
                  <details className="rounded-md border border-slate-300 p-3">
                    <summary className="cursor-pointer font-medium text-emerald-900">{t.log}</summary>
                    <ActionForm
                      action={recordValueAction}
                      submitLabel={t.log}
                      resetOnSuccess
                      className="mt-3 grid grid-cols-1 gap-4 md:grid-cols-2"
                      aria-label={`${t.log}: ${metric.name}`}
                    >
                      <Hidden name="metricId" value={metric.id} />
                      <TextField name="value" label={`${t.value} (${localUnit(locale)(metric)})`} hint={t.valueHint} required />
                      <TextField name="recordedOn" type="date" label={t.recordedOn} required defaultValue={today} max={today} />
                      <TextField name="note" label={t.note} />
                      <TextField name="source" label={t.source} hint={t.sourceHint} />
                    </ActionForm>
                  </details>
                ) : null}
              </MetricCard>
            ))}
          </section>
        ))}
      </div>
    </>
  )
}
