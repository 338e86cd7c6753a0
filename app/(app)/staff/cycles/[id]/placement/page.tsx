// Staff's placement page for a cycle: preference window, proposals, who has not ranked,
// matching, and the placements published so far.
import Link from 'next/link'
import { requireRole } from '@/lib/server/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { formatDate, formatDateTime, toKarachiLocal } from '@/lib/i18n/format'
import { idParam, orNotFound } from '@/lib/server/page'
import { getPlacementOverview, listCyclePlacements } from '@/lib/placement/queries/staff'
import { windowState } from '@/lib/placement/access'
import { localized, ordinal } from '@/lib/placement/text'
import { Badge, Card, EmptyState, PageHeader, Stat, Table, Td } from '@/components/ui/basics'
import { ActionForm, CheckboxField, Hidden, SelectField, TextField } from '@/components/ui/form'
import { placementTone, projectTone } from '@/components/placement/tones'
import { remindAction, runMatchingAction, setWindowAction } from './actions'
import { localName } from '@/components/progress/names'

export const generateMetadata = titled((m) => m.placement.nav.section)

export default async function PlacementPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireRole('ADMIN', 'STAFF')
  const { m, locale } = await getI18n()
  const id = idParam((await params).id)
  const [o, placements] = await Promise.all([orNotFound(getPlacementOverview(viewer, id)), orNotFound(listCyclePlacements(viewer, id))])
  const t = m.placement.staff
  const state = windowState(o.cycle)
  const base = `/staff/cycles/${id}/placement`
  const link = 'font-medium text-emerald-800 underline'
  return (
    <>
      <PageHeader title={format(t.title, { cycle: localName(locale)(o.cycle) })} description={t.intro} />
      <p className="mb-4">
        <Link href={`/staff/cycles/${id}`} className={link}>
          {t.backToCycle}
        </Link>
      </p>
      <div className="space-y-6">
        <section aria-label={t.fellows.title}>
          <div className="grid grid-cols-2 gap-4 md:grid-cols-4">
            <Stat label={t.fellows.active} value={o.fellows.active} />
            <Stat label={t.fellows.placed} value={o.fellows.placed} />
            <Stat label={t.fellows.toPlace} value={o.fellows.toPlace} />
            <Stat label={t.fellows.ranked} value={o.fellows.ranked} />
          </div>
        </section>

        <Card title={t.window.title}>
          <p className="mb-2 text-sm text-slate-700">{t.window.help}</p>
          <p className="mb-3">
            <Badge tone={state === 'open' ? 'good' : 'neutral'}>{format(t.window.state, { state: m.placement.windowStates[state] })}</Badge>
          </p>
          <ActionForm action={setWindowAction} submitLabel={t.window.save} className="grid grid-cols-1 items-end gap-4 md:grid-cols-2" aria-label={t.window.title}>
            <Hidden name="cycleId" value={o.cycle.id} />
            <Hidden name="version" value={o.cycle.version} />
            <TextField name="opensAt" type="datetime-local" label={t.window.opensAt} required defaultValue={toKarachiLocal(o.cycle.preferenceOpensAt)} />
            <TextField name="closesAt" type="datetime-local" label={t.window.closesAt} required defaultValue={toKarachiLocal(o.cycle.preferenceClosesAt)} />
            <div className="md:col-span-2">
              <CheckboxField name="notifyFellows" label={t.window.notify} />
            </div>
          </ActionForm>
        </Card>

        <Card title={t.projects.title}>
          {o.projects.length === 0 ? (
            <EmptyState>{t.projects.none}</EmptyState>
          ) : (
            <Table caption={t.projects.title} headers={[t.projects.project, t.projects.department, t.projects.status, t.projects.seats, t.projects.rankedBy, t.projects.placed]}>
              {o.projects.map((p) => (
                <tr key={p.id}>
                  <Td>
                    <Link href={`${base}/projects/${p.id}`} className={link}>
                      {localized(locale, p.title, p.titleUr)}
                    </Link>
                  </Td>
                  <Td>{localized(locale, p.department.name, p.department.nameUr)}</Td>
                  <Td>
                    <Badge tone={projectTone[p.status]}>{m.placement.projectStatuses[p.status]}</Badge>
                  </Td>
                  <Td>{p.seats}</Td>
                  <Td>{p._count.preferences}</Td>
                  <Td>{p._count.placements}</Td>
                </tr>
              ))}
            </Table>
          )}
        </Card>

        <Card title={t.fellows.notRanked}>
          {o.notRanked.length === 0 ? (
            <p className="text-slate-700">{t.fellows.allRanked}</p>
          ) : (
            <>
              <ul className="mb-4 list-disc space-y-1 ps-5">
                {o.notRanked.map((f) => (
                  <li key={f.id}>
                    {f.user.name}{' '}
                    <span className="text-sm text-slate-600" dir="ltr">
                      {f.user.email}
                    </span>
                  </li>
                ))}
              </ul>
              {state === 'open' ? (
                <ActionForm action={remindAction} submitLabel={t.fellows.remind} submitVariant="secondary" aria-label={t.fellows.remind}>
                  <Hidden name="cycleId" value={o.cycle.id} />
                </ActionForm>
              ) : null}
            </>
          )}
        </Card>

        <Card title={t.run.title}>
          <p className="mb-3 text-sm text-slate-700">{t.run.help}</p>
          {o.latestRun ? (
            <p className="mb-3">
              {format(t.run.latest, { status: m.placement.runStatuses[o.latestRun.status], date: formatDateTime(o.latestRun.createdAt, locale) })}{' '}
              <Link href={`${base}/match`} className={link}>
                {t.run.view}
              </Link>
            </p>
          ) : (
            <p className="mb-3 text-slate-700">{t.run.none}</p>
          )}
          {state === 'open' ? <p className="mb-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">{t.run.windowStillOpen}</p> : null}
          {o.latestRun?.status === 'PROPOSED' ? <p className="mb-3 text-sm text-slate-700">{t.run.replaces}</p> : null}
          <ActionForm action={runMatchingAction} submitLabel={t.run.submit} className="flex flex-wrap items-end gap-4" aria-label={t.run.title}>
            <Hidden name="cycleId" value={o.cycle.id} />
            <SelectField
              name="proposing"
              label={t.run.proposing}
              required
              defaultValue="fellow"
              options={[
                { value: 'fellow', label: t.run.fellowProposing },
                { value: 'project', label: t.run.projectProposing },
              ]}
            />
          </ActionForm>
        </Card>

        <Card title={t.placements.title}>
          {placements.length === 0 ? (
            <EmptyState>{t.placements.none}</EmptyState>
          ) : (
            <Table
              caption={t.placements.title}
              headers={[t.placements.fellow, t.placements.project, t.placements.department, t.placements.status, t.placements.rank, t.placements.since, m.common.actions]}
            >
              {placements.map((p) => (
                <tr key={p.id}>
                  <Td>{p.fellowship.user.name}</Td>
                  <Td>{localized(locale, p.project.title, p.project.titleUr)}</Td>
                  <Td>{localized(locale, p.project.department.name, p.project.department.nameUr)}</Td>
                  <Td>
                    <Badge tone={placementTone[p.status]}>{m.placement.placementStatuses[p.status]}</Badge>
                  </Td>
                  <Td>{p.rankObtained ? ordinal(locale, p.rankObtained) : '—'}</Td>
                  <Td>{formatDate(p.startDate, locale)}</Td>
                  <Td>
                    <span className="flex flex-wrap gap-3">
                      <Link href={`${base}/placements/${p.id}`} className={link}>
                        {t.placements.manage}
                        <span className="sr-only"> — {p.fellowship.user.name}</span>
                      </Link>
                      <Link href={`${base}/placements/${p.id}/letter`} className={link}>
                        {t.placements.letter}
                        <span className="sr-only"> — {p.fellowship.user.name}</span>
                      </Link>
                    </span>
                  </Td>
                </tr>
              ))}
            </Table>
          )}
        </Card>
      </div>
    </>
  )
}
