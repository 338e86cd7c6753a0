// A reviewer scores an assigned application on the rubric (1-5 per criterion, with comments),
// saving drafts until they submit. A submitted review is final; submitting recomputes the
// application's mean and spread in the same transaction. Or the reviewer declares a conflict
// of interest and is recused.
import 'server-only'
import { write } from '../../server/unit-of-work'
import { permit } from '../../auth/permit'
import { AppError } from '../../server/errors'
import { updateVersioned } from '../../server/versioned'
import type { Tx } from '../../server/tx'
import type { Viewer } from '../../auth/viewer'
import { recuseBlock, reviewRefusal, scoreBlock } from '../policy'
import { aggregate, weightedScore } from '../scoring'
import { loadOwnReview } from '../access'

export interface SaveReviewInput {
  reviewId: string
  version: number
  intent: 'draft' | 'submit'
  /** Form values: "s.<criterionId>" scores, "c.<criterionId>" comments, "comment". */
  raw: Record<string, unknown>
}

function assertOpen(viewer: Viewer, r: Awaited<ReturnType<typeof loadOwnReview>>) {
  const block = scoreBlock(viewer, {
    status: r.status,
    roundClosed: !!r.application.cycle.reviewRoundClosedAt,
    applicationStage: r.application.stage,
  })
  if (block) throw reviewRefusal(block)
}

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '')

function readScores(criteria: { id: string }[], raw: Record<string, unknown>, submit: boolean) {
  const errors: Record<string, string> = {}
  const scores: { criterionId: string; score: number; comment: string | null }[] = []
  for (const c of criteria) {
    const s = str(raw[`s.${c.id}`])
    const comment = str(raw[`c.${c.id}`])
    if (comment.length > 2000) errors[`c.${c.id}`] = 'recruitment.reviewErrors.commentTooLong'
    if (!s) {
      if (submit) errors[`s.${c.id}`] = 'recruitment.reviewErrors.scoreMissing'
      continue
    }
    const n = Number(s)
    if (!Number.isInteger(n) || n < 1 || n > 5) errors[`s.${c.id}`] = 'recruitment.reviewErrors.scoreRange'
    else scores.push({ criterionId: c.id, score: n, comment: comment || null })
  }
  const comment = str(raw.comment)
  if (comment.length > 5000) errors.comment = 'recruitment.reviewErrors.commentTooLong'
  return { scores, comment: comment || null, errors }
}

/** Recomputes an application's aggregate from its submitted reviews. */
export async function refreshAggregate(tx: Tx, applicationId: string) {
  const submitted = await tx.review.findMany({
    where: { applicationId, status: 'SUBMITTED', weightedScore: { not: null } },
    select: { weightedScore: true },
  })
  const { mean, spread } = aggregate(submitted.map((r) => r.weightedScore!))
  await tx.application.update({ where: { id: applicationId }, data: { scoreMean: mean, scoreSpread: spread } })
}

export async function saveReview(viewer: Viewer, input: SaveReviewInput) {
  await write(viewer, permit('review:write:assigned'), async (tx, uow) => {
    const submit = input.intent === 'submit'
    const r = await loadOwnReview(tx, viewer, input.reviewId)
    assertOpen(viewer, r)
    const criteria = r.application.cycle.rubric
    if (submit && criteria.length === 0) throw new AppError('INVALID', 'recruitment.reviewErrors.noRubric')
    const { scores, comment, errors } = readScores(criteria, input.raw, submit)
    if (Object.keys(errors).length)
      throw new AppError('INVALID', submit ? 'recruitment.reviewErrors.fixErrors' : 'recruitment.reviewErrors.fixErrorsDraft', errors)
    // Taking the application's row lock first makes two reviewers submitting at once compute
    // the mean one after the other, each seeing the other's score.
    if (submit) await uow.lock('Application', r.applicationId)
    const ws = submit ? weightedScore(scores, criteria) : null
    await updateVersioned(tx.review, r.id, input.version, {
      status: submit ? 'SUBMITTED' : 'DRAFT',
      comment,
      weightedScore: ws,
      submittedAt: submit ? new Date() : null,
    })
    await tx.reviewScore.deleteMany({ where: { reviewId: r.id } })
    if (scores.length) await tx.reviewScore.createMany({ data: scores.map((s) => ({ ...s, reviewId: r.id })) })
    if (submit) await refreshAggregate(tx, r.applicationId)
    await uow.audit({
      action: submit ? 'review.submit' : 'review.save',
      entityType: 'Review',
      entityId: r.id,
      after: { scores: scores.map((s) => ({ criterionId: s.criterionId, score: s.score })), weightedScore: ws },
    })
  })
}

export async function declareConflict(viewer: Viewer, input: { reviewId: string; version: number; reason: string }) {
  await write(viewer, permit('review:write:assigned'), async (tx, uow) => {
    const r = await loadOwnReview(tx, viewer, input.reviewId)
    const block = recuseBlock(viewer, r)
    if (block) throw reviewRefusal(block)
    await updateVersioned(tx.review, r.id, input.version, {
      status: 'RECUSED',
      conflictReason: input.reason,
      comment: null,
      weightedScore: null,
    })
    // Draft scores of a recused reviewer must not linger anywhere.
    await tx.reviewScore.deleteMany({ where: { reviewId: r.id } })
    await uow.audit({ action: 'review.recuse', entityType: 'Review', entityId: r.id, after: { reason: input.reason } })
  })
}
