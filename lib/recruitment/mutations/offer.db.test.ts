import { describe, expect, it } from 'vitest'
import { getDb } from '../../server/db'
import { dictionaries } from '../../i18n/messages'
import { makeUser, makeViewer, viewerOf } from '../../../tests/support/factories'
import { lastMailTo, makeApplication, makeOpenCall, makeReview } from '../../../tests/support/factories-recruitment'
import { recordScorecard, scheduleInterview } from './interviews'
import { expireDueOffers, extendOffer, withdrawOffer } from './offers'
import { respondToOffer } from './respond-offer'
import { getMyApplication } from '../queries/applicant'
import { listInterviews, listOffers } from '../queries/decisions'
import { exportApplicationsCsv } from '../queries/export'
import { scorecardSchema } from '../schema/interview'

const inDays = (n: number) => new Date(Date.now() + n * 24 * 3600_000)

describe('interviews', () => {
  it('schedules with a panel, moves the application to Interview, tells applicant and panel, records a scorecard', async () => {
    const staff = await makeViewer('STAFF')
    const { cycle } = await makeOpenCall()
    const { app, applicant } = await makeApplication(cycle.id, { stage: 'REVIEW' })
    const panelist = await makeUser('REVIEWER')
    const { id } = await scheduleInterview(staff, {
      applicationId: app.id,
      scheduledAt: inDays(3),
      durationMinutes: 30,
      mode: 'VIDEO',
      location: 'https://meet.example.pk/abc',
      panelistIds: [panelist.id],
    })
    expect((await getMyApplication(viewerOf(applicant), app.id)).stage).toBe('INTERVIEW')
    expect((await lastMailTo(applicant.email))?.body).toContain('https://meet.example.pk/abc')
    expect((await lastMailTo(panelist.email))?.subject).toContain('Interview scheduled')

    const incomplete = scorecardSchema.safeParse({ interviewId: id, version: '0', status: 'COMPLETED', communication: '4' })
    expect(incomplete.error!.issues.map((i) => i.path[0])).toEqual(['problemSolving', 'motivation', 'publicServiceFit', 'recommendation'])
    const outOfRange = scorecardSchema.safeParse({ interviewId: id, version: '0', status: 'COMPLETED', communication: '9' })
    expect(outOfRange.error!.issues[0]).toMatchObject({ path: ['communication'], message: 'errors.scoreOneToFive' })
    await recordScorecard(
      staff,
      scorecardSchema.parse({
        interviewId: id,
        version: '0',
        status: 'COMPLETED',
        communication: '4',
        problemSolving: '5',
        motivation: '4',
        publicServiceFit: '3',
        recommendation: 'YES',
        notes: 'Clear thinker',
      }),
    )
    const [iv] = await listInterviews(staff, cycle.id)
    expect(iv).toMatchObject({ status: 'COMPLETED', score: 4, recommendation: 'YES', panel: [{ user: { name: panelist.name } }] })
  })

  it('refuses a time in the past beside the field', async () => {
    const staff = await makeViewer('STAFF')
    const { cycle } = await makeOpenCall()
    const { app } = await makeApplication(cycle.id, { stage: 'REVIEW' })
    await expect(
      scheduleInterview(staff, { applicationId: app.id, scheduledAt: inDays(-1), durationMinutes: 30, mode: 'PHONE', panelistIds: [] }),
    ).rejects.toMatchObject({ fieldErrors: { scheduledAt: 'recruitment.interviewErrors.inPast' } })
  })
})

describe('offers', () => {
  it('an accepted offer makes the applicant a fellow of the cycle, counted against the target', async () => {
    const staff = await makeViewer('STAFF')
    const { cycle } = await makeOpenCall()
    const { app, applicant, viewer } = await makeApplication(cycle.id, { stage: 'INTERVIEW' })
    await extendOffer(staff, { applicationId: app.id, respondBy: inDays(7), message: 'We would love to have you.' })
    const offerMail = await lastMailTo(applicant.email)
    expect(offerMail?.body).toContain('We would love to have you.')
    expect(offerMail?.body).toContain('/apply')
    const mine = await getMyApplication(viewer, app.id)
    expect(mine).toMatchObject({ stage: 'OFFER', offer: { status: 'PENDING' } })
    await respondToOffer(viewer, { applicationId: app.id, version: mine.version, decision: 'ACCEPT' })
    const db = await getDb()
    const f = await db.fellowship.findUniqueOrThrow({ where: { userId_cycleId: { userId: applicant.id, cycleId: cycle.id } } })
    expect(f).toMatchObject({ applicationId: app.id, status: 'ACTIVE' })
    expect((await db.user.findUniqueOrThrow({ where: { id: applicant.id } })).role).toBe('FELLOW')
    const { fellows, counts } = await listOffers(staff, cycle.id)
    expect(fellows.map((x) => x.user.name)).toEqual([applicant.name])
    expect(counts).toEqual({ ACCEPTED: 1 })
    expect((await lastMailTo(staff.email))?.subject).toContain('accepted the offer')
    // Answering twice is refused.
    await expect(respondToOffer(viewer, { applicationId: app.id, version: mine.version + 1, decision: 'DECLINE' })).rejects.toMatchObject({
      messageKey: 'recruitment.offerErrors.noOffer',
    })
  })

  it('a declined offer closes the application and creates no fellowship', async () => {
    const staff = await makeViewer('STAFF')
    const { cycle } = await makeOpenCall()
    const { app, viewer } = await makeApplication(cycle.id, { stage: 'REVIEW' })
    await extendOffer(staff, { applicationId: app.id, respondBy: inDays(2) })
    await respondToOffer(viewer, { applicationId: app.id, version: 1, decision: 'DECLINE' })
    expect((await getMyApplication(viewer, app.id)).stage).toBe('DECLINED')
    expect(await (await getDb()).fellowship.count({ where: { cycleId: cycle.id } })).toBe(0)
  })

  it('expires unanswered offers once, even when run twice, and refuses a late answer clearly', async () => {
    const staff = await makeViewer('STAFF')
    const { cycle } = await makeOpenCall()
    const { app, applicant, viewer } = await makeApplication(cycle.id, { stage: 'INTERVIEW' })
    await extendOffer(staff, { applicationId: app.id, respondBy: inDays(3) })
    const db = await getDb()
    await db.offer.update({ where: { applicationId: app.id }, data: { respondBy: inDays(-1) } })
    const [first, second] = await Promise.all([expireDueOffers(db, { cycleId: cycle.id }), expireDueOffers(db, { cycleId: cycle.id })])
    expect(first + second).toBe(1)
    expect(await expireDueOffers(db)).toBe(0)
    expect(await db.notification.count({ where: { toEmail: applicant.email, kind: 'recruitment.offer-expired' } })).toBe(1)
    const mine = await getMyApplication(viewer, app.id)
    expect(mine).toMatchObject({ stage: 'DECLINED', offer: { status: 'EXPIRED' } })
    await expect(respondToOffer(viewer, { applicationId: app.id, version: mine.version, decision: 'ACCEPT' })).rejects.toMatchObject({
      messageKey: 'recruitment.offerErrors.expired',
    })
    // Staff may make the offer again.
    await extendOffer(staff, { applicationId: app.id, respondBy: inDays(3) })
    expect((await getMyApplication(viewer, app.id)).offer?.status).toBe('PENDING')
  })

  it('refuses a deadline within the hour, and withdraws a pending offer back to Interview', async () => {
    const staff = await makeViewer('STAFF')
    const { cycle } = await makeOpenCall()
    const { app, viewer } = await makeApplication(cycle.id, { stage: 'INTERVIEW' })
    await expect(extendOffer(staff, { applicationId: app.id, respondBy: new Date(Date.now() + 60_000) })).rejects.toMatchObject({
      fieldErrors: { respondBy: 'recruitment.offerErrors.deadlineSoon' },
    })
    await extendOffer(staff, { applicationId: app.id, respondBy: inDays(3) })
    await withdrawOffer(staff, app.id)
    expect(await getMyApplication(viewer, app.id)).toMatchObject({ stage: 'INTERVIEW', offer: { status: 'WITHDRAWN' } })
    const rejected = await makeApplication(cycle.id, { stage: 'REJECTED' })
    await expect(extendOffer(staff, { applicationId: rejected.app.id, respondBy: inDays(3) })).rejects.toMatchObject({
      messageKey: 'recruitment.offerErrors.notOfferable',
    })
  })

  it("refuses an answer to someone else's offer as not found", async () => {
    const staff = await makeViewer('STAFF')
    const { cycle } = await makeOpenCall()
    const { app } = await makeApplication(cycle.id, { stage: 'INTERVIEW' })
    await extendOffer(staff, { applicationId: app.id, respondBy: inDays(3) })
    const other = await makeViewer('APPLICANT')
    await expect(respondToOffer(other, { applicationId: app.id, version: 1, decision: 'ACCEPT' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
  })
})

describe('CSV export', () => {
  it('gives staff every column with a BOM and Urdu intact; gives a blind reviewer only their assignments without personal data', async () => {
    const staff = await makeViewer('STAFF')
    const { cycle } = await makeOpenCall({ blindReview: true })
    const mine = await makeApplication(cycle.id, {
      stage: 'REVIEW',
      answers: { fullName: 'Hira Bibi', cnic: '17301-1234567-8', motivation: 'صحت کے شعبے میں خدمت', gender: 'FEMALE', district: 'Swat' },
    })
    const notMine = await makeApplication(cycle.id, { stage: 'REVIEW' })
    const r = viewerOf(await makeUser('REVIEWER'))
    await makeReview(mine.app.id, r.userId)

    const staffCsv = (await exportApplicationsCsv(staff, cycle.id, { m: dictionaries.en, locale: 'en' })).chunks.join('')
    expect(staffCsv.startsWith('\uFEFF')).toBe(true)
    expect(staffCsv).toContain('Hira Bibi')
    expect(staffCsv).toContain('17301-1234567-8')
    expect(staffCsv).toContain('صحت کے شعبے میں خدمت')
    expect(staffCsv).toContain(mine.applicant.email)
    expect(staffCsv.split('\r\n').filter(Boolean)).toHaveLength(3)

    const urdu = (await exportApplicationsCsv(staff, cycle.id, { m: dictionaries.ur, locale: 'ur' })).chunks.join('')
    expect(urdu.split('\r\n')[0]).toContain('حوالہ')

    const reviewerCsv = (await exportApplicationsCsv(r, cycle.id, { m: dictionaries.en, locale: 'en' })).chunks.join('')
    expect(reviewerCsv).toContain('صحت کے شعبے میں خدمت')
    for (const secret of ['Hira Bibi', '17301-1234567-8', mine.applicant.email, mine.applicant.name, notMine.applicant.name])
      expect(reviewerCsv).not.toContain(secret)
    expect(reviewerCsv.split('\r\n')[0]).not.toMatch(/Email|Full name|CNIC/)
    expect(reviewerCsv.split('\r\n').filter(Boolean)).toHaveLength(2)

    // A reviewer with nothing in this cycle learns nothing about it.
    await expect(
      exportApplicationsCsv(viewerOf(await makeUser('REVIEWER')), cycle.id, { m: dictionaries.en, locale: 'en' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})
