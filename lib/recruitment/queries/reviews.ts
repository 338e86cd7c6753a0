// What a reviewer sees: their queue, and one assigned application to score. In a blind cycle
// the applicant's name, email, every question staff marked personal and every link question
// never leave the server (hiddenInBlindReview). Other reviewers' scores appear only after the reviewer submitted their own, and
// never with those reviewers' names.
import 'server-only'
import type { ReviewStatus } from '@prisma/client'
import { getDb } from '../../server/db'
import { assertCan } from '../../auth/policy'
import { notFound } from '../../server/errors'
import type { Viewer } from '../../auth/viewer'
import { readOptions } from '../answers'
import { hiddenFromReviewers, IN_PROGRESS } from '../stages'
import { applicationRef, blindFileName, hiddenInBlindReview } from '../blind'
import { answerFieldsSelect, applicationFilesSelect } from './selects'
import { canScoreReview } from '../policy'

export const QUEUE_PAGE_SIZE = 50

export { applicationRef } from '../blind'

export async function listMyReviews(viewer: Viewer, f: { status?: ReviewStatus; page?: number } = {}) {
  assertCan(viewer, 'review:write:assigned')
  const db = await getDb()
  const where = { reviewerId: viewer.userId, application: { stage: { in: [...IN_PROGRESS] } }, ...(f.status ? { status: f.status } : {}) }
  const page = f.page ?? 1
  const [rows, total, groups] = await Promise.all([
    db.review.findMany({
      where,
      // To do first, then drafts, then the rest; oldest assignment first within each.
      orderBy: [{ status: 'asc' }, { createdAt: 'asc' }],
      skip: (page - 1) * QUEUE_PAGE_SIZE,
      take: QUEUE_PAGE_SIZE,
      select: {
        id: true,
        status: true,
        createdAt: true,
        submittedAt: true,
        weightedScore: true,
        application: {
          select: {
            id: true,
            submittedAt: true,
            applicant: { select: { name: true } },
            cycle: {
              select: {
                id: true,
                name: true,
                nameUr: true,
                blindReview: true,
                reviewRoundClosedAt: true,
                applicationsCloseAt: true,
                programme: { select: { name: true, nameUr: true } },
              },
            },
          },
        },
      },
    }),
    db.review.count({ where }),
    db.review.groupBy({
      by: ['status'],
      where: { reviewerId: viewer.userId, application: { stage: { in: [...IN_PROGRESS] } } },
      _count: { _all: true },
    }),
  ])
  return {
    rows: rows.map(({ application: a, ...r }) => ({
      ...r,
      ref: applicationRef(a.id),
      // The name is dropped here, on the server, when the cycle reviews blind or the reviewer recused.
      applicantName: a.cycle.blindReview || r.status === 'RECUSED' ? null : a.applicant.name,
      cycle: a.cycle,
      submittedAt: r.submittedAt,
    })),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE)),
    counts: Object.fromEntries(groups.map((g) => [g.status, g._count._all])) as Partial<Record<ReviewStatus, number>>,
  }
}

export async function getReviewForReviewer(viewer: Viewer, reviewId: string) {
  assertCan(viewer, 'review:write:assigned')
  const db = await getDb()
  const r = await db.review.findFirst({
    where: { id: reviewId, reviewerId: viewer.userId },
    select: {
      id: true,
      status: true,
      version: true,
      comment: true,
      conflictReason: true,
      weightedScore: true,
      submittedAt: true,
      scores: { select: { criterionId: true, score: true, comment: true } },
      application: {
        select: {
          id: true,
          stage: true,
          answers: true,
          submittedAt: true,
          scoreMean: true,
          applicant: { select: { name: true, email: true } },
          files: applicationFilesSelect,
          cycle: {
            select: {
              id: true,
              name: true,
              blindReview: true,
              reviewRoundClosedAt: true,
              programme: { select: { name: true, nameUr: true } },
              formFields: answerFieldsSelect,
              rubric: {
                orderBy: { position: 'asc' },
                select: { id: true, name: true, nameUr: true, description: true, weight: true, anchors: true },
              },
            },
          },
        },
      },
    },
  })
  if (!r || r.application.stage === 'DRAFT') throw notFound()
  const a = r.application
  const blind = a.cycle.blindReview
  // A recused reviewer keeps the record of their recusal, not the application; nor does anyone
  // keep a withdrawn application (the applicant took it back). Like the file download and the
  // export, the page shows them none of its answers, files or identity.
  const recused = r.status === 'RECUSED'
  const withheld = recused || hiddenFromReviewers(a.stage)
  const fields = withheld
    ? []
    : a.cycle.formFields
        .filter((f) => !(blind && hiddenInBlindReview(f)))
        .map(({ personal: _p, ...f }) => ({ ...f, options: readOptions(f.options) }))
  const keys = new Set(fields.map((f) => f.key))
  const answers = Object.fromEntries(Object.entries((a.answers ?? {}) as Record<string, unknown>).filter(([k]) => keys.has(k)))
  const others =
    r.status === 'SUBMITTED'
      ? (
          await db.review.findMany({
            where: { applicationId: a.id, status: 'SUBMITTED', id: { not: r.id } },
            orderBy: { submittedAt: 'asc' },
            select: { weightedScore: true, comment: true, scores: { select: { criterionId: true, score: true, comment: true } } },
          })
        ).map((o, i) => ({ label: i + 1, ...o }))
      : null
  return {
    id: r.id,
    status: r.status,
    version: r.version,
    comment: r.comment,
    conflictReason: r.conflictReason,
    weightedScore: r.weightedScore,
    submittedAt: r.submittedAt,
    scores: r.scores,
    others,
    // The score and conflict forms: the rule saveReview refuses by.
    canScore: canScoreReview(viewer, { status: r.status, roundClosed: !!a.cycle.reviewRoundClosedAt, applicationStage: a.stage }),
    application: {
      ref: applicationRef(a.id),
      stage: a.stage,
      submittedAt: a.submittedAt,
      applicant: blind || withheld ? null : a.applicant,
      answers,
      files: a.files
        .filter((f) => keys.has(f.fieldKey))
        .map((f) => (blind ? { ...f, file: { ...f.file, originalName: blindFileName(a.id, f.fieldKey, f.file.originalName) } } : f)),
      // The mean of everyone's scores is as revealing as the scores themselves.
      scoreMean: r.status === 'SUBMITTED' ? a.scoreMean : null,
    },
    cycle: {
      id: a.cycle.id,
      name: a.cycle.name,
      blindReview: blind,
      roundClosed: !!a.cycle.reviewRoundClosedAt,
      programme: a.cycle.programme,
      fields,
      rubric: a.cycle.rubric.map((c) => ({ ...c, anchors: (c.anchors ?? {}) as Record<string, string> })),
    },
  }
}
export type ReviewerView = Awaited<ReturnType<typeof getReviewForReviewer>>
