// The world the action tests call into: one of everything an action can name (an open call
// with applications in review and on offer, a placed fellow with updates, deliverables and a
// metric, a cycle placing fellows, a department with its partner and focal person), the
// people who own each record, and the form values naming them.
import { randomUUID } from 'node:crypto'
import type { Viewer } from '../../lib/auth/viewer'
import { getDb } from '../../lib/server/db'
import { makeCycle, makeUser, viewerOf } from './factories'
import { goodAnswers, makeApplication, makeOpenCall, makeReview } from './factories-recruitment'
import { joinCycle, makeFellowIn, makeProject, rank, setWindow } from './factories-placement'
import { makeDeliverable, makeMetric, makePlacedFellow, makeSubmittedUpdate } from './factories-progress'
import type { FormValues } from './crafted-forms'
import { makeEvaluationRound } from './factories-evaluations'
import { makeBankAccount, makePaymentBatch } from './factories-stipends'

export type Victims = Awaited<ReturnType<typeof buildVictims>>

export async function buildVictims(files: Map<string, Uint8Array>) {
  const db = await getDb()
  const staffUser = await makeUser('STAFF')

  // Recruitment: an open call, an application in review with a CV and an interview, a review
  // assigned to a reviewer, and another application holding a pending offer.
  const { cycle: recruit, criteria } = await makeOpenCall({ blindReview: false })
  const programmeId = recruit.programmeId
  const a1 = await makeApplication(recruit.id, { stage: 'REVIEW' })
  const reviewer = await makeUser('REVIEWER')
  const review = await makeReview(a1.app.id, reviewer.id)
  const interview = await db.interview.create({
    data: { applicationId: a1.app.id, scheduledAt: new Date(Date.now() + 5 * 86_400_000), mode: 'VIDEO', status: 'SCHEDULED' },
  })
  const a3 = await makeApplication(recruit.id, { stage: 'REVIEW' })
  // The reviewer sits on the panel of an interview of an application its applicant-owner never
  // withdraws (withdrawing a1 cancels its interview), so the panel scorecard has an owner.
  const panelInterview = await db.interview.create({
    data: { applicationId: a3.app.id, scheduledAt: new Date(Date.now() + 6 * 86_400_000), mode: 'IN_PERSON', status: 'SCHEDULED' },
  })
  await db.interviewPanelist.create({ data: { interviewId: panelInterview.id, userId: reviewer.id } })
  const review2 = await makeReview(a3.app.id, reviewer.id)
  const a2 = await makeApplication(recruit.id, { stage: 'OFFER' })
  await db.offer.create({
    data: { applicationId: a2.app.id, extendedById: staffUser.id, respondBy: new Date(Date.now() + 7 * 86_400_000), status: 'PENDING' },
  })
  // Interview times: an applicant invited to interview, booked in one of the call's published
  // slots, with another slot still open to move to.
  const a4 = await makeApplication(recruit.id, { stage: 'INTERVIEW' })
  const slotAt = (days: number) => ({
    cycleId: recruit.id,
    startsAt: new Date(Date.now() + days * 86_400_000),
    mode: 'VIDEO' as const,
    location: 'https://meet.example.pk/victim',
    createdById: staffUser.id,
    panel: { create: [{ userId: reviewer.id }] },
  })
  const slotBooked = await db.interviewSlot.create({ data: slotAt(8) })
  const slotOpen = await db.interviewSlot.create({ data: slotAt(9) })
  await db.interview.create({
    data: {
      applicationId: a4.app.id,
      slotId: slotBooked.id,
      scheduledAt: slotBooked.startsAt,
      mode: 'VIDEO',
      location: slotBooked.location,
    },
  })
  const cv = await storedFile(a1.applicant.id, files)
  await db.applicationFile.create({ data: { applicationId: a1.app.id, fieldKey: 'cv', fileId: cv.id } })
  const formField = await db.formField.findFirstOrThrow({ where: { cycleId: recruit.id, key: 'motivation' } })
  // Referees: the call asks for four; a1's applicant named two who have not written yet and one
  // whose letter (text and an uploaded file, kept outside StoredFile) is in.
  await db.cycle.update({ where: { id: recruit.id }, data: { refereesRequired: 4 } })
  const refereeOf = (n: number, letter?: string) =>
    db.referee.create({
      data: {
        applicationId: a1.app.id,
        name: `Referee ${n}`,
        email: `referee-${n}-${randomUUID().slice(0, 8)}@example.pk`,
        relation: 'Supervisor',
        tokenHash: randomUUID(),
        tokenExpiresAt: new Date(Date.now() + 60 * 86_400_000),
        ...(letter
          ? {
              status: 'RECEIVED' as const,
              receivedAt: new Date(),
              letterText: 'A private letter',
              letterStorageKey: letter,
              letterFileName: 'letter.pdf',
              letterMimeType: 'application/pdf',
              letterSizeBytes: 24,
              letterSha256: 'x'.repeat(64),
            }
          : {}),
      },
    })
  const letterKey = `test/${randomUUID()}`
  files.set(letterKey, new TextEncoder().encode('%PDF-1.7\nprivate letter'))
  const referees = [await refereeOf(1), await refereeOf(2), await refereeOf(3, letterKey)]

  // Progress: a fellow placed on a department's project in a running cycle, with a submitted
  // update, a deliverable with a version awaiting review (and its file), and a metric.
  const placed = await makePlacedFellow({
    startDate: new Date(Date.now() - 60 * 86_400_000),
    endDate: new Date(Date.now() + 300 * 86_400_000),
  })
  const dept = await db.department.findUniqueOrThrow({ where: { id: placed.departmentId } })
  await joinCycle(placed.cycleId, dept.id)
  const partner = await makeUser('PARTNER', { departmentId: dept.id })
  const update = await makeSubmittedUpdate(placed.fellowship.id, 0)
  const deliverable = await makeDeliverable(placed.project.id)
  const submission = await db.deliverableSubmission.create({
    data: { deliverableId: deliverable.id, versionNumber: 1, submittedById: placed.user.id, notes: 'First version', links: [] },
  })
  await db.deliverable.update({ where: { id: deliverable.id }, data: { status: 'SUBMITTED' } })
  const report = await storedFile(placed.user.id, files)
  await db.submissionFile.create({ data: { submissionId: submission.id, fileId: report.id } })
  const metric = await makeMetric(placed.project.id)
  // A second deliverable whose only version awaits the partner, untouched by new versions above.
  const deliverable2 = await makeDeliverable(placed.project.id)
  const submission2 = await db.deliverableSubmission.create({
    data: { deliverableId: deliverable2.id, versionNumber: 1, submittedById: placed.user.id, notes: 'Only version', links: [] },
  })

  // Events: two sessions of the running cycle for the placed fellow's department (its partners
  // invited too): one still to come (answers), one that has started (its register).
  const eventOf = (startsAt: Date, endsAt: Date, title: string) =>
    db.cohortEvent.create({
      data: {
        cycleId: placed.cycleId,
        kind: 'TRAINING',
        title,
        titleUr: title,
        startsAt,
        endsAt,
        departmentIds: [dept.id],
        invitePartners: true,
        createdById: staffUser.id,
      },
    })
  const eventUpcoming = await eventOf(new Date(Date.now() + 5 * 86_400_000), new Date(Date.now() + 5 * 86_400_000 + 7_200_000), 'Upcoming')
  const eventPast = await eventOf(new Date(Date.now() - 86_400_000), new Date(Date.now() - 86_400_000 + 7_200_000), 'Started')

  // Placement: the same department in a cycle with the preference window open, an approved
  // project a fellow ranked, a proposal still being written, and a proposed match.
  const placing = await makeCycle({ status: 'PLACING' })
  await setWindow(placing.id, 'open')
  await joinCycle(placing.id, dept.id)
  const approved = await makeProject(placing.id, dept.id)
  const proposal = await makeProject(placing.id, dept.id, { status: 'PROPOSED' })
  const ranker = await makeFellowIn(placing.id)
  await rank(ranker.fellowship.id, [approved.id])
  const run = await db.matchRun.create({ data: { cycleId: placing.id, createdById: staffUser.id, result: {}, stats: {} } })

  // Evaluations: a fellow placed with the same department in a cycle no attacker is in, an
  // open round asking for all three views, and a round still being prepared.
  const evaluee = await makePlacedFellow({ departmentId: dept.id })
  const evalRound = await makeEvaluationRound(evaluee.cycleId)
  const evalDraft = await makeEvaluationRound(evaluee.cycleId, { opened: false, name: 'Final evaluation' })
  // Certificates: the evaluee's, issued (staff revoke it; the others get theirs issued).
  const certificate = await db.certificate.create({
    data: {
      fellowshipId: evaluee.fellowship.id,
      code: `VICTIM${randomUUID().replace(/-/g, '').slice(0, 6).toUpperCase()}`,
      recipientName: evaluee.user.name,
      programmeName: 'Victim programme',
      cycleName: 'Victim cycle',
      issuedById: staffUser.id,
    },
  })

  // Stipends: the running cycle's stipend, the placed fellow's bank details, a batch awaiting
  // approval (prepared by the victims' staff member, so other staff may approve it) and an
  // approved one with a line due.
  await db.stipendPolicy.create({ data: { cycleId: placed.cycleId, monthlyPaisa: 2_500_000 } })
  await makeBankAccount(placed.user.id)
  const batchPrepared = await makePaymentBatch({
    cycleId: placed.cycleId,
    fellowshipId: placed.fellowship.id,
    preparedById: staffUser.id,
    month: '2026-01',
  })
  const batchApproved = await makePaymentBatch({
    cycleId: placed.cycleId,
    fellowshipId: placed.fellowship.id,
    preparedById: staffUser.id,
    approvedById: (await makeUser('STAFF')).id,
    month: '2025-12',
  })

  const contact = await db.partnerContact.create({
    data: { departmentId: dept.id, name: 'Focal person', email: `focal-${randomUUID().slice(0, 8)}@kp.gov.pk` },
  })
  const invitation = await db.invitation.create({
    data: {
      email: `invitee-${randomUUID().slice(0, 8)}@test.pk`,
      name: 'Invitee',
      role: 'FELLOW',
      invitedById: staffUser.id,
      tokenHash: randomUUID(),
      expiresAt: new Date(Date.now() + 7 * 86_400_000),
    },
  })
  const draftReport = await db.yearReview.create({
    data: { year: 2025, title: 'Draft year', narrative: { intro: { en: 'Not yet public' } } },
  })

  return {
    staffUser,
    recruit,
    criteria,
    programmeId,
    a1,
    a2,
    a3,
    a4,
    slotBooked,
    slotOpen,
    reviewer,
    review,
    review2,
    interview,
    panelInterview,
    cv,
    formField,
    referees,
    placed,
    dept,
    partner,
    update,
    deliverable,
    submission,
    deliverable2,
    submission2,
    report,
    metric,
    placing,
    approved,
    proposal,
    ranker,
    run,
    contact,
    invitation,
    eventUpcoming,
    eventPast,
    draftReport,
    evaluee,
    evalRound,
    evalDraft,
    certificate,
    batchPrepared,
    batchApproved,
  }
}

async function storedFile(ownerId: string, files: Map<string, Uint8Array>) {
  const db = await getDb()
  const storageKey = `test/${randomUUID()}`
  files.set(storageKey, new TextEncoder().encode('%PDF-1.7\nprivate'))
  return db.storedFile.create({
    data: { ownerId, storageKey, originalName: 'private.pdf', mimeType: 'application/pdf', sizeBytes: 16, sha256: 'x'.repeat(64) },
  })
}

/** Candidate ids for each id field of the forms: the world's records of that kind. */
export function victimIds(v: Victims): Record<string, string[]> {
  return {
    programmeId: [v.programmeId],
    cycleId: [v.recruit.id, v.placed.cycleId, v.placing.id],
    // A new cycle copies its set-up from an earlier one (issue 16's carry-over).
    carryFromId: [v.recruit.id],
    departmentId: [v.dept.id],
    departmentIds: [v.dept.id],
    eventId: [v.eventUpcoming.id, v.eventPast.id],
    applicationId: [v.a1.app.id, v.a2.app.id, v.a3.app.id, v.a4.app.id],
    ids: [v.a1.app.id, v.a2.app.id],
    reviewId: [v.review.id, v.review2.id],
    // Two waiting to write (one to replace, one to send a fresh link to) and one whose letter is in.
    refereeId: v.referees.map((r) => r.id),
    interviewId: [v.interview.id, v.panelInterview.id],
    slotId: [v.slotOpen.id, v.slotBooked.id],
    fieldId: [v.formField.id],
    criterionId: [v.criteria[0].id, v.evalDraft.criteria[0].id],
    roundId: [v.evalRound.round.id, v.evalDraft.round.id],
    certificateId: [v.certificate.id],
    batchId: [v.batchPrepared.id, v.batchApproved.id],
    lineId: [v.batchApproved.lines[0]!.id, v.batchPrepared.lines[0]!.id],
    reviewerId: [v.reviewer.id],
    reviewerIds: [v.reviewer.id],
    panelistIds: [v.reviewer.id],
    userId: [v.placed.user.id, v.partner.id, v.a1.applicant.id],
    fellowshipId: [v.placed.fellowship.id, v.ranker.fellowship.id, v.evaluee.fellowship.id],
    fellowshipIds: [v.placed.fellowship.id],
    projectId: [v.placed.project.id, v.approved.id, v.proposal.id],
    placementId: [v.placed.placement.id],
    runId: [v.run.id],
    deliverableId: [v.deliverable.id],
    submissionId: [v.submission2.id],
    metricId: [v.metric.id],
    targetId: [v.update.id, v.deliverable.id],
    updateId: [v.update.id],
    // Administrators told of a published year in review (the domain keeps only active admins).
    notifyIds: [v.staffUser.id],
    focalContactId: [v.contact.id],
    focalPersonId: [v.contact.id],
    // `id` means a different record in each form: try every kind.
    id: [
      v.programmeId,
      v.dept.id,
      v.contact.id,
      v.recruit.id,
      v.placed.cycleId,
      v.placing.id,
      v.proposal.id,
      v.a1.app.id,
      v.invitation.id,
      v.deliverable.id,
    ],
  }
}

/** Fields whose name carries the id: rankings, department preferences, rubric scores, answers. */
export function victimExtras(v: Victims): FormValues {
  return {
    [`rank_${v.approved.id}`]: '1',
    [`pref_${v.ranker.fellowship.id}`]: 'acceptable',
    // An announcement's confirmed recipients: the placed fellow (in the fellows of their cycle,
    // department and project) and the department's partner.
    to: [v.placed.fellow.email, v.partner.email],
    // The attendance register: the placed fellow's mark.
    [`mark.${v.placed.fellowship.id}`]: 'PRESENT',
    ...Object.fromEntries(v.criteria.map((c) => [`s.${c.id}`, '4'])),
    // Evaluation answers: a score or words for each criterion of the open round.
    ...Object.fromEntries(v.evalRound.criteria.map((c) => [`a.${c.id}`, c.kind === 'SCALE' ? '4' : 'Crafted answer'])),
    ...goodAnswers(),
  }
}

export type Owner = 'fellow' | 'partner' | 'reviewer' | 'applicant' | 'offerHolder' | 'ranker' | 'evaluee' | 'interviewee'

/** The people whose records these are. */
export function victimOwners(v: Victims): Record<Owner, Viewer> {
  return {
    fellow: v.placed.fellow,
    partner: viewerOf(v.partner),
    reviewer: viewerOf(v.reviewer),
    applicant: v.a1.viewer,
    offerHolder: v.a2.viewer,
    ranker: v.ranker.viewer,
    evaluee: v.evaluee.fellow,
    interviewee: v.a4.viewer,
  }
}
