// Reviewers for a cycle: how far the round has got, each reviewer's load, automatic
// assignment (N per application, balanced, never across a declared conflict), and closing
// or reopening the round.
import { requireRole } from '@/lib/server/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { formatDateTime } from '@/lib/i18n/format'
import { idParam, orNotFound } from '@/lib/server/page'
import { getRecruitmentSummary } from '@/lib/recruitment/queries/pipeline'
import { listReviewerPool, reviewProgress } from '@/lib/recruitment/queries/decisions'
import { Card, PageHeader, Stat, Table, Td } from '@/components/ui/basics'
import { ActionForm, Hidden, TextField } from '@/components/ui/form'
import { CheckboxGroup } from '@/components/recruitment/checkbox-group'
import { RecruitmentNav } from '../_components/recruitment-nav'
import { autoAssignAction, reviewRoundAction } from '../_actions/reviews'
import { localName } from '@/components/progress/names'

export const generateMetadata = titled((m) => `${m.recruitment.nav.section}: ${m.recruitment.nav.assignment}`)

export default async function AssignmentPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireRole('ADMIN', 'STAFF')
  const { m, locale } = await getI18n()
  // A malformed id is a missing page, not a database error.
  const id = idParam((await params).id)
  const { cycle } = await orNotFound(getRecruitmentSummary(viewer, id))
  const [pool, progress] = await Promise.all([listReviewerPool(viewer, id), reviewProgress(viewer, id)])
  const t = m.recruitment.assignment
  const closed = cycle.reviewRoundClosedAt
  return (
    <>
      <PageHeader title={format(t.title, { cycle: localName(locale)(cycle) })} description={t.intro} />
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
          <ActionForm action={reviewRoundAction} submitLabel={closed ? t.reopenRound : t.closeRound} submitVariant="secondary" aria-label={t.round}>
            <Hidden name="cycleId" value={id} />
            <Hidden name="version" value={cycle.version} />
            <Hidden name="close" value={closed ? 'false' : 'true'} />
          </ActionForm>
        </Card>

        {closed ? null : (
          <Card title={t.auto}>
            <p className="mb-4 text-sm text-slate-700">{format(t.autoIntro, { n: cycle.reviewsPerApplication })}</p>
            <ActionForm action={autoAssignAction} submitLabel={t.autoSubmit} aria-label={t.auto}>
              <Hidden name="cycleId" value={id} />
              <TextField name="perApplication" type="number" label={t.perApplication} required min={1} max={10} defaultValue={cycle.reviewsPerApplication} />
              <CheckboxGroup
                name="reviewerIds"
                legend={t.pool}
                hint={t.poolHint}
                columns={3}
                checked={pool.filter((p) => p.role === 'REVIEWER').map((p) => p.id)}
                options={pool.map((p) => ({ value: p.id, label: p.name, note: m.common.roles[p.role] }))}
              />
            </ActionForm>
          </Card>
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
