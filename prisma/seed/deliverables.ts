// Cycle 7's deliverables, the versions fellows submitted and the partners' decisions on them.
import type { Prisma } from '@prisma/client'
import * as D from './data'
import { addDays, addHours, day, insertMany, pKey, sid, slugify, type IdOf, type SeedContext } from './helpers'
import { cohortOf, type Cohort } from './cohorts'
import type { DeptOf } from './departments'
import type { ProjectIdOf } from './projects'

// Deliverable steps per cycle-7 project: CR = changes requested, OK = approved, WAIT = awaiting review.
type Step = 'CR' | 'OK' | 'WAIT'
const DELIVERABLE_PLAN: Record<string, [Step[], Step[]]> = {
  [D.PHARMACY_TITLE]: [['CR', 'OK'], ['CR']],
  'Health facility medicine stock-out alerts': [['WAIT'], []],
  'School enrolment and attendance dashboard': [['CR', 'OK'], ['WAIT']],
  'College admissions merit-list publisher': [['WAIT'], []],
  'Local council grievance tracker': [['CR', 'OK'], []],
  'Birth and death registration digitisation': [[], []],
  'Motor-vehicle token tax e-payment': [['OK'], ['WAIT']],
  'Crop advisory SMS service': [['OK'], ['OK']],
  'Livestock vaccination campaign tracker': [['CR'], []],
  'Citizen digital-services prototype (single platform)': [['CR', 'OK'], ['WAIT']],
}

const CR_NOTES: Record<string, string[]> = {
  [D.PHARMACY_TITLE]: [
    'Please add the renewal and transfer flows; the inspector role needs its own steps.',
    'Printed licences show the English name only. Please add the Urdu name and a QR code before the district roll-out.',
  ],
}
const GENERIC_CR =
  'Please add the approval steps for the district offices and the data fields the section officer asked for, then resubmit.'
const GENERIC_OK = 'Approved. Thank you: this matches what we agreed with the section.'

export async function seedDeliverables({ prisma, count }: SeedContext, cohorts: Cohort[], pid: ProjectIdOf, uid: IdOf, partnerOf: DeptOf) {
  const c7 = cohortOf(cohorts, 'kp-7')
  const deliverableRows: Prisma.DeliverableCreateManyInput[] = []
  const submissionRows: (Prisma.DeliverableSubmissionCreateManyInput & { step: Step; reviewerId: string | null; projectTitle: string })[] =
    []
  for (const p of D.CYCLE7_PROJECTS) {
    const projectId = pid('kp-7', p.title)
    if (!projectId) continue
    const reviewerId = partnerOf(p.dept) ?? null
    const submitter = uid(c7.members.find((m) => m.project.title === p.title)!.email)
    const isPharmacy = p.title === D.PHARMACY_TITLE
    const plan = DELIVERABLE_PLAN[p.title] ?? [['OK'], []]
    const defs = [
      {
        title: 'Requirements and process map',
        titleUr: 'ضروریات اور طریقۂ کار کا نقشہ',
        kind: 'DELIVERABLE' as const,
        due: day('2021-11-12'),
        base: day('2021-11-10'),
        description: 'The current process, its pain points, the users and the requirements agreed with the focal person.',
      },
      {
        title: 'Pilot release',
        titleUr: 'آزمائشی اجرا',
        kind: 'MILESTONE' as const,
        due: day(isPharmacy ? '2022-01-21' : '2022-02-25'),
        base: day(isPharmacy ? '2022-01-20' : '2022-02-18'),
        description: 'A working version in use at the pilot site, with a short note on what was learned.',
      },
      ...(p.seats >= 2
        ? [
            {
              title: 'Handover and training',
              titleUr: 'حوالگی اور تربیت',
              kind: 'DELIVERABLE' as const,
              due: day('2022-09-15'),
              base: day('2022-09-10'),
              description: 'Documentation, training for department staff and a handover of the system to its owner.',
            },
          ]
        : []),
    ]
    defs.forEach((d, n) => {
      const steps = plan[n] ?? []
      const last = steps[steps.length - 1]
      const id = sid('deliverable', pKey('kp-7', p.title), n)
      deliverableRows.push({
        id,
        projectId,
        kind: d.kind,
        title: d.title,
        titleUr: d.titleUr,
        description: d.description,
        dueDate: d.due,
        reviewerId,
        status: last === 'CR' ? 'CHANGES_REQUESTED' : last === 'OK' ? 'APPROVED' : last === 'WAIT' ? 'SUBMITTED' : 'NOT_STARTED',
        createdAt: day('2021-10-11'),
      })
      if (!submitter) return
      steps.forEach((step, v) => {
        submissionRows.push({
          id: sid('submission', id, v + 1),
          deliverableId: id,
          versionNumber: v + 1,
          submittedById: submitter,
          notes: v === 0 ? `First version of “${d.title}” for review.` : 'Revised version addressing the review comments.',
          links: [`https://drive.example/daftar/kp-7/${slugify(p.title)}/${slugify(d.title)}-v${v + 1}.pdf`],
          submittedAt: addHours(addDays(d.base, 12 * v), 6),
          step,
          reviewerId,
          projectTitle: p.title,
        })
      })
    })
  }
  count('Deliverable', await insertMany(deliverableRows, (data) => prisma.deliverable.createMany({ data, skipDuplicates: true })))
  count(
    'DeliverableSubmission',
    await insertMany(
      submissionRows.map(({ step: _s, reviewerId: _r, projectTitle: _t, ...row }) => row),
      (data) => prisma.deliverableSubmission.createMany({ data, skipDuplicates: true }),
    ),
  )
  const submissions = await prisma.deliverableSubmission.findMany({
    where: { deliverableId: { in: deliverableRows.map((d) => d.id!) } },
    select: { id: true, deliverableId: true, versionNumber: true },
  })
  const submissionIds = new Map(submissions.map((s) => [`${s.deliverableId}|${s.versionNumber}`, s.id]))
  const decisionRows: Prisma.DeliverableReviewCreateManyInput[] = []
  const changesAsked = new Map<string, number>()
  for (const s of submissionRows) {
    const submissionId = submissionIds.get(`${s.deliverableId}|${s.versionNumber}`)
    if (!submissionId || !s.reviewerId || s.step === 'WAIT') continue
    let comments = GENERIC_OK
    if (s.step === 'CR') {
      const n = changesAsked.get(s.projectTitle) ?? 0
      comments = CR_NOTES[s.projectTitle]?.[n] ?? GENERIC_CR
      changesAsked.set(s.projectTitle, n + 1)
    }
    decisionRows.push({
      id: sid('deliverable-review', submissionId),
      submissionId,
      reviewerId: s.reviewerId,
      decision: s.step === 'CR' ? 'CHANGES_REQUESTED' : 'APPROVED',
      comments,
      decidedAt: addDays(s.submittedAt as Date, 3),
    })
  }
  count('DeliverableReview', await insertMany(decisionRows, (data) => prisma.deliverableReview.createMany({ data, skipDuplicates: true })))
}
