// A cycle's standard deliverables and metrics: what every project of the cycle starts with
// when it is approved, and giving the cycle's approved projects what they are missing.
import Link from '@/components/ui/link'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { formatNumber } from '@/lib/i18n/format'
import { idParam, orNotFound } from '@/lib/server/page'
import { getCycleTemplates } from '@/lib/cycles/templates/queries'
import { Card, EmptyState, PageHeader, Table, Td } from '@/components/ui/basics'
import { UserText } from '@/components/ui/user-text'
import { ActionForm, CheckboxField, Hidden, SelectField, TextAreaField, TextField } from '@/components/ui/form'
import { localText } from '@/lib/i18n/local-text'
import { addDeliverableTemplateAction, addMetricTemplateAction, applyTemplatesAction, removeTemplateAction } from './actions'

export const generateMetadata = titled((m) => m.staffTools.templates.title)

export default async function CycleTemplatesPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission('cycle:manage')
  const { m, locale } = await getI18n()
  const id = idParam((await params).id)
  const c = await orNotFound(getCycleTemplates(viewer, id))
  const t = m.staffTools.templates
  const live = !c.archivedAt
  const remove = (templateId: string, name: string) =>
    live ? (
      <ActionForm action={removeTemplateAction} submitLabel={t.remove} submitVariant="link" aria-label={format(t.removeNamed, { name })}>
        <Hidden name="cycleId" value={c.id} />
        <Hidden name="id" value={templateId} />
      </ActionForm>
    ) : null
  return (
    <>
      <PageHeader
        title={t.title}
        description={
          <UserText>{`${localText(locale, c.programme.name, c.programme.nameUr)} — ${localText(locale, c.name, c.nameUr)}`}</UserText>
        }
      />
      <p className="mb-2 max-w-3xl text-slate-700">{t.intro}</p>
      <p className="mb-6">
        <Link href={`/staff/cycles/${c.id}`} className="font-medium text-emerald-800 underline">
          {t.back}
        </Link>
      </p>
      {!live ? <p className="mb-4 rounded-md bg-amber-50 p-3 text-amber-900">{t.archived}</p> : null}
      <div className="space-y-6">
        <Card title={t.deliverables}>
          {c.deliverableTemplates.length === 0 ? (
            <EmptyState>{t.noneDeliverables}</EmptyState>
          ) : (
            <Table caption={t.deliverablesCaption} headers={[t.titleEn, t.kind, t.dueOffset, m.common.actions]}>
              {c.deliverableTemplates.map((d) => (
                <tr key={d.id}>
                  <Td>
                    <UserText>{localText(locale, d.title, d.titleUr)}</UserText>
                    {d.description ? (
                      <span dir="auto" className="block text-xs whitespace-pre-wrap text-slate-600">
                        {d.description}
                      </span>
                    ) : null}
                  </Td>
                  <Td>{m.deliverables.kinds[d.kind]}</Td>
                  <Td>{d.dueOffsetDays === null ? t.noDue : format(t.dueAfter, { days: formatNumber(d.dueOffsetDays, locale) })}</Td>
                  <Td>{remove(d.id, d.title)}</Td>
                </tr>
              ))}
            </Table>
          )}
          {live ? (
            <ActionForm
              action={addDeliverableTemplateAction}
              submitLabel={t.addDeliverable}
              resetOnSuccess
              aria-label={t.addDeliverable}
              className="mt-4 grid grid-cols-1 items-start gap-4 md:grid-cols-2"
            >
              <Hidden name="cycleId" value={c.id} />
              <TextField name="title" label={t.titleEn} required />
              <TextField name="titleUr" label={t.titleUr} dir="rtl" />
              <SelectField
                name="kind"
                label={t.kind}
                required
                defaultValue="DELIVERABLE"
                options={(['DELIVERABLE', 'MILESTONE'] as const).map((k) => ({ value: k, label: m.deliverables.kinds[k] }))}
              />
              <TextField name="dueOffsetDays" type="number" label={t.dueOffset} hint={t.dueOffsetHint} min={0} max={730} />
              <div className="md:col-span-2">
                <TextAreaField name="description" label={t.description} rows={2} dir="auto" />
              </div>
            </ActionForm>
          ) : null}
        </Card>
        <Card title={t.metrics}>
          {c.metricTemplates.length === 0 ? (
            <EmptyState>{t.noneMetrics}</EmptyState>
          ) : (
            <Table caption={t.metricsCaption} headers={[t.name, t.unit, t.target, t.cumulativeShort, t.publicShort, m.common.actions]}>
              {c.metricTemplates.map((x) => (
                <tr key={x.id}>
                  <Td>{localText(locale, x.name, x.nameUr)}</Td>
                  <Td>{localText(locale, x.unit, x.unitUr)}</Td>
                  <Td>{x.target === null ? '—' : formatNumber(x.target, locale)}</Td>
                  <Td>{x.cumulative ? t.yes : t.no}</Td>
                  <Td>{x.isPublic ? t.yes : t.no}</Td>
                  <Td>{remove(x.id, x.name)}</Td>
                </tr>
              ))}
            </Table>
          )}
          {live ? (
            <ActionForm
              action={addMetricTemplateAction}
              submitLabel={t.addMetric}
              resetOnSuccess
              aria-label={t.addMetric}
              className="mt-4 grid grid-cols-1 items-start gap-4 md:grid-cols-2"
            >
              <Hidden name="cycleId" value={c.id} />
              <TextField name="name" label={t.name} required />
              <TextField name="nameUr" label={t.nameUr} dir="rtl" />
              <TextField name="unit" label={t.unit} required />
              <TextField name="unitUr" label={t.unitUr} dir="rtl" />
              <TextField name="target" label={t.target} />
              <div className="space-y-2">
                <CheckboxField name="cumulative" label={t.cumulative} defaultChecked />
                <CheckboxField name="isPublic" label={t.isPublic} defaultChecked />
              </div>
            </ActionForm>
          ) : null}
        </Card>
        {live ? (
          <Card title={t.apply}>
            <p className="mb-3 text-sm text-slate-700">{format(t.applyHint, { count: formatNumber(c._count.projects, locale) })}</p>
            <ActionForm action={applyTemplatesAction} submitLabel={t.apply} submitVariant="secondary" aria-label={t.apply}>
              <Hidden name="cycleId" value={c.id} />
            </ActionForm>
          </Card>
        ) : null}
      </div>
    </>
  )
}
