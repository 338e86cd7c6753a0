// One published placement: where the fellow is, the full history across transfers, and the
// staff actions that change it (transfer to another project, end it).
import Link from '@/components/ui/link'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { formatDate, formatDateTime } from '@/lib/i18n/format'
import { idParam, orNotFound } from '@/lib/server/page'
import { getPlacementDetail } from '@/lib/placement/queries/placement'
import { explainStored, ordinal } from '@/lib/placement/text'
import { Badge, Card, DefinitionList, LinkButton, PageHeader } from '@/components/ui/basics'
import { fill, UserText } from '@/components/ui/user-text'
import { ActionForm, CheckboxField, Hidden, SelectField, TextAreaField } from '@/components/ui/form'
import { placementTone } from '@/components/placement/tones'
import { endPlacementAction, transferPlacementAction } from '../../actions'
import { localText } from '@/lib/i18n/local-text'

export const generateMetadata = titled((m) => m.placement.staff.titles.placement)

export default async function PlacementDetailPage({ params }: { params: Promise<{ id: string; placementId: string }> }) {
  const viewer = await requirePermission('placement:manage')
  const { m, locale } = await getI18n()
  const raw = await params
  const id = idParam(raw.id)
  const placementId = idParam(raw.placementId)
  const p = await orNotFound(getPlacementDetail(viewer, id, placementId))
  const t = m.placement.staff.placement
  const events = t.events as Record<string, string>
  const name = p.fellowship.user.name
  return (
    <>
      <PageHeader
        title={fill(t.title, { name: <UserText>{name}</UserText> }, locale)}
        description={<span dir="ltr">{p.fellowship.user.email}</span>}
        actions={
          p.status === 'ACTIVE' ? (
            <LinkButton href={`/staff/cycles/${id}/placement/placements/${p.id}/letter`} variant="secondary">
              {t.letter}
            </LinkButton>
          ) : null
        }
      />
      <p className="mb-4">
        <Link href={`/staff/cycles/${id}/placement`} className="font-medium text-emerald-800 underline">
          {m.placement.staff.back}
        </Link>
      </p>
      <div className="space-y-6">
        <Card title={t.current}>
          <p className="mb-3">
            <Badge tone={placementTone[p.status]}>{m.placement.placementStatuses[p.status]}</Badge>
          </p>
          <DefinitionList
            items={[
              [t.project, localText(locale, p.project.title, p.project.titleUr)],
              [t.department, localText(locale, p.project.department.name, p.project.department.nameUr)],
              [t.since, formatDate(p.startDate, locale)],
              [t.until, formatDate(p.endDate, locale)],
              [t.rank, p.rankObtained ? ordinal(locale, p.rankObtained) : '—'],
              [t.why, explainStored(m, locale, p.explanation) || '—'],
              ...(p.endReason ? ([[t.endReason, p.endReason]] as [string, string][]) : []),
            ]}
          />
        </Card>

        <Card title={t.history}>
          <p className="mb-3 text-sm text-slate-700">{t.historyIntro}</p>
          <ol className="space-y-4">
            {p.history.map((h) => (
              <li key={h.id} className="border-s-4 border-slate-300 ps-4">
                <p className="font-medium">
                  <UserText>{localText(locale, h.project.title, h.project.titleUr)}</UserText> —{' '}
                  <UserText>{localText(locale, h.project.department.name, h.project.department.nameUr)}</UserText>{' '}
                  <Badge tone={placementTone[h.status]}>{m.placement.placementStatuses[h.status]}</Badge>
                </p>
                <p className="text-sm text-slate-700">
                  {formatDate(h.startDate, locale)} – {h.endDate ? formatDate(h.endDate, locale) : ''}
                </p>
                <ul className="mt-1 space-y-1 text-sm">
                  {h.events.map((e) => (
                    <li key={e.id}>
                      <span className="font-medium">{events[e.type] ?? e.type}</span> · {formatDateTime(e.createdAt, locale)}
                      {e.actor ? <> · {fill(t.eventBy, { name: <UserText>{e.actor.name}</UserText> }, locale)}</> : null}
                      <UserText block className="text-slate-700">
                        {e.note}
                      </UserText>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </Card>

        {p.status === 'ACTIVE' ? (
          <>
            <Card title={t.transferTitle}>
              <ActionForm action={transferPlacementAction} submitLabel={t.transfer} aria-label={t.transferTitle}>
                <Hidden name="cycleId" value={id} />
                <Hidden name="placementId" value={p.id} />
                <Hidden name="version" value={p.version} />
                <SelectField
                  name="projectId"
                  label={t.transferProject}
                  required
                  placeholder="—"
                  options={p.projects.map((x) => ({
                    value: x.id,
                    label: format(t.seatsFree, {
                      project: localText(locale, x.title, x.titleUr),
                      department: localText(locale, x.department.name, x.department.nameUr),
                      left: Math.max(0, x.seats - x._count.placements),
                      seats: x.seats,
                    }),
                  }))}
                />
                <TextAreaField name="reason" label={t.reason} hint={t.transferHint} required rows={3} />
                <CheckboxField name="confirm" label={t.confirmFull} />
              </ActionForm>
            </Card>
            <Card title={t.endTitle}>
              <ActionForm action={endPlacementAction} submitLabel={t.end} submitVariant="danger" aria-label={t.endTitle}>
                <Hidden name="cycleId" value={id} />
                <Hidden name="placementId" value={p.id} />
                <Hidden name="version" value={p.version} />
                <TextAreaField name="reason" label={t.reason} hint={t.endHint} required rows={3} />
              </ActionForm>
            </Card>
          </>
        ) : (
          <p className="text-slate-700">{format(t.notActive, { status: m.placement.placementStatuses[p.status] })}</p>
        )}
      </div>
    </>
  )
}
