// An application's reviews for staff: aggregate, disagreement flag, each reviewer's marks once
// the round is closed, and assigning or removing reviewers.
import type { Messages } from '@/lib/i18n/messages'
import type { Locale } from '@/lib/i18n/config'
import type { StaffApplication } from '@/lib/recruitment/queries/application'
import { format } from '@/lib/i18n/define'
import { formatNumber } from '@/lib/i18n/format'
import { isDisagreement } from '@/lib/recruitment/scoring'
import { ASSIGNABLE } from '@/lib/recruitment/stages'
import { Badge, Card, EmptyState, Table, Td } from '@/components/ui/basics'
import { fill, UserText } from '@/components/ui/user-text'
import { ActionForm, Hidden, SelectField } from '@/components/ui/form'
import { reviewTone } from '@/components/recruitment/tones'
import { assignReviewerAction, unassignReviewerAction } from '../_actions/reviews'
import { localText } from '@/lib/i18n/local-text'

export function ReviewPanel({
  m,
  locale,
  a,
  pool,
}: {
  m: Messages
  locale: Locale
  a: StaffApplication
  pool: { id: string; name: string; role: string; load: number }[]
}) {
  const t = m.recruitment.detail
  const closed = !!a.cycle.reviewRoundClosedAt
  const taken = new Set(a.reviews.map((r) => r.reviewer.id))
  const criterion = (id: string) => {
    const c = a.cycle.rubric.find((x) => x.id === id)
    return c ? localText(locale, c.name, c.nameUr) : ''
  }
  return (
    <Card title={t.reviews}>
      <p className="mb-2 text-sm text-slate-700">{format(t.reviewsIntro, { needed: a.cycle.reviewsPerApplication })}</p>
      {a.scoreMean !== null ? (
        <p className="mb-2 font-medium">
          {format(t.aggregate, { mean: formatNumber(a.scoreMean, locale, 2), spread: formatNumber(a.scoreSpread, locale, 2) })}
          {isDisagreement(a.scoreSpread) ? (
            <span className="ms-2">
              <Badge tone="warn">{t.disagreement}</Badge>
            </span>
          ) : null}
        </p>
      ) : null}
      {closed ? null : <p className="mb-3 text-sm text-slate-700">{t.roundOpenNote}</p>}
      {a.reviews.length === 0 ? (
        <EmptyState>{t.noReviews}</EmptyState>
      ) : (
        <ul className="space-y-3">
          {a.reviews.map((r) => (
            <li key={r.id} className="rounded-md border border-slate-300 p-3">
              <div className="flex flex-wrap items-center gap-2">
                <UserText className="font-semibold">{r.reviewer.name}</UserText>
                <Badge tone={reviewTone(r.status)}>{m.recruitment.reviewStatuses[r.status]}</Badge>
                {r.weightedScore !== null ? <span>{format(t.weighted, { score: formatNumber(r.weightedScore, locale, 2) })}</span> : null}
                {r.status === 'ASSIGNED' || r.status === 'DRAFT' ? (
                  <ActionForm
                    action={unassignReviewerAction}
                    submitLabel={m.common.remove}
                    submitVariant="secondary"
                    className="ms-auto space-y-1"
                    aria-label={`${m.common.remove}: ${r.reviewer.name}`}
                  >
                    <Hidden name="reviewId" value={r.id} />
                  </ActionForm>
                ) : null}
              </div>
              {r.conflictReason ? (
                <p className="mt-1 text-sm text-slate-700">
                  {fill(t.conflict, { reason: <UserText>{r.conflictReason}</UserText> }, locale)}
                </p>
              ) : null}
              {r.scores.length ? (
                <div className="mt-2">
                  <Table caption={format(t.scoresBy, { name: r.reviewer.name })} headers={[t.criterion, t.score, t.comment]}>
                    {r.scores.map((s) => (
                      <tr key={s.criterionId}>
                        <Td>{criterion(s.criterionId)}</Td>
                        <Td>{s.score}</Td>
                        <Td>{s.comment}</Td>
                      </tr>
                    ))}
                  </Table>
                </div>
              ) : null}
              {r.comment ? (
                <p dir="auto" className="mt-2 text-sm whitespace-pre-wrap">
                  {r.comment}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {!closed && ASSIGNABLE.includes(a.stage) ? (
        <ActionForm
          action={assignReviewerAction}
          submitLabel={t.assignSubmit}
          className="mt-4 grid grid-cols-1 items-end gap-3 md:grid-cols-2"
          aria-label={t.assign}
        >
          <Hidden name="applicationId" value={a.id} />
          <SelectField
            name="reviewerId"
            label={t.assign}
            required
            placeholder={t.choose}
            options={pool
              .filter((p) => !taken.has(p.id))
              .map((p) => ({ value: p.id, label: format(t.reviewerOption, { name: p.name, load: p.load }) }))}
          />
        </ActionForm>
      ) : null}
    </Card>
  )
}
