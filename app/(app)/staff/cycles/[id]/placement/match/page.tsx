// The matching proposal: each fellow's placement, rank and reason, the figures, stability,
// hand adjustments, and publication.
import Link from '@/components/ui/link'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { formatDateTime } from '@/lib/i18n/format'
import { idParam, orNotFound } from '@/lib/server/page'
import { getMatchView } from '@/lib/placement/queries/match'
import { explainReason, ordinal } from '@/lib/placement/text'
import { Badge, Card, EmptyState, PageHeader, Stat, Table, Td } from '@/components/ui/basics'
import { fill, UserText, UserTextList } from '@/components/ui/user-text'
import { ActionForm, CheckboxField, Hidden, SelectField } from '@/components/ui/form'
import { percent } from '@/components/placement/tones'
import { RecipientList } from '@/components/ui/confirm-recipients'
import { previewPublishRecipients } from '@/lib/placement/mutations/publish-placements'
import { adjustPlacementAction, publishPlacementsAction } from '../actions'
import { localName, localText } from '@/lib/i18n/local-text'

export const generateMetadata = titled((m) => `${m.placement.nav.section}: ${m.placement.staff.titles.match}`)

export default async function MatchPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePermission('matching:run')
  const { m, locale } = await getI18n()
  const id = idParam((await params).id)
  const data = await orNotFound(getMatchView(viewer, id))
  const t = m.placement.staff.match
  const back = (
    <p className="mb-4">
      <Link href={`/staff/cycles/${id}/placement`} className="font-medium text-emerald-800 underline">
        {m.placement.staff.back}
      </Link>
    </p>
  )
  if (!data.run) {
    return (
      <>
        <PageHeader title={fill(t.title, { cycle: <UserText>{localName(locale)(data.cycle)}</UserText> }, locale)} />
        {back}
        <EmptyState>{t.noRun}</EmptyState>
      </>
    )
  }
  const { run, view, names, projects } = data
  const open = run.status === 'PROPOSED'
  const project = (pid: string | null) => projects.find((p) => p.id === pid)
  const title = (pid: string | null) => {
    const p = project(pid)
    return p ? localText(locale, p.title, p.titleUr) : '—'
  }
  const deptOf = (pid: string | null) => {
    const p = project(pid)
    return p ? localText(locale, p.department.name, p.department.nameUr) : ''
  }
  const loadOf = new Map(view.loads.map((l) => [l.projectId, l]))
  const options = [
    { value: '', label: t.leaveUnplaced },
    ...view.loads.map((l) => ({ value: l.projectId, label: `${title(l.projectId)} — ${deptOf(l.projectId)} (${l.placed}/${l.capacity})` })),
  ]
  const s = view.stats
  // Who publishing emails, listed beside the one confirmation it asks for.
  const recipients = open ? await previewPublishRecipients(viewer, run.id) : null
  return (
    <>
      <PageHeader title={fill(t.title, { cycle: <UserText>{localName(locale)(data.cycle)}</UserText> }, locale)} />
      {back}
      <div className="space-y-6">
        <p className="flex flex-wrap items-center gap-3">
          <Badge tone={open ? 'info' : 'good'}>{m.placement.runStatuses[run.status]}</Badge>
          <span className="text-slate-700">
            {fill(
              t.runBy,
              {
                name: <UserText>{run.createdBy.name}</UserText>,
                date: formatDateTime(run.createdAt, locale),
                proposing: run.proposing === 'project' ? t.projectsPropose : t.fellowsPropose,
              },
              locale,
            )}
          </span>
        </p>
        {run.publishedAt ? (
          <p className="rounded-md border border-emerald-300 bg-emerald-50 p-3 text-emerald-900">
            {format(t.publishedNote, { date: formatDateTime(run.publishedAt, locale) })}
          </p>
        ) : null}

        <section aria-label={m.placement.staff.run.title} className="grid grid-cols-2 gap-4 md:grid-cols-3 lg:grid-cols-6">
          <Stat label={m.placement.staff.stats.fellows} value={s.fellows} />
          <Stat label={m.placement.staff.stats.placed} value={s.placed} />
          <Stat label={m.placement.staff.stats.top1} value={percent(s.top1Share, locale)} />
          <Stat label={m.placement.staff.stats.top2} value={percent(s.top2Share, locale)} />
          <Stat label={m.placement.staff.stats.seats} value={s.seats} />
          <Stat label={m.placement.staff.stats.unfilled} value={s.unfilledSeats} />
        </section>

        <Card title={t.stableTitle}>
          {view.blockingPairs.length === 0 ? (
            <p className="text-emerald-900">{t.stable}</p>
          ) : (
            <>
              <p className="mb-2 font-medium text-amber-900">{t.unstable}</p>
              <ul className="list-disc ps-5">
                {view.blockingPairs.map((b) => (
                  <li key={`${b.fellowId}-${b.projectId}`}>
                    {fill(
                      t.pair,
                      { fellow: <UserText>{names[b.fellowId] ?? '?'}</UserText>, project: <UserText>{title(b.projectId)}</UserText> },
                      locale,
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
          {view.overCapacity.length ? (
            <p className="mt-2 font-medium text-amber-900">
              {fill(t.overCapacity, { projects: <UserTextList items={view.overCapacity.map(title)} locale={locale} /> }, locale)}
            </p>
          ) : null}
        </Card>

        <Table caption={t.caption} headers={[t.fellow, t.project, t.rank, t.why, ...(open ? [t.change] : [])]}>
          {view.rows.map((r) => {
            const name = names[r.fellowshipId] ?? '?'
            return (
              <tr key={r.fellowshipId}>
                <Td className="font-medium">{name}</Td>
                <Td>
                  {r.projectId ? (
                    <>
                      <UserText>{title(r.projectId)}</UserText>
                      <UserText className="block text-sm text-slate-600">{deptOf(r.projectId)}</UserText>
                    </>
                  ) : (
                    <Badge tone="warn">{t.notPlaced}</Badge>
                  )}
                </Td>
                <Td>{r.rank ? ordinal(locale, r.rank) : '—'}</Td>
                <Td>{explainReason(m, locale, r.reason)}</Td>
                {open ? (
                  <Td>
                    <ActionForm
                      action={adjustPlacementAction}
                      submitLabel={t.adjust}
                      submitVariant="secondary"
                      className="min-w-64 space-y-2"
                      aria-label={format(t.moveTo, { name })}
                    >
                      <Hidden name="cycleId" value={id} />
                      <Hidden name="runId" value={run.id} />
                      <Hidden name="fellowshipId" value={r.fellowshipId} />
                      <SelectField
                        name="projectId"
                        label={format(t.moveTo, { name })}
                        required
                        defaultValue={r.projectId ?? ''}
                        options={options}
                      />
                      <CheckboxField name="confirm" label={t.confirm} />
                    </ActionForm>
                  </Td>
                ) : null}
              </tr>
            )
          })}
        </Table>

        <Card title={t.seatsTitle}>
          <Table caption={t.seatsCaption} headers={[t.project, t.seats, t.placed, t.left]}>
            {view.loads.map((l) => (
              <tr key={l.projectId}>
                <Td>
                  <UserText>{title(l.projectId)}</UserText>
                  <UserText className="block text-sm text-slate-600">{deptOf(l.projectId)}</UserText>
                </Td>
                <Td>{l.capacity}</Td>
                <Td>{loadOf.get(l.projectId)?.placed ?? 0}</Td>
                <Td>{l.capacity - l.placed}</Td>
              </tr>
            ))}
          </Table>
        </Card>

        {open ? (
          <Card title={t.publishTitle}>
            <p className="mb-3 text-sm text-slate-700">{t.publishHelp}</p>
            <ActionForm action={publishPlacementsAction} submitLabel={t.publish} aria-label={t.publishTitle}>
              <Hidden name="cycleId" value={id} />
              <Hidden name="runId" value={run.id} />
              {recipients ? (
                <section aria-label={t.publishRecipients}>
                  <h3 className="font-medium">
                    {format(t.publishRecipientsCount, { count: recipients.fellows.length + recipients.partners.length }, locale)}
                  </h3>
                  <RecipientList
                    recipients={[
                      ...recipients.fellows.map((f) => ({ key: `f:${f.email}`, name: f.name, email: f.email, detail: t.publishToFellow })),
                      ...recipients.partners.map((r) => ({
                        key: `d:${r.to}`,
                        name: r.name,
                        email: r.to,
                        detail: localText(locale, r.department.name, r.department.nameUr),
                      })),
                    ]}
                  />
                </section>
              ) : null}
              <CheckboxField name="confirm" label={t.publishConfirm} />
            </ActionForm>
          </Card>
        ) : null}
      </div>
    </>
  )
}
