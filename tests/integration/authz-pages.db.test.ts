// The record pages (a dynamic segment or a query parameter that picks a record), opened by a
// signed-in user of each role with someone else's id: the page's loader must say "not found"
// and hand back nothing of that record. Also the public pages: nothing unpublished, no person.
// The domain-level matrices (authz-*.db.test.ts) cover the permission checks; this file covers
// the paths into records that those leave out.
import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Viewer } from '../../lib/auth/viewer'
import { getDb } from '../../lib/server/db'
import { makeCycle, makeProgramme, makeUser, makeViewer, viewerOf } from '../support/factories'
import { makeApplication, makeOpenCall, makeReview, useMemoryStorage } from '../support/factories-recruitment'
import { makeDeliverable, makePartner, makePlacedFellow, makeSubmittedUpdate } from '../support/factories-progress'
import { makePartnerIn } from '../support/factories-placement'
import { getApplicationForm, getMyApplication } from '../../lib/recruitment/queries/applicant'
import { getReviewForReviewer, listMyReviews } from '../../lib/recruitment/queries/reviews'
import { declareConflict } from '../../lib/recruitment/mutations/save-review'
import { withdrawApplication } from '../../lib/recruitment/mutations/withdraw-application'
import { findReadableFile } from '../../lib/downloads'
import { getUpdate } from '../../lib/progress/queries'
import { listComments } from '../../lib/comments/comments'
import { getDeliverable } from '../../lib/deliverables/queries'
import { listProjectMetrics } from '../../lib/metrics/queries'
import { getProposalContext } from '../../lib/placement/queries/partner'
import { getPlacementLetter } from '../../lib/placement/queries/placement'
import { getCompletedProject, listCompletedProjects } from '../../lib/public/projects'
import { getPublicCall } from '../../lib/recruitment/queries/call'
import { exportApplicationsCsv } from '../../lib/recruitment/queries/export'
import { dictionaries } from '../../lib/i18n/messages'
import { getRound } from '../../lib/evaluations/queries'
import { getDepartmentRound, getOwnRound, getSupervisorForm } from '../../lib/evaluations/portal'
import { makeEvaluationRound } from '../support/factories-evaluations'
import { batchDetail } from '../../lib/stipends/queries'
import { myPayments } from '../../lib/stipends/portal'
import { makeBankAccount, makePaymentBatch } from '../support/factories-stipends'

const nf = { code: 'NOT_FOUND' }
const i18n = { m: dictionaries.en, locale: 'en' as const }

beforeAll(() => {
  useMemoryStorage()
})

/** A stored file attached to an application's question, as an upload leaves it. */
async function attach(applicationId: string, ownerId: string, fieldKey: string, originalName = 'cv.pdf') {
  const db = await getDb()
  const file = await db.storedFile.create({
    data: { ownerId, storageKey: `test/${randomUUID()}`, originalName, mimeType: 'application/pdf', sizeBytes: 10, sha256: 'x' },
  })
  await db.applicationFile.create({ data: { applicationId, fieldKey, fileId: file.id } })
  return file
}

describe('/apply/applications/[id] and /apply/cycles/[cycleId]', () => {
  it("gives a fellow (who may apply again) 'not found' for another person's application", async () => {
    const { cycle } = await makeOpenCall()
    const { app } = await makeApplication(cycle.id)
    const fellow = await makeViewer('FELLOW')
    await expect(getMyApplication(fellow, app.id)).rejects.toMatchObject(nf)
  })

  it('shows the form of a call only while it recruits, and never another applicant’s draft', async () => {
    const { cycle } = await makeOpenCall()
    const { applicant } = await makeApplication(cycle.id, { stage: 'DRAFT', answers: { motivation: 'Someone else’s draft' } })
    const newcomer = await makeViewer('APPLICANT')
    const form = await getApplicationForm(newcomer, cycle.id)
    expect(form.application).toBeNull()
    expect(JSON.stringify(form)).not.toContain('Someone else’s draft')
    expect(JSON.stringify(form)).not.toContain(applicant.email)
    // A cycle still being planned (its call a draft) or archived is not there at all.
    const planning = await makeCycle({ status: 'PLANNING' })
    await expect(getApplicationForm(newcomer, planning.id)).rejects.toMatchObject(nf)
    const db = await getDb()
    await db.cycle.update({ where: { id: cycle.id }, data: { archivedAt: new Date() } })
    await expect(getApplicationForm(viewerOf(applicant), cycle.id)).rejects.toMatchObject(nf)
  })
})

describe('/review/[reviewId]', () => {
  it("gives staff 'not found' for a review assigned to someone else (they score only their own)", async () => {
    const { cycle } = await makeOpenCall()
    const { app } = await makeApplication(cycle.id, { stage: 'REVIEW' })
    const review = await makeReview(app.id, (await makeUser('REVIEWER')).id)
    for (const role of ['STAFF', 'ADMIN'] as const) {
      await expect(getReviewForReviewer(await makeViewer(role), review.id)).rejects.toMatchObject(nf)
    }
  })

  it('shows a recused reviewer their recusal, but no longer the application: no name, answers or files', async () => {
    const { cycle } = await makeOpenCall({ blindReview: false })
    const { app, applicant } = await makeApplication(cycle.id, { stage: 'REVIEW' })
    const cv = await attach(app.id, applicant.id, 'cv', 'cv-of-applicant.pdf')
    const reviewer = viewerOf(await makeUser('REVIEWER'))
    const review = await makeReview(app.id, reviewer.userId)
    expect((await getReviewForReviewer(reviewer, review.id)).application.applicant?.name).toBe(applicant.name)
    await declareConflict(reviewer, { reviewId: review.id, version: 0, reason: 'My cousin' })

    const view = await getReviewForReviewer(reviewer, review.id)
    expect(view.status).toBe('RECUSED')
    expect(view.conflictReason).toBe('My cousin')
    expect(view.application.applicant).toBeNull()
    expect(view.application.answers).toEqual({})
    expect(view.application.files).toEqual([])
    expect(view.cycle.fields).toEqual([])
    const text = JSON.stringify(view)
    for (const s of [applicant.name, applicant.email, '17301-0000000-1', 'To serve.', cv.originalName]) expect(text).not.toContain(s)
    // The file itself was already out of reach: the page and the download agree.
    await expect(findReadableFile(reviewer, cv.id)).rejects.toMatchObject(nf)
    // The queue keeps the row (the recusal is on file) without the name.
    const queue = await listMyReviews(reviewer)
    expect(queue.rows.map((row) => [row.id, row.status, row.applicantName])).toEqual([[review.id, 'RECUSED', null]])
  })

  it('shows a reviewer none of an application its applicant withdrew: no name, answers or files, in the page, the download or the export', async () => {
    const { cycle } = await makeOpenCall({ blindReview: false })
    const { app, applicant } = await makeApplication(cycle.id, { stage: 'REVIEW' })
    const other = await makeApplication(cycle.id, { stage: 'REVIEW' })
    const cv = await attach(app.id, applicant.id, 'cv', 'cv-of-applicant.pdf')
    const reviewer = viewerOf(await makeUser('REVIEWER'))
    const review = await makeReview(app.id, reviewer.userId)
    await makeReview(other.app.id, reviewer.userId)
    expect((await getReviewForReviewer(reviewer, review.id)).application.answers).not.toEqual({})
    await expect(findReadableFile(reviewer, cv.id)).resolves.toMatchObject({ id: cv.id })
    expect((await exportApplicationsCsv(reviewer, cycle.id, i18n)).chunks.join('')).toContain(applicant.name)

    const current = await (await getDb()).application.findUniqueOrThrow({ where: { id: app.id }, select: { version: true } })
    await withdrawApplication(viewerOf(applicant), { applicationId: app.id, version: current.version })

    const view = await getReviewForReviewer(reviewer, review.id)
    expect(view.application.stage).toBe('WITHDRAWN')
    expect(view.application.applicant).toBeNull()
    expect(view.application.answers).toEqual({})
    expect(view.application.files).toEqual([])
    const text = JSON.stringify(view)
    for (const s of [applicant.name, applicant.email, cv.originalName]) expect(text).not.toContain(s)
    await expect(findReadableFile(reviewer, cv.id)).rejects.toMatchObject(nf)
    const csv = (await exportApplicationsCsv(reviewer, cycle.id, i18n)).chunks.join('')
    expect(csv).not.toContain(applicant.name)
    expect(csv).toContain(other.applicant.name)
    // The applicant still reaches their own file.
    await expect(findReadableFile(viewerOf(applicant), cv.id)).resolves.toMatchObject({ id: cv.id })
  })
})

describe('blind review: file names', () => {
  it('names no uploaded file after the applicant, on the page, in the export or in the download', async () => {
    const { cycle } = await makeOpenCall({ blindReview: true })
    const { app, applicant } = await makeApplication(cycle.id, { stage: 'REVIEW' })
    const cv = await attach(app.id, applicant.id, 'cv', `${applicant.name} CV 2026.pdf`)
    const reviewer = viewerOf(await makeUser('REVIEWER'))
    const review = await makeReview(app.id, reviewer.userId)

    const view = await getReviewForReviewer(reviewer, review.id)
    expect(view.application.files.map((f) => f.file.id)).toEqual([cv.id])
    expect(view.application.files[0].file.originalName).toMatch(/\.pdf$/)
    expect(JSON.stringify(view)).not.toContain(applicant.name)
    const csv = (await exportApplicationsCsv(reviewer, cycle.id, i18n)).chunks.join('')
    expect(csv).not.toContain(applicant.name)
    const download = await findReadableFile(reviewer, cv.id)
    expect(download.originalName).toMatch(/\.pdf$/)
    expect(download.originalName).not.toContain(applicant.name)
    // The applicant and staff keep the name the file was uploaded with.
    expect((await findReadableFile(viewerOf(applicant), cv.id)).originalName).toBe(cv.originalName)
    expect((await findReadableFile(await makeViewer('STAFF'), cv.id)).originalName).toBe(cv.originalName)
  })

  it('keeps the file name when the cycle does not review blind', async () => {
    const { cycle } = await makeOpenCall({ blindReview: false })
    const { app, applicant } = await makeApplication(cycle.id, { stage: 'REVIEW' })
    const cv = await attach(app.id, applicant.id, 'cv', `${applicant.name} CV.pdf`)
    const reviewer = viewerOf(await makeUser('REVIEWER'))
    const review = await makeReview(app.id, reviewer.userId)
    expect((await getReviewForReviewer(reviewer, review.id)).application.files[0].file.originalName).toBe(cv.originalName)
    expect((await findReadableFile(reviewer, cv.id)).originalName).toBe(cv.originalName)
  })
})

describe('/files/[id]: application files', () => {
  let cv: { id: string }
  let photo: { id: string }
  let owner: Viewer
  let assigned: Viewer
  beforeAll(async () => {
    const { cycle } = await makeOpenCall({ blindReview: true })
    const { app, applicant } = await makeApplication(cycle.id, { stage: 'REVIEW' })
    owner = viewerOf(applicant)
    cv = await attach(app.id, applicant.id, 'cv')
    photo = await attach(app.id, applicant.id, 'photo')
    assigned = viewerOf(await makeUser('REVIEWER'))
    await makeReview(app.id, assigned.userId)
  })

  it('lets the applicant, staff and the assigned reviewer download the CV', async () => {
    for (const v of [owner, assigned, await makeViewer('STAFF'), await makeViewer('ADMIN')]) {
      expect((await findReadableFile(v, cv.id)).id).toBe(cv.id)
    }
  })

  it("withholds a personal question's file from the assigned reviewer in a blind cycle", async () => {
    await expect(findReadableFile(assigned, photo.id)).rejects.toMatchObject(nf)
    expect((await findReadableFile(owner, photo.id)).id).toBe(photo.id)
  })

  it("gives every other role 'not found', whatever the id", async () => {
    const others = [await makeViewer('APPLICANT'), await makeViewer('REVIEWER'), await makeViewer('FELLOW'), await makeViewer('PARTNER')]
    for (const v of others) {
      await expect(findReadableFile(v, cv.id), v.role).rejects.toMatchObject(nf)
      await expect(findReadableFile(v, photo.id), v.role).rejects.toMatchObject(nf)
    }
    await expect(findReadableFile(owner, randomUUID())).rejects.toMatchObject(nf)
  })
})

describe('fellow pages', () => {
  it("gives a fellow 'not found' for the comment thread of another project's deliverable", async () => {
    const mine = await makePlacedFellow()
    const theirs = await makePlacedFellow()
    const d = await makeDeliverable(theirs.project.id)
    await expect(listComments(mine.fellow, 'deliverable', d.id)).rejects.toMatchObject(nf)
    expect(await listComments(theirs.fellow, 'deliverable', d.id)).toEqual([])
  })

  it('shows nothing of a placement not yet published: no letter, no project deliverables, and the partner no updates', async () => {
    const w = await makePlacedFellow({ published: false })
    const d = await makeDeliverable(w.project.id)
    const u = await makeSubmittedUpdate(w.fellowship.id, 0)
    await expect(getPlacementLetter(w.fellow, w.placement.id)).rejects.toMatchObject(nf)
    await expect(getDeliverable(w.fellow, d.id)).rejects.toMatchObject(nf)
    await expect(listProjectMetrics(w.fellow, w.project.id)).rejects.toMatchObject(nf)
    const partner = await makePartner(w.departmentId)
    await expect(getUpdate(partner, u.id)).rejects.toMatchObject(nf)
    // The department's own deliverable stays theirs to see.
    expect((await getDeliverable(partner, d.id)).id).toBe(d.id)
  })
})

describe('partner pages', () => {
  it("gives a partner 'not found' for a draft update of their own department's fellow", async () => {
    const w = await makePlacedFellow()
    const draft = await makeSubmittedUpdate(w.fellowship.id, 1, { status: 'DRAFT' })
    const partner = await makePartner(w.departmentId)
    await expect(getUpdate(partner, draft.id)).rejects.toMatchObject(nf)
    await expect(listComments(partner, 'update', draft.id)).rejects.toMatchObject(nf)
    // Staff do not read drafts either; the fellow does.
    await expect(getUpdate(await makeViewer('STAFF'), draft.id)).rejects.toMatchObject(nf)
    expect((await getUpdate(w.fellow, draft.id)).update.id).toBe(draft.id)
  })

  it("gives a partner 'not found' for the comments of another department's update", async () => {
    const theirs = await makePlacedFellow()
    const u = await makeSubmittedUpdate(theirs.fellowship.id, 0)
    const outsider = await makePartner((await makePlacedFellow()).departmentId)
    await expect(listComments(outsider, 'update', u.id)).rejects.toMatchObject(nf)
  })

  it("/partner/projects/new?cycle=: a cycle the department takes no part in is 'not found'", async () => {
    const cycle = await makeCycle({ status: 'PLACING' })
    const { partner } = await makePartnerIn(cycle.id)
    const elsewhere = await makeCycle({ status: 'PLACING' })
    await makePartnerIn(elsewhere.id)
    expect((await getProposalContext(partner, cycle.id)).cycle.id).toBe(cycle.id)
    await expect(getProposalContext(partner, elsewhere.id)).rejects.toMatchObject(nf)
  })
})

describe('evaluation pages', () => {
  it("/fellow/evaluations/[roundId], /partner/evaluations/[roundId]/[fellowshipId]: another cycle's or department's is 'not found'", async () => {
    const w = await makePlacedFellow()
    const { round } = await makeEvaluationRound(w.cycleId)
    const outsider = await makePlacedFellow()
    await expect(getOwnRound(outsider.fellow, round.id)).rejects.toMatchObject(nf)
    const theirPartner = await makePartner(outsider.departmentId)
    await expect(getDepartmentRound(theirPartner, round.id)).rejects.toMatchObject(nf)
    await expect(getSupervisorForm(theirPartner, round.id, w.fellowship.id)).rejects.toMatchObject(nf)
    // An unknown round, or a fellow of another department, is not found for the partner too.
    const partner = await makePartner(w.departmentId)
    await expect(getSupervisorForm(partner, randomUUID(), w.fellowship.id)).rejects.toMatchObject(nf)
    await expect(getSupervisorForm(partner, round.id, outsider.fellowship.id)).rejects.toMatchObject(nf)
    await expect(getRound(await makeViewer('STAFF'), randomUUID())).rejects.toMatchObject(nf)
    expect((await getSupervisorForm(partner, round.id, w.fellowship.id)).fellow.fellowshipId).toBe(w.fellowship.id)
  })
})

describe('public pages', () => {
  it('shows a project page only for a completed project of a live programme', async () => {
    const programme = await makeProgramme()
    const cycle = await makeCycle({ programmeId: programme.id, status: 'COMPLETED', startDate: new Date('2020-10-01T00:00:00+05:00') })
    const db = await getDb()
    const dept = await makePartnerIn(cycle.id)
    const project = (status: 'DRAFT' | 'PROPOSED' | 'RETURNED' | 'APPROVED' | 'CANCELLED' | 'COMPLETED') =>
      db.project.create({
        data: { cycleId: cycle.id, departmentId: dept.dept.id, title: `Project ${status}`, problemStatement: 'P', seats: 1, status },
      })
    for (const status of ['DRAFT', 'PROPOSED', 'RETURNED', 'APPROVED', 'CANCELLED'] as const) {
      expect(await getCompletedProject((await project(status)).id), status).toBeNull()
    }
    const done = await project('COMPLETED')
    expect((await getCompletedProject(done.id))?.title).toBe('Project COMPLETED')
    expect((await listCompletedProjects({ programme: programme.slug })).map((p) => p.title)).toEqual(['Project COMPLETED'])
    await db.programme.update({ where: { id: programme.id }, data: { archivedAt: new Date() } })
    expect(await getCompletedProject(done.id)).toBeNull()
  })

  it('shows on a call page no cycle that is being planned, and no call of an archived programme', async () => {
    const programme = await makeProgramme()
    await makeCycle({
      programmeId: programme.id,
      status: 'PLANNING',
      applicationsOpenAt: new Date(Date.now() - 3600_000),
      applicationsCloseAt: new Date(Date.now() + 86_400_000),
    })
    const call = await getPublicCall(programme.slug)
    expect(call.open).toBeNull()
    expect(call.upcoming).toBeNull()
    const db = await getDb()
    await db.programme.update({ where: { id: programme.id }, data: { archivedAt: new Date() } })
    await expect(getPublicCall(programme.slug)).rejects.toMatchObject(nf)
  })
})

describe('/staff/cycles/[id]/stipends/[batchId] and /fellow/payments', () => {
  it('finds a batch under its own cycle only, never for a fellow or partner; a fellow sees her own payments and bank details only', async () => {
    const a = await makePlacedFellow()
    const other = await makePlacedFellow()
    const staff = await makeViewer('STAFF')
    await makeBankAccount(a.user.id, { accountTitle: 'Ayesha’s account' })
    const batch = await makePaymentBatch({
      cycleId: a.cycleId,
      fellowshipId: a.fellowship.id,
      preparedById: (await makeUser('STAFF')).id,
      approvedById: staff.userId,
    })
    await expect(batchDetail(staff, batch.id, { cycleId: other.cycleId })).rejects.toMatchObject(nf)
    expect((await batchDetail(staff, batch.id, { cycleId: a.cycleId })).lines).toHaveLength(1)
    for (const v of [other.fellow, await makePartner(a.departmentId)])
      await expect(batchDetail(v, batch.id, { cycleId: a.cycleId })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    const theirs = await myPayments(other.fellow)
    expect(theirs.bank).toBeNull()
    expect(theirs.programmes.flatMap((p) => p.lines)).toEqual([])
    expect(JSON.stringify(theirs)).not.toContain('Ayesha’s account')
  })
})
