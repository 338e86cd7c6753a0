// One application as staff see it: the applicant and every answer, screening notes, reviews
// (each reviewer's scores once the round is closed; before that only who has submitted and
// the aggregate), interviews with scorecards, and the offer.
import 'server-only'
import { getDb } from '../../server/db'
import { assertCan } from '../../auth/policy'
import { notFound } from '../../server/errors'
import type { Viewer } from '../../auth/viewer'
import { readOptions } from '../answers'
import { hiddenInBlindReview } from '../blind'
import { canExtendOffer, canWithdrawOffer } from '../policy'
import { withOfferAsOf } from '../offer-deadline'
import { answerFieldsSelect, applicationFilesSelect, interviewSlotSelect } from './selects'

export async function getApplicationForStaff(viewer: Viewer, applicationId: string) {
  assertCan(viewer, 'application:read:any')
  const db = await getDb()
  const a = await db.application.findUnique({
    where: { id: applicationId },
    select: {
      id: true,
      cycleId: true,
      stage: true,
      version: true,
      answers: true,
      eligibility: true,
      eligibilityNotes: true,
      gender: true,
      district: true,
      scoreMean: true,
      scoreSpread: true,
      submittedAt: true,
      decidedAt: true,
      applicant: { select: { id: true, name: true, email: true, phone: true } },
      files: applicationFilesSelect,
      cycle: {
        select: {
          id: true,
          name: true,
          blindReview: true,
          reviewRoundClosedAt: true,
          reviewsPerApplication: true,
          programme: { select: { name: true, nameUr: true } },
          formFields: answerFieldsSelect,
          rubric: { orderBy: { position: 'asc' }, select: { id: true, name: true, nameUr: true, weight: true } },
        },
      },
      reviews: {
        orderBy: { createdAt: 'asc' },
        select: {
          id: true,
          status: true,
          conflictReason: true,
          submittedAt: true,
          weightedScore: true,
          comment: true,
          reviewer: { select: { id: true, name: true } },
          scores: { select: { criterionId: true, score: true, comment: true } },
        },
      },
      interviews: {
        orderBy: { scheduledAt: 'asc' },
        select: {
          ...interviewSlotSelect,
          scorecard: true,
          score: true,
          recommendation: true,
          notes: true,
          version: true,
          panel: { select: { user: { select: { id: true, name: true } } } },
        },
      },
      offer: {
        select: {
          status: true,
          respondBy: true,
          respondedAt: true,
          message: true,
          createdAt: true,
          extendedBy: { select: { name: true } },
        },
      },
      fellowship: { select: { id: true, status: true } },
    },
  })
  if (!a || a.stage === 'DRAFT') throw notFound()
  const closed = !!a.cycle.reviewRoundClosedAt
  // A pending offer past its deadline reads expired before the scheduled job writes it.
  const asOf = withOfferAsOf(a)
  return {
    ...asOf,
    // The offer panel's forms: the rules extendOffer and withdrawOffer refuse by.
    canExtendOffer: canExtendOffer(viewer, asOf),
    canWithdrawOffer: canWithdrawOffer(viewer, asOf),
    answers: (a.answers ?? {}) as Record<string, unknown>,
    // "personal" here: hidden from the reviewers of a blind cycle (a link question is, too).
    cycle: {
      ...a.cycle,
      formFields: a.cycle.formFields.map((f) => ({ ...f, personal: hiddenInBlindReview(f), options: readOptions(f.options) })),
    },
    // Until the round closes staff see progress and the aggregate, not single reviewers' marks,
    // so nobody is tempted to nudge a reviewer mid-round.
    reviews: a.reviews.map((r) => ({
      ...r,
      weightedScore: closed ? r.weightedScore : null,
      comment: closed ? r.comment : null,
      scores: closed ? r.scores : [],
    })),
    interviews: a.interviews.map((i) => ({ ...i, scorecard: (i.scorecard ?? null) as Record<string, number> | null })),
  }
}
export type StaffApplication = Awaited<ReturnType<typeof getApplicationForStaff>>
