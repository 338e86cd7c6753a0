// Staff's placement page for a cycle: preference window, proposals, who has not ranked,
// matching, and the placements published so far.
import Link from '@/components/ui/link'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { formatDate, formatDateTime, toKarachiLocal } from '@/lib/i18n/format'
import { firstParam, idParam, orNotFound } from '@/lib/server/page'
import { AppError } from '@/lib/server/errors'
import { previewPlacementMail } from '@/lib/placement/mutations/preference-window'
import { getPlacementOverview, listCyclePlacements } from '@/lib/placement/queries/staff'
import { windowState } from '@/lib/placement/access'
import { ordinal } from '@/lib/placement/text'
import { Badge, Card, EmptyState, LinkButton, PageHeader, Stat, Table, Td } from '@/components/ui/basics'
import { fill, UserText } from '@/components/ui/user-text'
import { ConfirmRecipients } from '@/components/ui/confirm-recipients'
import { ActionForm, CheckboxField, Hidden, SelectField, TextField } from '@/components/ui/form'
import { placementTone, projectTone } from '@/components/placement/tones'
import { placementMailAction, runMatchingAction, setWindowAction } from './actions'
import { localName, localText } from '@/lib/i18n/local-text'

export const generateMetadata = titled((m) => m.placement.nav.section)

export default async function PlacementPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const viewer = await requirePermission('placement:manage')
  const { m, locale } = await getI18n()
  const id = idParam((await params).id)
  const [o, placements] = await Promise.all([orNotFound(getPlacementOverview(viewer, id)), orNotFound(listCyclePlacements(viewer, id))])
  const t = m.placement.staff
  const state = windowState(o.cycle)
  const base = `/staff/cycles/${id}/placement`
  const sp = await searchParams
  // ?confirm=announce|remind lists who would be emailed; ?sent=N&kind=... reports a send.
  const confirm = firstParam(sp.confirm)
  const asked = confirm === 'announce' || (confirm === 'remind' && state === 'open') ? confirm : null
  const mailList = asked
    ? await previewPlacementMail(viewer, id, asked).catch((e) => (e instanceof AppError ? null : Promise.reject(e)))
    : null
  const sentN = firstParam(sp.sent)
  const sentKind = firstParam(sp.kind)
  const sent =
    sentN && /^\d{1,5}$/.test(sentN) && (sentKind === 'announce' || sentKind === 'remind') ? { n: Number(sentN), kind: sentKind } : null
  const link = 'font-medium text-emerald-800 underline'
  return (
    <>
      <PageHeader title={fill(t.title, { cycle: <UserText>{localName(locale)(o.cycle)}</UserText> }, locale)} description={t.intro} />
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

        <section id="window" aria-label={t.window.title}>
          <Card title={t.window.title}>
            <p className="mb-2 text-sm text-slate-700">{t.window.help}</p>
            <p className="mb-3">
              <Badge tone={state === 'open' ? 'good' : 'neutral'}>
                {format(t.window.state, { state: m.placement.windowStates[state] })}
              </Badge>
            </p>
            {sent?.kind === 'announce' ? <Sent>{format(t.window.announced, { count: sent.n }, locale)}</Sent> : null}
            {asked === 'announce' && mailList ? (
              mailList.length === 0 ? (
                <Nobody text={t.window.announceNobody} href={base} label={t.fellows.cancel} />
              ) : (
                <ConfirmRecipients
                  action={placementMailAction}
                  level={3}
                  title={format(t.window.announceTitle, { count: mailList.length }, locale)}
                  intro={t.window.announceIntro}
                  hidden={{ cycleId: o.cycle.id, kind: 'announce' }}
                  recipientsTitle={t.fellows.recipients}
                  name="fellowshipIds"
                  recipients={mailList.map((f) => ({ key: f.fellowshipId, name: f.name, email: f.email }))}
                  confirmLabel={format(t.window.announceButton, { count: mailList.length }, locale)}
                  cancelHref={base}
                  cancelLabel={t.fellows.cancel}
                />
              )
            ) : (
              <>
                <ActionForm
                  action={setWindowAction}
                  submitLabel={t.window.save}
                  className="grid grid-cols-1 items-end gap-4 md:grid-cols-2"
                  aria-label={t.window.title}
                >
                  <Hidden name="cycleId" value={o.cycle.id} />
                  <Hidden name="version" value={o.cycle.version} />
                  <TextField
                    name="opensAt"
                    type="datetime-local"
                    label={t.window.opensAt}
                    required
                    defaultValue={toKarachiLocal(o.cycle.preferenceOpensAt)}
                  />
                  <TextField
                    name="closesAt"
                    type="datetime-local"
                    label={t.window.closesAt}
                    required
                    defaultValue={toKarachiLocal(o.cycle.preferenceClosesAt)}
                  />
                  <div className="md:col-span-2">
                    <CheckboxField name="notifyFellows" label={t.window.notify} />
                  </div>
                </ActionForm>
                {o.cycle.preferenceOpensAt && o.cycle.preferenceClosesAt ? (
                  <p className="mt-4">
                    <LinkButton href={`${base}?confirm=announce#window`} variant="secondary">
                      {t.window.announce}
                    </LinkButton>
                  </p>
                ) : null}
              </>
            )}
          </Card>
        </section>

        <Card title={t.projects.title}>
          {o.projects.length === 0 ? (
            <EmptyState>{t.projects.none}</EmptyState>
          ) : (
            <Table
              caption={t.projects.title}
              headers={[
                t.projects.project,
                t.projects.department,
                t.projects.status,
                t.projects.seats,
                t.projects.rankedBy,
                t.projects.placed,
              ]}
            >
              {o.projects.map((p) => (
                <tr key={p.id}>
                  <Td>
                    <Link href={`${base}/projects/${p.id}`} className={link}>
                      <UserText>{localText(locale, p.title, p.titleUr)}</UserText>
                    </Link>
                  </Td>
                  <Td>{localText(locale, p.department.name, p.department.nameUr)}</Td>
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

        <section id="remind" aria-label={t.fellows.notRanked}>
          <Card title={t.fellows.notRanked}>
            {sent?.kind === 'remind' ? <Sent>{format(t.fellows.reminded, { count: sent.n }, locale)}</Sent> : null}
            {o.notRanked.length === 0 ? (
              <p className="text-slate-700">{t.fellows.allRanked}</p>
            ) : (
              <>
                <ul className="mb-4 list-disc space-y-1 ps-5">
                  {o.notRanked.map((f) => (
                    <li key={f.id}>
                      <UserText>{f.user.name}</UserText>{' '}
                      <span className="text-sm text-slate-600" dir="ltr">
                        {f.user.email}
                      </span>
                    </li>
                  ))}
                </ul>
                {state !== 'open' ? null : asked === 'remind' && mailList ? (
                  mailList.length === 0 ? (
                    <Nobody text={t.fellows.remindNobody} href={base} label={t.fellows.cancel} />
                  ) : (
                    <ConfirmRecipients
                      action={placementMailAction}
                      level={3}
                      title={format(t.fellows.remindTitle, { count: mailList.length }, locale)}
                      intro={t.fellows.remindIntro}
                      hidden={{ cycleId: o.cycle.id, kind: 'remind' }}
                      recipientsTitle={t.fellows.recipients}
                      name="fellowshipIds"
                      recipients={mailList.map((f) => ({ key: f.fellowshipId, name: f.name, email: f.email }))}
                      confirmLabel={format(t.fellows.remindButton, { count: mailList.length }, locale)}
                      cancelHref={base}
                      cancelLabel={t.fellows.cancel}
                    />
                  )
                ) : (
                  <LinkButton href={`${base}?confirm=remind#remind`} variant="secondary">
                    {t.fellows.remind}
                  </LinkButton>
                )}
              </>
            )}
          </Card>
        </section>

        <Card title={t.run.title}>
          <p className="mb-3 text-sm text-slate-700">{t.run.help}</p>
          {o.latestRun ? (
            <p className="mb-3">
              {format(t.run.latest, {
                status: m.placement.runStatuses[o.latestRun.status],
                date: formatDateTime(o.latestRun.createdAt, locale),
              })}{' '}
              <Link href={`${base}/match`} className={link}>
                {t.run.view}
              </Link>
            </p>
          ) : (
            <p className="mb-3 text-slate-700">{t.run.none}</p>
          )}
          {state === 'open' ? (
            <p className="mb-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">{t.run.windowStillOpen}</p>
          ) : null}
          {o.latestRun?.status === 'PROPOSED' ? <p className="mb-3 text-sm text-slate-700">{t.run.replaces}</p> : null}
          <ActionForm
            action={runMatchingAction}
            submitLabel={t.run.submit}
            className="flex flex-wrap items-end gap-4"
            aria-label={t.run.title}
          >
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
              headers={[
                t.placements.fellow,
                t.placements.project,
                t.placements.department,
                t.placements.status,
                t.placements.rank,
                t.placements.since,
                m.common.actions,
              ]}
            >
              {placements.map((p) => (
                <tr key={p.id}>
                  <Td>{p.fellowship.user.name}</Td>
                  <Td>{localText(locale, p.project.title, p.project.titleUr)}</Td>
                  <Td>{localText(locale, p.project.department.name, p.project.department.nameUr)}</Td>
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

function Sent({ children }: { children: React.ReactNode }) {
  return (
    <p role="status" className="mb-3 rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
      {children}
    </p>
  )
}

function Nobody({ text, href, label }: { text: string; href: string; label: string }) {
  return (
    <>
      <p className="mb-3 text-sm text-slate-700">{text}</p>
      <LinkButton href={href} variant="secondary">
        {label}
      </LinkButton>
    </>
  )
}
