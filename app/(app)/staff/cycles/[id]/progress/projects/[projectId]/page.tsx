import Link from '@/components/ui/link'
import { notFound } from 'next/navigation'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { formatDate } from '@/lib/i18n/format'
import { idParam, orNotFound } from '@/lib/server/page'
import { getProjectSetup } from '@/lib/deliverables/queries'
import { listProjectMetrics } from '@/lib/metrics/queries'
import { Card, EmptyState, LinkButton, PageHeader, Table, Td } from '@/components/ui/basics'
import { ActionForm, CheckboxField, Hidden, TextField } from '@/components/ui/form'
import { DeliverableBadge } from '@/components/progress/badges'
import { MetricCard } from '@/components/progress/metric-card'
import { localName } from '@/lib/i18n/local-text'
import { fill, UserText } from '@/components/ui/user-text'
import { DeliverableForm } from '../../_components/deliverable-form'
import { createDeliverableAction, defineMetricAction, updateDeliverableAction } from '../../actions'

export const generateMetadata = titled((m) => `${m.nav.staff.progress}: ${m.progress.compliance.setUp}`)

export default async function ProjectSetupPage({ params }: { params: Promise<{ id: string; projectId: string }> }) {
  const viewer = await requirePermission('deliverable:define')
  const { m, locale } = await getI18n()
  const p = await params
  const cycleId = idParam(p.id)
  const projectId = idParam(p.projectId)
  const project = await orNotFound(getProjectSetup(viewer, projectId))
  if (project.cycle.id !== cycleId) notFound()
  const [metrics] = await listProjectMetrics(viewer, projectId)
  const t = m.deliverables
  const name = localName(locale)
  const partners = project.department.users
  return (
    <>
      <PageHeader
        title={fill(t.staff.title, { project: <UserText>{name(project)}</UserText> }, locale)}
        description={
          <>
            <UserText>{name(project.department)}</UserText> — <UserText>{localName(locale)(project.cycle)}</UserText>
          </>
        }
        actions={
          <LinkButton href={`/staff/cycles/${cycleId}/progress`} variant="secondary">
            {m.progress.compliance.backToBoard}
          </LinkButton>
        }
      />
      <p className="mb-6 max-w-3xl text-slate-800">{t.staff.intro}</p>
      <div className="space-y-6">
        <Card title={t.staff.fellows}>
          {project.placements.length ? (
            <ul className="list-disc ps-5">
              {project.placements.map((pl, i) => (
                <li key={i}>{pl.fellowship.user.name}</li>
              ))}
            </ul>
          ) : (
            <p className="text-slate-700">{t.staff.noFellows}</p>
          )}
        </Card>
        <Card title={m.progress.compliance.deliverables}>
          {project.deliverables.length === 0 ? (
            <EmptyState>{t.staff.none}</EmptyState>
          ) : (
            <Table caption={m.progress.compliance.deliverables} headers={[t.deliverable, t.kind, t.due, t.reviewer, t.status]}>
              {project.deliverables.map((x) => (
                <tr key={x.id}>
                  <Td>
                    <Link
                      href={`/staff/cycles/${cycleId}/progress/deliverables/${x.id}`}
                      className="font-medium text-emerald-800 underline"
                    >
                      <UserText>{localName(locale)(x)}</UserText>
                    </Link>
                    <details className="mt-2">
                      <summary className="cursor-pointer text-sm font-medium text-emerald-900">
                        {fill(t.staff.edit, { title: <UserText>{localName(locale)(x)}</UserText> }, locale)}
                      </summary>
                      <div className="mt-3 min-w-[28rem]">
                        <DeliverableForm
                          m={m}
                          action={updateDeliverableAction}
                          existing={x}
                          partners={partners}
                          label={format(t.staff.edit, { title: localName(locale)(x) })}
                        />
                      </div>
                    </details>
                  </Td>
                  <Td>{t.kinds[x.kind]}</Td>
                  <Td>{x.dueDate ? formatDate(x.dueDate, locale) : t.noDue}</Td>
                  <Td>{x.reviewer?.name ?? t.anyReviewer}</Td>
                  <Td>
                    <DeliverableBadge status={x.status} labels={t.statuses} />
                  </Td>
                </tr>
              ))}
            </Table>
          )}
          <h3 className="mt-6 mb-3 font-semibold">{t.staff.add}</h3>
          <DeliverableForm m={m} action={createDeliverableAction} projectId={project.id} partners={partners} label={t.staff.add} />
        </Card>
        <section aria-labelledby="metrics-heading" className="space-y-4">
          <h2 id="metrics-heading" className="text-xl font-semibold text-slate-900">
            {t.metrics.staffHeading}
          </h2>
          {metrics?.metrics.length ? (
            metrics.metrics.map((x) => <MetricCard key={x.id} metric={x} t={t.metrics} locale={locale} />)
          ) : (
            <EmptyState>{t.metrics.none}</EmptyState>
          )}
          <Card title={t.metrics.add}>
            <ActionForm
              action={defineMetricAction}
              submitLabel={t.metrics.add}
              resetOnSuccess
              className="grid grid-cols-1 gap-4 md:grid-cols-2"
              aria-label={t.metrics.add}
            >
              <Hidden name="projectId" value={project.id} />
              <TextField name="name" label={t.metrics.name} required />
              <TextField name="nameUr" label={t.metrics.nameUr} dir="rtl" />
              <TextField name="unit" label={t.metrics.unit} hint={t.metrics.unitHint} required />
              <TextField name="unitUr" label={t.metrics.unitUr} dir="rtl" />
              <TextField name="target" label={t.metrics.target} hint={t.metrics.valueHint} />
              <CheckboxField name="cumulative" label={t.metrics.cumulative} hint={t.metrics.cumulativeHint} defaultChecked />
            </ActionForm>
          </Card>
        </section>
      </div>
    </>
  )
}
