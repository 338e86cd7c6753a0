import { describe, expect, it } from 'vitest'
import { getDb } from '../../server/db'
import { makeUser, makeViewer, viewerOf } from '../../../tests/support/factories'
import { lastMailTo, makeApplication, makeOpenCall, makeReview } from '../../../tests/support/factories-recruitment'
import { assignReviewer, autoAssignReviewers, previewAutoAssign, setReviewRound, unassignReviewer } from './assign-reviewers'
import { declareConflict, saveReview } from './save-review'
import { getReviewForReviewer, listMyReviews } from '../queries/reviews'
import { getApplicationForStaff } from '../queries/application'
import { listRanked, listReviewerPool, reviewProgress } from '../queries/decisions'

const reviewer = async () => viewerOf(await makeUser('REVIEWER'))
const scoresFor = (criteria: { id: string }[], values: number[], extra: Record<string, string> = {}) => ({
  ...Object.fromEntries(criteria.map((c, i) => [`s.${c.id}`, String(values[i])])),
  ...extra,
})

describe('assigning reviewers', () => {
  it('assigns one by one, tells the reviewer, and refuses duplicates, the applicant and recused reviewers', async () => {
    const staff = await makeViewer('STAFF')
    const { cycle } = await makeOpenCall()
    const { app, applicant } = await makeApplication(cycle.id, { stage: 'REVIEW' })
    const r = await reviewer()
    await assignReviewer(staff, { applicationId: app.id, reviewerId: r.userId })
    expect((await lastMailTo(r.email))?.subject).toContain('Applications to review')
    await expect(assignReviewer(staff, { applicationId: app.id, reviewerId: r.userId })).rejects.toMatchObject({
      messageKey: 'recruitment.assignErrors.already',
    })
    const db = await getDb()
    await db.user.update({ where: { id: applicant.id }, data: { role: 'REVIEWER' } })
    await expect(assignReviewer(staff, { applicationId: app.id, reviewerId: applicant.id })).rejects.toMatchObject({
      messageKey: 'recruitment.assignErrors.ownApplication',
    })
    const review = await db.review.findFirstOrThrow({ where: { applicationId: app.id, reviewerId: r.userId } })
    await declareConflict(r, { reviewId: review.id, version: review.version, reason: 'My cousin' })
    await expect(unassignReviewer(staff, review.id)).rejects.toMatchObject({ messageKey: 'recruitment.assignErrors.keepReview' })
    await expect(assignReviewer(staff, { applicationId: app.id, reviewerId: r.userId })).rejects.toMatchObject({
      messageKey: 'recruitment.assignErrors.recused',
    })
    // A partner is not a reviewer.
    const partner = await makeUser('PARTNER')
    await expect(assignReviewer(staff, { applicationId: app.id, reviewerId: partner.id })).rejects.toMatchObject({
      fieldErrors: { reviewerId: 'errors.notFound' },
    })
  })

  it('assigns N per application automatically, balanced by load, skipping conflicts, and tops up after a recusal', async () => {
    const staff = await makeViewer('ADMIN')
    const { cycle } = await makeOpenCall()
    const pool = await Promise.all([reviewer(), reviewer(), reviewer()])
    const apps = await Promise.all(Array.from({ length: 9 }, () => makeApplication(cycle.id, { stage: 'REVIEW' })))
    await makeApplication(cycle.id, { stage: 'SCREENING' })
    // pool[0] has a conflict with the first application already on file.
    await makeReview(apps[0].app.id, pool[0].userId, 'RECUSED')
    const db = await getDb()
    // The confirmation lists who would be emailed and with how many; it assigns and sends nothing.
    const mailBefore = await db.notification.count()
    const preview = await previewAutoAssign(staff, { cycleId: cycle.id, perApplication: 2, reviewerIds: pool.map((p) => p.userId) })
    expect(preview).toMatchObject({ assigned: 18, applications: 9, shortfall: 0 })
    expect(preview.reviewers.reduce((n, r) => n + r.count, 0)).toBe(18)
    expect(preview.reviewers.map((r) => r.id).sort()).toEqual(pool.map((p) => p.userId).sort())
    expect(await db.notification.count()).toBe(mailBefore)
    expect(await db.review.count({ where: { application: { cycleId: cycle.id }, status: { not: 'RECUSED' } } })).toBe(0)
    const res = await autoAssignReviewers(staff, { cycleId: cycle.id, perApplication: 2, reviewerIds: preview.reviewers.map((r) => r.id) })
    expect(res).toMatchObject({ assigned: 18, applications: 9, shortfall: 0 })
    for (const r of preview.reviewers)
      expect(await db.review.count({ where: { reviewerId: r.id, application: { cycleId: cycle.id }, status: { not: 'RECUSED' } } })).toBe(
        r.count,
      )
    const first = await db.review.findMany({ where: { applicationId: apps[0].app.id, status: { not: 'RECUSED' } } })
    expect(first.map((r) => r.reviewerId).sort()).toEqual([pool[1].userId, pool[2].userId].sort())
    const loads = (await listReviewerPool(staff, cycle.id)).filter((p) => pool.some((x) => x.userId === p.id)).map((p) => p.load)
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1)
    // The email counts in words a person would write: '1 application has', '3 applications have'.
    const given = preview.reviewers.find((r) => r.id === pool[1].userId)!.count
    expect((await lastMailTo(pool[1].email))?.body).toContain(given === 1 ? '1 application to' : `${given} applications to`)
    // Running it again changes nothing: every application already has two.
    expect(
      (await autoAssignReviewers(staff, { cycleId: cycle.id, perApplication: 2, reviewerIds: pool.map((p) => p.userId) })).assigned,
    ).toBe(0)
    expect((await reviewProgress(staff, cycle.id)).underStaffed).toBe(0)
  })
})

describe('scoring', () => {
  it('hides personal data in a blind cycle, saves drafts, and shows others only after submitting', async () => {
    const { cycle, criteria } = await makeOpenCall({ blindReview: true })
    const { app, applicant } = await makeApplication(cycle.id, { stage: 'REVIEW' })
    const [a, b] = [await reviewer(), await reviewer()]
    const ra = await makeReview(app.id, a.userId)
    const rb = await makeReview(app.id, b.userId)

    const view = await getReviewForReviewer(a, ra.id)
    expect(view.application.applicant).toBeNull()
    expect(view.cycle.fields.map((f) => f.key)).not.toContain('fullName')
    expect(Object.keys(view.application.answers)).not.toContain('cnic')
    expect(JSON.stringify(view)).not.toContain(applicant.name)
    expect(JSON.stringify(view)).not.toContain(applicant.email)
    expect(view.others).toBeNull()

    await saveReview(a, {
      reviewId: ra.id,
      version: 0,
      intent: 'draft',
      raw: scoresFor(criteria.slice(0, 1), [4], { comment: 'Good start' }),
    })
    expect((await getReviewForReviewer(a, ra.id)).status).toBe('DRAFT')
    await saveReview(b, { reviewId: rb.id, version: 0, intent: 'submit', raw: scoresFor(criteria, [1, 2]) })
    // a's draft does not reveal b's scores.
    const draftView = await getReviewForReviewer(a, ra.id)
    expect(draftView.others).toBeNull()
    expect(draftView.application.scoreMean).toBeNull()
    await saveReview(a, { reviewId: ra.id, version: 1, intent: 'submit', raw: scoresFor(criteria, [5, 5]) })
    const done = await getReviewForReviewer(a, ra.id)
    expect(done.others).toHaveLength(1)
    expect(done.others![0]).toMatchObject({ label: 1, weightedScore: 1.25 })
    expect(JSON.stringify(done.others)).not.toContain(b.name)

    const row = await (await getDb()).application.findUniqueOrThrow({ where: { id: app.id } })
    expect(row.scoreMean).toBe(3.13)
    expect(row.scoreSpread).toBe(3.75)
    const ranked = await listRanked(await makeViewer('STAFF'), cycle.id)
    expect(ranked.rows[0]).toMatchObject({ id: app.id, rank: 1, disagreement: true })
  })

  it('shows names when the cycle is not blind', async () => {
    const { cycle } = await makeOpenCall({ blindReview: false })
    const { app, applicant } = await makeApplication(cycle.id, { stage: 'REVIEW' })
    const a = await reviewer()
    const ra = await makeReview(app.id, a.userId)
    expect((await getReviewForReviewer(a, ra.id)).application.applicant?.name).toBe(applicant.name)
    expect((await listMyReviews(a)).rows[0].applicantName).toBe(applicant.name)
  })

  it('refuses a score outside 1-5 or a missing one beside the criterion, and nothing is saved', async () => {
    const { cycle, criteria } = await makeOpenCall()
    const { app } = await makeApplication(cycle.id, { stage: 'REVIEW' })
    const a = await reviewer()
    const ra = await makeReview(app.id, a.userId)
    const err = await saveReview(a, { reviewId: ra.id, version: 0, intent: 'submit', raw: { [`s.${criteria[0].id}`]: '7' } }).catch(
      (e) => e,
    )
    expect(err.fieldErrors).toEqual({
      [`s.${criteria[0].id}`]: 'recruitment.reviewErrors.scoreRange',
      [`s.${criteria[1].id}`]: 'recruitment.reviewErrors.scoreMissing',
    })
    const db = await getDb()
    expect(await db.reviewScore.count({ where: { reviewId: ra.id } })).toBe(0)
    expect((await db.review.findUniqueOrThrow({ where: { id: ra.id } })).status).toBe('ASSIGNED')
  })

  it('makes a submitted review final, refuses writes after the round closes, then shows staff each reviewer', async () => {
    const staff = await makeViewer('STAFF')
    const { cycle, criteria } = await makeOpenCall()
    const { app } = await makeApplication(cycle.id, { stage: 'REVIEW' })
    const [a, b] = [await reviewer(), await reviewer()]
    const ra = await makeReview(app.id, a.userId)
    const rb = await makeReview(app.id, b.userId)
    await saveReview(a, { reviewId: ra.id, version: 0, intent: 'submit', raw: scoresFor(criteria, [4, 3], { comment: 'Solid' }) })
    await expect(saveReview(a, { reviewId: ra.id, version: 1, intent: 'draft', raw: {} })).rejects.toMatchObject({
      messageKey: 'recruitment.reviewErrors.alreadySubmitted',
    })
    let detail = await getApplicationForStaff(staff, app.id)
    expect(detail.scoreMean).toBe(3.75)
    expect(detail.reviews.find((r) => r.id === ra.id)).toMatchObject({ status: 'SUBMITTED', weightedScore: null, scores: [] })
    await setReviewRound(staff, { cycleId: cycle.id, version: cycle.version, close: true })
    await expect(saveReview(b, { reviewId: rb.id, version: 0, intent: 'submit', raw: scoresFor(criteria, [2, 2]) })).rejects.toMatchObject({
      messageKey: 'recruitment.reviewErrors.roundClosed',
    })
    detail = await getApplicationForStaff(staff, app.id)
    expect(detail.reviews.find((r) => r.id === ra.id)).toMatchObject({ weightedScore: 3.75, comment: 'Solid', reviewer: { name: a.name } })
  })

  it("keeps a reviewer to their own assignments (another's review is not found)", async () => {
    const { cycle } = await makeOpenCall()
    const { app } = await makeApplication(cycle.id, { stage: 'REVIEW' })
    const [a, b] = [await reviewer(), await reviewer()]
    const ra = await makeReview(app.id, a.userId)
    await expect(getReviewForReviewer(b, ra.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(saveReview(b, { reviewId: ra.id, version: 0, intent: 'draft', raw: {} })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(declareConflict(b, { reviewId: ra.id, version: 0, reason: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect((await listMyReviews(b)).rows).toEqual([])
    expect((await listMyReviews(a)).counts).toEqual({ ASSIGNED: 1 })
  })

  it('recusal removes draft scores and takes the application off the reviewer’s to-do list', async () => {
    const { cycle, criteria } = await makeOpenCall()
    const { app } = await makeApplication(cycle.id, { stage: 'REVIEW' })
    const a = await reviewer()
    const ra = await makeReview(app.id, a.userId)
    await saveReview(a, { reviewId: ra.id, version: 0, intent: 'draft', raw: scoresFor(criteria, [3, 3]) })
    await declareConflict(a, { reviewId: ra.id, version: 1, reason: 'I taught this applicant' })
    const db = await getDb()
    expect(await db.reviewScore.count({ where: { reviewId: ra.id } })).toBe(0)
    expect((await listMyReviews(a)).counts).toEqual({ RECUSED: 1 })
    await expect(saveReview(a, { reviewId: ra.id, version: 2, intent: 'draft', raw: {} })).rejects.toMatchObject({
      messageKey: 'recruitment.reviewErrors.recused',
    })
  })
})
