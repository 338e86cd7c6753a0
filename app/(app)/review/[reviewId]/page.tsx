// Scoring one assigned application: the answers (personal ones withheld in a blind cycle),
// the rubric with its anchors, drafts, submission, and a conflict declaration. Other
// reviewers' scores appear only once this reviewer has submitted, and never by name.
import Link from '@/components/ui/link'
import { requirePermission } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { titled } from '@/lib/i18n/metadata'
import { format } from '@/lib/i18n/define'
import { formatDateTime, formatNumber } from '@/lib/i18n/format'
import { idParam, orNotFound } from '@/lib/server/page'
import { getReviewForReviewer } from '@/lib/recruitment/queries/reviews'
import { Badge, Card, DefinitionList, PageHeader, Table, Td } from '@/components/ui/basics'
import { fill, UserText } from '@/components/ui/user-text'
import { ActionForm, Hidden, SubmitButton, TextAreaField } from '@/components/ui/form'
import { AnswerList } from '@/components/recruitment/answer-list'
import { ScoreRadios } from '@/components/recruitment/score-radios'
import { reviewTone } from '@/components/recruitment/tones'
import { declareConflictAction, saveReviewAction } from '../actions'
import { localName, localText } from '@/lib/i18n/local-text'
import { listLettersForReview } from '@/lib/referees/queries'
import { ReviewerLetters } from '@/components/referees/reviewer-letters'

export const generateMetadata = titled((m) => m.recruitment.reviewer.yourReview)

export default async function ReviewPage({ params }: { params: Promise<{ reviewId: string }> }) {
  const viewer = await requirePermission('review:write:assigned')
  const { m, locale } = await getI18n()
  const reviewId = idParam((await params).reviewId)
  const r = await orNotFound(getReviewForReviewer(viewer, reviewId))
  const letters = await listLettersForReview(viewer, r.id)
  const t = m.recruitment.reviewer
  const withdrawn = r.application.stage === 'WITHDRAWN'
  const open = r.canScore
  const cname = (c: { name: string; nameUr: string | null }) => localText(locale, c.name, c.nameUr)
  const scoreOf = (list: { criterionId: string; score: number; comment: string | null }[], id: string) =>
    list.find((s) => s.criterionId === id)
  const scoresTable = (caption: string, list: { criterionId: string; score: number; comment: string | null }[]) => (
    <Table caption={caption} headers={[t.criterion, t.scoreCol, t.commentCol]}>
      {r.cycle.rubric.map((c) => (
        <tr key={c.id}>
          <Td>{cname(c)}</Td>
          <Td>{scoreOf(list, c.id)?.score ?? '—'}</Td>
          <Td>{scoreOf(list, c.id)?.comment}</Td>
        </tr>
      ))}
    </Table>
  )
  return (
    <>
      <PageHeader
        title={fill(
          t.title,
          {
            ref: (
              <span dir="ltr" className="font-mono">
                {r.application.ref}
              </span>
            ),
          },
          locale,
        )}
        description={
          <>
            <UserText>{cname(r.cycle.programme)}</UserText> — <UserText>{localName(locale)(r.cycle)}</UserText>
          </>
        }
      />
      <p className="mb-4">
        <Link href="/review" className="font-medium text-emerald-800 underline">
          {t.back}
        </Link>
      </p>
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="space-y-6">
          <Card title={t.application}>
            {r.cycle.blindReview ? <p className="mb-3 rounded-md bg-sky-50 p-3 text-sm text-sky-900">{t.blindNote}</p> : null}
            <DefinitionList
              items={[
                ...(r.application.applicant ? ([[m.common.name, r.application.applicant.name]] as [string, string][]) : []),
                [t.submittedOn, formatDateTime(r.application.submittedAt, locale)],
                [
                  m.common.status,
                  <Badge key="s" tone={reviewTone(r.status)}>
                    {m.recruitment.reviewStatuses[r.status]}
                  </Badge>,
                ],
              ]}
            />
            <div className="mt-4">
              <AnswerList
                fields={r.cycle.fields}
                answers={r.application.answers}
                files={r.application.files}
                locale={locale}
                labels={{ noAnswer: m.recruitment.detail.noAnswer }}
              />
            </div>
          </Card>
          {letters.letters.length || letters.asked ? (
            <ReviewerLetters
              m={m}
              locale={locale}
              blind={letters.blind}
              letters={letters.letters}
              fileHref={(refereeId) => `/review/${r.id}/letters/${refereeId}`}
            />
          ) : null}
        </div>
        <div className="space-y-6">
          {r.status === 'RECUSED' ? <Card title={t.recusedTitle}>{format(t.recused, { reason: r.conflictReason ?? '' })}</Card> : null}
          {withdrawn ? <p className="rounded-md bg-amber-50 p-3 text-amber-900">{t.withdrawn}</p> : null}
          {r.cycle.roundClosed && r.status !== 'SUBMITTED' ? (
            <p className="rounded-md bg-amber-50 p-3 text-amber-900">{t.roundClosed}</p>
          ) : null}
          {open ? (
            <Card title={t.scoreTitle}>
              <p className="mb-4 text-sm text-slate-700">{t.submitHint}</p>
              <ActionForm action={saveReviewAction} aria-label={t.scoreTitle} className="space-y-4">
                <Hidden name="reviewId" value={r.id} />
                <Hidden name="version" value={r.version} />
                {r.cycle.rubric.map((c) => (
                  <div key={c.id} className="space-y-2">
                    <ScoreRadios
                      name={`s.${c.id}`}
                      legend={format(t.criterionLegend, { name: cname(c), weight: c.weight })}
                      description={c.description}
                      anchors={c.anchors}
                      defaultValue={scoreOf(r.scores, c.id)?.score}
                    />
                    <TextAreaField
                      name={`c.${c.id}`}
                      label={format(t.criterionComment, { name: cname(c) })}
                      defaultValue={scoreOf(r.scores, c.id)?.comment}
                      rows={2}
                    />
                  </div>
                ))}
                <TextAreaField name="comment" label={t.overall} defaultValue={r.comment} rows={4} />
                <div className="flex flex-wrap gap-3">
                  <SubmitButton label={t.saveDraft} variant="secondary" name="intent" value="draft" />
                  <SubmitButton label={t.submit} name="intent" value="submit" />
                </div>
              </ActionForm>
            </Card>
          ) : null}
          {r.status === 'SUBMITTED' ? (
            <Card title={t.yourReview}>
              <p className="mb-3 font-medium">{format(t.weighted, { score: formatNumber(r.weightedScore, locale, 2) })}</p>
              {scoresTable(t.yourReview, r.scores)}
              {r.comment ? (
                <p dir="auto" className="mt-3 text-sm whitespace-pre-wrap">
                  {r.comment}
                </p>
              ) : null}
            </Card>
          ) : null}
          {r.others ? (
            <Card title={t.others}>
              {r.application.scoreMean !== null ? (
                <p className="mb-3">{format(t.mean, { mean: formatNumber(r.application.scoreMean, locale, 2) })}</p>
              ) : null}
              {r.others.length === 0 ? <p className="text-sm text-slate-700">{t.noOthers}</p> : null}
              <div className="space-y-4">
                {r.others.map((o) => (
                  <div key={o.label}>
                    <h3 className="mb-1 font-semibold">
                      {format(t.otherN, { n: o.label })} · {format(t.weighted, { score: formatNumber(o.weightedScore, locale, 2) })}
                    </h3>
                    {scoresTable(format(t.otherN, { n: o.label }), o.scores)}
                    {o.comment ? (
                      <p dir="auto" className="mt-2 text-sm whitespace-pre-wrap">
                        {o.comment}
                      </p>
                    ) : null}
                  </div>
                ))}
              </div>
            </Card>
          ) : r.status !== 'RECUSED' && !withdrawn ? (
            <p className="text-sm text-slate-700">{t.othersLater}</p>
          ) : null}
          {open ? (
            <Card title={t.conflict}>
              <p className="mb-3 text-sm text-slate-700">{t.conflictIntro}</p>
              <ActionForm action={declareConflictAction} submitLabel={t.declare} submitVariant="danger" aria-label={t.conflict}>
                <Hidden name="reviewId" value={r.id} />
                <Hidden name="version" value={r.version} />
                <TextAreaField name="reason" label={t.reason} required rows={2} />
              </ActionForm>
            </Card>
          ) : null}
        </div>
      </div>
    </>
  )
}
