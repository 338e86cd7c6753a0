// One of the department's projects: edit it until approved, answer the fellows who ranked it,
// and see who is placed on it once placements are published.
import Link from '@/components/ui/link'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { formatDate } from '@/lib/i18n/format'
import { idParam, orNotFound } from '@/lib/server/page'
import { getPartnerProject, listOfferedFellows } from '@/lib/placement/queries/partner'
import { Badge, Card, DefinitionList, EmptyState, PageHeader, Table, Td } from '@/components/ui/basics'
import { ActionForm, Hidden, SelectField } from '@/components/ui/form'
import { placementTone, projectTone } from '@/components/placement/tones'
import { ProjectText } from '@/components/placement/project-text'
import { ProjectForm } from '../_components/project-form'
import { savePartnerPreferencesAction, updateProjectAction } from '../actions'
import { localName, localText } from '@/lib/i18n/local-text'

export const generateMetadata = titled((m) => m.placement.partner.project)

export default async function PartnerProjectPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission('project:propose')
  const { m, locale } = await getI18n()
  const id = idParam((await params).id)
  const p = await orNotFound(getPartnerProject(viewer, id))
  const offered = p.status === 'APPROVED' ? await orNotFound(listOfferedFellows(viewer, id)) : []
  const t = m.placement.partner
  const f = m.placement.fields
  const answers = [
    { value: 'acceptable', label: t.acceptable },
    ...offered.map((_, i) => ({ value: String(i + 1), label: format(t.rankN, { n: i + 1 }) })),
    { value: 'unacceptable', label: t.unacceptable },
  ]
  return (
    <>
      <PageHeader
        title={localText(locale, p.title, p.titleUr)}
        description={`${localText(locale, p.cycle.programme.name, p.cycle.programme.nameUr)} — ${localName(locale)(p.cycle)}`}
      />
      <p className="mb-4 flex flex-wrap items-center gap-4">
        <Badge tone={projectTone[p.status]}>{m.placement.projectStatuses[p.status]}</Badge>
        <Link href="/partner/projects" className="font-medium text-emerald-800 underline">
          {t.back}
        </Link>
      </p>
      <div className="space-y-6">
        {p.reviewNote ? (
          <section className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950" aria-labelledby="review-note">
            <h2 id="review-note" className="font-semibold">
              {t.reviewNote}
            </h2>
            <p dir="auto" className="whitespace-pre-line">
              {p.reviewNote}
            </p>
          </section>
        ) : null}

        {p.canEdit ? (
          <Card title={t.editTitle}>
            <ProjectForm m={m} action={updateProjectAction} project={p} contacts={p.contacts} />
          </Card>
        ) : (
          <Card title={t.details}>
            <p className="mb-3 text-sm text-slate-700">{t.lockedNote}</p>
            <DefinitionList
              items={[
                [f.seats, String(p.seats)],
                [f.focalContact, p.focalContact?.name ?? f.noFocal],
              ]}
            />
            <div className="mt-4">
              <ProjectText m={m} project={p} />
            </div>
          </Card>
        )}

        <Card title={t.offered}>
          {p.status !== 'APPROVED' ? (
            <p className="text-slate-700">{t.notApprovedForRanking}</p>
          ) : offered.length === 0 ? (
            <EmptyState>{t.noOffered}</EmptyState>
          ) : (
            <>
              <p className="mb-4 text-sm text-slate-700">{t.offeredIntro}</p>
              <ActionForm action={savePartnerPreferencesAction} submitLabel={t.savePrefs} aria-label={t.offered}>
                <Hidden name="projectId" value={p.id} />
                <ul className="divide-y divide-slate-200">
                  {offered.map((o) => (
                    <li key={o.fellowshipId} className="grid grid-cols-1 gap-3 py-3 md:grid-cols-3">
                      <div>
                        <p className="font-medium">{o.name}</p>
                        <p className="text-sm text-slate-700">
                          {t.theirRank}: {o.fellowRank}
                        </p>
                      </div>
                      <div className="text-sm">
                        {o.reason ? (
                          <>
                            <span className="font-medium">{t.theirReason}: </span>
                            <span dir="auto">{o.reason}</span>
                          </>
                        ) : null}
                      </div>
                      <SelectField
                        name={`pref_${o.fellowshipId}`}
                        label={format(t.answerFor, { name: o.name })}
                        required
                        defaultValue={o.answer}
                        options={answers}
                      />
                    </li>
                  ))}
                </ul>
              </ActionForm>
            </>
          )}
        </Card>

        <Card title={t.placedHere}>
          {p.placements.length === 0 ? (
            <EmptyState>{t.noPlaced}</EmptyState>
          ) : (
            <Table caption={t.placedHere} headers={[t.fellow, t.email, t.status, t.since, t.until]}>
              {p.placements.map((pl) => (
                <tr key={pl.id}>
                  <Td className="font-medium">{pl.fellowship.user.name}</Td>
                  <Td>
                    <span dir="ltr">{pl.fellowship.user.email}</span>
                  </Td>
                  <Td>
                    <Badge tone={placementTone[pl.status]}>{m.placement.placementStatuses[pl.status]}</Badge>
                  </Td>
                  <Td>{formatDate(pl.startDate, locale)}</Td>
                  <Td>{pl.endDate ? formatDate(pl.endDate, locale) : '—'}</Td>
                </tr>
              ))}
            </Table>
          )}
        </Card>
      </div>
    </>
  )
}
