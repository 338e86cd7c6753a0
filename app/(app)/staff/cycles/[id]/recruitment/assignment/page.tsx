// Reviewers for a cycle: how far the round has got, each reviewer's load, automatic
// assignment (N per application, balanced, never across a declared conflict), and closing
// or reopening the round.
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { formatDateTime } from '@/lib/i18n/format'
import { firstParam, idParam, orNotFound } from '@/lib/server/page'
import { AppError } from '@/lib/server/errors'
import { getRecruitmentSummary } from '@/lib/recruitment/queries/pipeline'
import { listReviewerPool, reviewProgress } from '@/lib/recruitment/queries/decisions'
import { Card, LinkButton, PageHeader, Stat, Table, Td } from '@/components/ui/basics'
import { fill, UserText } from '@/components/ui/user-text'
import { ConfirmRecipients } from '@/components/ui/confirm-recipients'
import { autoAssignSchema } from '@/lib/recruitment/schema/review'
import { previewAutoAssign } from '@/lib/recruitment/mutations/assign-reviewers'
import { ActionForm, Hidden, TextField } from '@/components/ui/form'
import { CheckboxGroup } from '@/components/recruitment/checkbox-group'
import { RecruitmentNav } from '../_components/recruitment-nav'
import { autoAssignAction, reviewAutoAssignAction, reviewRoundAction } from '../_actions/reviews'
import { localName } from '@/lib/i18n/local-text'

export const generateMetadata = titled((m) => `${m.recruitment.nav.section}: ${m.recruitment.nav.assignment}`)

export default async function AssignmentPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const viewer = await requirePermission('review:assign')
  const { m, locale } = await getI18n()
  // A malformed id is a missing page, not a database error.
  const id = idParam((await params).id)
  const sp = await searchParams
  const { cycle } = await orNotFound(getRecruitmentSummary(viewer, id))
  const [pool, progress] = await Promise.all([listReviewerPool(viewer, id), reviewProgress(viewer, id)])
  const t = m.recruitment.assignment
  const closed = cycle.reviewRoundClosedAt
  const here = `/staff/cycles/${id}/recruitment/assignment`
  // The confirmation (?confirm=1, from the form's action) lists who would be emailed; a pool
  // that no longer parses (an unknown reviewer) shows the form again.
  const asked =
    firstParam(sp.confirm) === '1'
      ? autoAssignSchema.safeParse({ cycleId: id, perApplication: firstParam(sp.perApplication), reviewerIds: sp.reviewerIds }).data
      : undefined
  const preview =
    asked && !closed ? await previewAutoAssign(viewer, asked).catch((e) => (e instanceof AppError ? null : Promise.reject(e))) : null
  const count = (k: string) => (/^\d{1,6}$/.test(firstParam(sp[k]) ?? '') ? Number(firstParam(sp[k])) : null)
  const done =
    count('assigned') !== null
      ? { assigned: count('assigned')!, applications: count('applications') ?? 0, shortfall: count('shortfall') ?? 0 }
      : null
  return (
    <>
      <PageHeader title={fill(t.title, { cycle: <UserText>{localName(locale)(cycle)}</UserText> }, locale)} description={t.intro} />
      <RecruitmentNav cycleId={id} current="assignment" m={m} />
      <div className="space-y-6">
        <section aria-label={t.progress} className="grid grid-cols-2 gap-4 md:grid-cols-5">
          <Stat label={t.inReview} value={progress.inReview} />
          <Stat label={t.underStaffed} value={progress.underStaffed} />
          <Stat label={t.reviewsOpen} value={(progress.reviews.ASSIGNED ?? 0) + (progress.reviews.DRAFT ?? 0)} />
          <Stat label={t.reviewsDone} value={progress.reviews.SUBMITTED ?? 0} />
          <Stat label={t.recusals} value={progress.reviews.RECUSED ?? 0} />
        </section>

        <Card title={t.round}>
          <p className="mb-3">{closed ? format(t.roundClosedAt, { date: formatDateTime(closed, locale) }) : t.roundOpen}</p>
          <ActionForm
            action={reviewRoundAction}
            submitLabel={closed ? t.reopenRound : t.closeRound}
            submitVariant="secondary"
            aria-label={t.round}
          >
            <Hidden name="cycleId" value={id} />
            <Hidden name="version" value={cycle.version} />
            <Hidden name="close" value={closed ? 'false' : 'true'} />
          </ActionForm>
        </Card>

        {closed ? null : (
          <section id="auto" aria-label={t.auto}>
            <Card title={t.auto}>
              {done ? (
                <p role="status" className="mb-4 rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
                  {format(t.autoDone, done, locale)}
                  {done.shortfall ? ` ${format(t.autoShort, done, locale)}` : ''}
                </p>
              ) : null}
              {preview ? (
                preview.reviewers.length === 0 ? (
                  <>
                    <p className="mb-3 text-slate-800">{t.autoConfirmNone}</p>
                    <LinkButton href={here} variant="secondary">
                      {t.autoCancel}
                    </LinkButton>
                  </>
                ) : (
                  <ConfirmRecipients
                    action={autoAssignAction}
                    level={3}
                    title={format(t.autoConfirmTitle, { assigned: preview.assigned, count: preview.reviewers.length }, locale)}
                    intro={`${t.autoConfirmIntro}${preview.shortfall ? ` ${format(t.autoShort, { shortfall: preview.shortfall }, locale)}` : ''}`}
                    hidden={{ cycleId: id, perApplication: asked!.perApplication }}
                    recipientsTitle={t.autoConfirmRecipients}
                    name="reviewerIds"
                    recipients={preview.reviewers.map((r) => ({
                      key: r.id,
                      name: r.name,
                      email: r.email,
                      detail: format(t.autoConfirmCount, { n: r.count }, locale),
                    }))}
                    confirmLabel={format(t.autoConfirmButton, { count: preview.reviewers.length }, locale)}
                    cancelHref={here}
                    cancelLabel={t.autoCancel}
                  />
                )
              ) : (
                <>
                  <p className="mb-4 text-sm text-slate-700">
                    {format(t.autoIntro, { n: cycle.reviewsPerApplication })} {t.autoNext}
                  </p>
                  <ActionForm action={reviewAutoAssignAction} submitLabel={t.autoSubmit} aria-label={t.auto}>
                    <Hidden name="cycleId" value={id} />
                    <TextField
                      name="perApplication"
                      type="number"
                      label={t.perApplication}
                      required
                      min={1}
                      max={10}
                      defaultValue={asked?.perApplication ?? cycle.reviewsPerApplication}
                    />
                    <CheckboxGroup
                      name="reviewerIds"
                      legend={t.pool}
                      hint={t.poolHint}
                      columns={3}
                      checked={asked?.reviewerIds ?? pool.filter((p) => p.role === 'REVIEWER').map((p) => p.id)}
                      options={pool.map((p) => ({ value: p.id, label: p.name, note: m.common.roles[p.role] }))}
                    />
                  </ActionForm>
                </>
              )}
            </Card>
          </section>
        )}

        <Table caption={t.caption} captionHidden={false} headers={[m.common.name, m.common.role, t.colLoad, t.colSubmitted, t.colRecused]}>
          {pool.map((p) => (
            <tr key={p.id}>
              <Td>{p.name}</Td>
              <Td>{m.common.roles[p.role]}</Td>
              <Td>{p.load}</Td>
              <Td>{p.submitted}</Td>
              <Td>{p.recused}</Td>
            </tr>
          ))}
        </Table>
      </div>
    </>
  )
}
