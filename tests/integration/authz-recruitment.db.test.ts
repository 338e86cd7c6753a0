// Authorization matrix for recruitment: every domain function tried as every role, then
// explicit IDOR checks (another person's application, review or cycle is "not found").
import { beforeAll, describe, expect, it } from 'vitest'
import { randomUUID } from 'node:crypto'
import { matrix } from '../support/authz'
import { makeUser, makeViewer, viewerOf } from '../support/factories'
import { goodAnswers, makeApplication, makeOpenCall, makeReview, useMemoryStorage } from '../support/factories-recruitment'
import { dictionaries } from '../../lib/i18n/messages'
import { getCallConfig } from '../../lib/recruitment/queries/call'
import { getApplicationForm, getMyApplication, listMyApplications } from '../../lib/recruitment/queries/applicant'
import { getRecruitmentSummary, listPipeline, pipelineDistricts } from '../../lib/recruitment/queries/pipeline'
import { previewMove } from '../../lib/recruitment/queries/move-preview'
import { getApplicationForStaff } from '../../lib/recruitment/queries/application'
import { getReviewForReviewer, listMyReviews } from '../../lib/recruitment/queries/reviews'
import { listInterviews, listOffers, listRanked, listReviewerPool, reviewProgress } from '../../lib/recruitment/queries/decisions'
import { exportApplicationsCsv } from '../../lib/recruitment/queries/export'
import { listMyPanelInterviews } from '../../lib/recruitment/queries/panel'
import { saveEligibilityRules, updateCallSettings } from '../../lib/recruitment/mutations/configure-call'
import { moveFormField, removeFormField, saveFormField } from '../../lib/recruitment/mutations/form-fields'
import { removeCriterion, saveCriterion } from '../../lib/recruitment/mutations/rubric'
import { saveApplication } from '../../lib/recruitment/mutations/save-application'
import { resendVerification, withdrawApplication } from '../../lib/recruitment/mutations/withdraw-application'
import {
  decideEligibility,
  moveApplication,
  moveApplications,
  rescreenApplications,
} from '../../lib/recruitment/mutations/move-applications'
import {
  assignReviewer,
  autoAssignReviewers,
  previewAutoAssign,
  setReviewRound,
  unassignReviewer,
} from '../../lib/recruitment/mutations/assign-reviewers'
import { declareConflict, saveReview } from '../../lib/recruitment/mutations/save-review'
import { recordScorecard, scheduleInterview } from '../../lib/recruitment/mutations/interviews'
import { extendOffer, withdrawOffer } from '../../lib/recruitment/mutations/offers'
import { respondToOffer } from '../../lib/recruitment/mutations/respond-offer'
import type { Viewer } from '../../lib/auth/viewer'

const STAFF: ('ADMIN' | 'STAFF')[] = ['ADMIN', 'STAFF']
const OWN: ('APPLICANT' | 'FELLOW')[] = ['APPLICANT', 'FELLOW']
const REVIEWERS: ('REVIEWER' | 'ADMIN' | 'STAFF')[] = ['REVIEWER', 'ADMIN', 'STAFF']
const later = () => new Date(Date.now() + 5 * 24 * 3600_000)
const i18n = { m: dictionaries.en, locale: 'en' as const }

beforeAll(() => {
  useMemoryStorage()
})

/** A cycle with one application in Review and a review assigned to `v` (so allowed roles get past scoping). */
async function reviewFor(v: Viewer) {
  const { cycle, criteria } = await makeOpenCall()
  const { app } = await makeApplication(cycle.id, { stage: 'REVIEW' })
  const review = await makeReview(app.id, v.userId)
  return { cycle, criteria, app, review }
}

describe('call configuration', () => {
  matrix('getCallConfig', STAFF, async (v) => getCallConfig(v, (await makeOpenCall()).cycle.id))
  matrix('updateCallSettings', STAFF, async (v) => {
    const { cycle } = await makeOpenCall()
    return updateCallSettings(v, {
      cycleId: cycle.id,
      version: cycle.version,
      applicationsOpenAt: new Date(),
      applicationsCloseAt: later(),
      blindReview: true,
      reviewsPerApplication: 2,
    })
  })
  matrix('saveEligibilityRules', STAFF, async (v) => {
    const { cycle } = await makeOpenCall()
    return saveEligibilityRules(v, { cycleId: cycle.id, version: cycle.version, rules: [{ kind: 'gender', anyOf: ['FEMALE'] }] })
  })
  matrix('saveFormField', STAFF, async (v) => {
    const { cycle } = await makeOpenCall()
    return saveFormField(v, {
      cycleId: cycle.id,
      version: cycle.version,
      key: 'extra',
      type: 'SHORT_TEXT',
      labelEn: 'E',
      labelUr: 'ا',
      required: false,
      personal: false,
      useDistricts: false,
      options: [],
    })
  })
  matrix('removeFormField', STAFF, async (v) => {
    const { cycle } = await makeOpenCall()
    return removeFormField(v, { cycleId: cycle.id, version: cycle.version, fieldId: randomUUID() })
  })
  matrix('moveFormField', STAFF, async (v) => {
    const { cycle } = await makeOpenCall()
    return moveFormField(v, { cycleId: cycle.id, version: cycle.version, fieldId: randomUUID(), direction: 'up' })
  })
  matrix('saveCriterion', STAFF, async (v) => {
    const { cycle } = await makeOpenCall()
    return saveCriterion(v, { cycleId: cycle.id, version: cycle.version, name: 'C', weight: 1 })
  })
  matrix('removeCriterion', STAFF, async (v) => {
    const { cycle, criteria } = await makeOpenCall()
    return removeCriterion(v, { cycleId: cycle.id, version: cycle.version, criterionId: criteria[0].id })
  })
})

describe('applicant portal', () => {
  matrix('getApplicationForm', OWN, async (v) => getApplicationForm(v, (await makeOpenCall()).cycle.id))
  matrix('listMyApplications', OWN, (v) => listMyApplications(v))
  matrix('getMyApplication', OWN, async (v) => getMyApplication(v, randomUUID()))
  matrix('saveApplication', OWN, async (v) =>
    saveApplication(v, { cycleId: (await makeOpenCall()).cycle.id, intent: 'save', raw: goodAnswers() }),
  )
  matrix('withdrawApplication', OWN, async (v) => withdrawApplication(v, { applicationId: randomUUID(), version: 0 }))
  matrix('resendVerification', OWN, (v) => resendVerification(v))
  matrix('respondToOffer', OWN, async (v) => respondToOffer(v, { applicationId: randomUUID(), version: 0, decision: 'ACCEPT' }))
})

describe('staff pipeline and decisions', () => {
  const withApp = async (stage: 'SUBMITTED' | 'REVIEW' | 'INTERVIEW' = 'SUBMITTED') => {
    const { cycle } = await makeOpenCall()
    return { cycle, ...(await makeApplication(cycle.id, { stage })) }
  }
  matrix('listPipeline', STAFF, async (v) => listPipeline(v, (await makeOpenCall()).cycle.id))
  matrix('getRecruitmentSummary', STAFF, async (v) => getRecruitmentSummary(v, (await makeOpenCall()).cycle.id))
  matrix('pipelineDistricts', STAFF, async (v) => pipelineDistricts(v, (await makeOpenCall()).cycle.id))
  matrix('getApplicationForStaff', STAFF, async (v) => getApplicationForStaff(v, (await withApp()).app.id))
  matrix('moveApplications', STAFF, async (v) => {
    const { cycle, app } = await withApp()
    return moveApplications(v, { cycleId: cycle.id, ids: [app.id], to: 'SCREENING' })
  })
  matrix('previewMove', STAFF, async (v) => {
    const { cycle, app } = await withApp()
    return previewMove(v, cycle.id, [app.id], 'REJECTED')
  })
  matrix('moveApplication', STAFF, async (v) => moveApplication(v, { id: (await withApp()).app.id, version: 0, to: 'REJECTED' }))
  matrix('decideEligibility', STAFF, async (v) => decideEligibility(v, { id: (await withApp()).app.id, version: 0, status: 'ELIGIBLE' }))
  matrix('rescreenApplications', STAFF, async (v) => rescreenApplications(v, (await withApp()).cycle.id))
  matrix('assignReviewer', STAFF, async (v) =>
    assignReviewer(v, { applicationId: (await withApp('REVIEW')).app.id, reviewerId: (await makeUser('REVIEWER')).id }),
  )
  matrix('unassignReviewer', STAFF, async (v) => {
    const { app } = await withApp('REVIEW')
    return unassignReviewer(v, (await makeReview(app.id, (await makeUser('REVIEWER')).id)).id)
  })
  matrix('autoAssignReviewers', STAFF, async (v) =>
    autoAssignReviewers(v, {
      cycleId: (await withApp('REVIEW')).cycle.id,
      perApplication: 1,
      reviewerIds: [(await makeUser('REVIEWER')).id],
    }),
  )
  matrix('previewAutoAssign', STAFF, async (v) =>
    previewAutoAssign(v, {
      cycleId: (await withApp('REVIEW')).cycle.id,
      perApplication: 1,
      reviewerIds: [(await makeUser('REVIEWER')).id],
    }),
  )
  matrix('setReviewRound', STAFF, async (v) => {
    const { cycle } = await makeOpenCall()
    return setReviewRound(v, { cycleId: cycle.id, version: cycle.version, close: true })
  })
  matrix('listRanked', STAFF, async (v) => listRanked(v, (await makeOpenCall()).cycle.id))
  matrix('listInterviews', STAFF, async (v) => listInterviews(v, (await makeOpenCall()).cycle.id))
  matrix('listOffers', STAFF, async (v) => listOffers(v, (await makeOpenCall()).cycle.id))
  matrix('listReviewerPool', STAFF, async (v) => listReviewerPool(v, (await makeOpenCall()).cycle.id))
  matrix('reviewProgress', STAFF, async (v) => reviewProgress(v, (await makeOpenCall()).cycle.id))
  matrix('scheduleInterview', STAFF, async (v) =>
    scheduleInterview(v, {
      applicationId: (await withApp('REVIEW')).app.id,
      scheduledAt: later(),
      durationMinutes: 30,
      mode: 'PHONE',
      panelistIds: [],
    }),
  )
  // Reviewers pass the permission check as panelists; an interview they do not sit on is NOT_FOUND.
  matrix('recordScorecard', REVIEWERS, async (v) => recordScorecard(v, { interviewId: randomUUID(), version: 0, status: 'NO_SHOW' }))
  matrix('extendOffer', STAFF, async (v) => extendOffer(v, { applicationId: (await withApp('INTERVIEW')).app.id, respondBy: later() }))
  matrix('withdrawOffer', STAFF, async (v) => withdrawOffer(v, (await withApp('INTERVIEW')).app.id))
})

describe('reviewing', () => {
  matrix('listMyReviews', REVIEWERS, (v) => listMyReviews(v))
  matrix('listMyPanelInterviews', REVIEWERS, (v) => listMyPanelInterviews(v))
  matrix('getReviewForReviewer', REVIEWERS, async (v) => getReviewForReviewer(v, (await reviewFor(v)).review.id))
  matrix('saveReview', REVIEWERS, async (v) =>
    saveReview(v, { reviewId: (await reviewFor(v)).review.id, version: 0, intent: 'draft', raw: {} }),
  )
  matrix('declareConflict', REVIEWERS, async (v) =>
    declareConflict(v, { reviewId: (await reviewFor(v)).review.id, version: 0, reason: 'Relative' }),
  )
  matrix('exportApplicationsCsv', REVIEWERS, async (v) => exportApplicationsCsv(v, (await reviewFor(v)).cycle.id, i18n))
})

describe('no IDOR: records outside the viewer’s reach are not found', () => {
  it("an applicant cannot read, withdraw or answer the offer of another applicant's application", async () => {
    const { cycle } = await makeOpenCall()
    const { app } = await makeApplication(cycle.id, { stage: 'OFFER' })
    const other = viewerOf(await makeUser('APPLICANT'))
    await expect(getMyApplication(other, app.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(withdrawApplication(other, { applicationId: app.id, version: 0 })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(respondToOffer(other, { applicationId: app.id, version: 0, decision: 'ACCEPT' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
  })

  it('a fellow sees only their own applications, never the pipeline', async () => {
    const { cycle } = await makeOpenCall()
    await makeApplication(cycle.id)
    const fellow = await makeViewer('FELLOW')
    expect(await listMyApplications(fellow)).toEqual([])
    await expect(listPipeline(fellow, cycle.id)).rejects.toMatchObject({ code: 'FORBIDDEN' })
  })

  it("a reviewer cannot open, score, recuse from or export another reviewer's assignment", async () => {
    const owner = viewerOf(await makeUser('REVIEWER'))
    const { cycle, review } = await reviewFor(owner)
    const intruder = viewerOf(await makeUser('REVIEWER'))
    await expect(getReviewForReviewer(intruder, review.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(saveReview(intruder, { reviewId: review.id, version: 0, intent: 'submit', raw: {} })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    await expect(declareConflict(intruder, { reviewId: review.id, version: 0, reason: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(exportApplicationsCsv(intruder, cycle.id, i18n)).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('a partner gets nothing of recruitment, not even with a valid id', async () => {
    const staffReviewer = await makeViewer('STAFF')
    const { cycle, review, app } = await reviewFor(staffReviewer)
    const partner = await makeViewer('PARTNER')
    await expect(getReviewForReviewer(partner, review.id)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(getApplicationForStaff(partner, app.id)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(exportApplicationsCsv(partner, cycle.id, i18n)).rejects.toMatchObject({ code: 'FORBIDDEN' })
  })
})
