// One cycle's fellowship in the large data set: projects per department, fellowships and
// their published placements, weekly progress updates (a few late or missing), and twenty
// deliverables per project with submissions and the partner's sign-off.
import { randomUUID } from 'node:crypto'
import { reportingPeriods } from '../../lib/progress/periods'
import type { RowBuffer } from './bulk'
import { PROJECT_IDEAS, UPDATE_LINES } from './catalogue'
import { addDays, between, chance, instantBetween, pick, weighted, DAY, karachiMidnight, type Rng } from './rand'
import type { Accepted } from './recruitment'
import type { CycleSpec, LargeDeptRef } from './setup'

export const DELIVERABLES_PER_PROJECT = 20

const DELIVERABLE_TITLES = [
  'Inception report and work plan',
  'Process map of the current service',
  'Requirements agreed with the focal person',
  'Data model and import plan',
  'Clickable prototype',
  'Usability test findings',
  'First working version',
  'Urdu interface and help text',
  'Pilot plan and site readiness',
  'Pilot launch in one office',
  'Pilot feedback report',
  'Training of department staff',
  'District roll-out plan',
  'Roll-out to three districts',
  'Reporting dashboard',
  'Data protection review',
  'Standard operating procedures',
  'Hand-over to the IT section',
  'Impact measurement report',
  'Final report and recommendations',
]

interface ProjectRef {
  id: string
  dept: LargeDeptRef
  fellows: { fellowshipId: string; userId: string }[]
}

function addProjects(
  c: CycleSpec,
  buf: RowBuffer,
  r: Rng,
  count: number,
  status: () => string,
  seats: (i: number) => number,
): ProjectRef[] {
  const out: ProjectRef[] = []
  const perDept = new Map<string, number>()
  const created = c.published ? addDays(c.published, -45) : addDays(c.open, 10)
  const offset = Math.floor(r() * c.departments.length)
  for (let i = 0; i < count; i++) {
    const dept = c.departments[(i + offset) % c.departments.length]
    const place = pick(r, c.programme.districts)
    const s = seats(i)
    const st = status()
    const id = randomUUID()
    buf.add('Project', {
      id,
      cycleId: c.id,
      departmentId: dept.id,
      title: pick(r, PROJECT_IDEAS[dept.sector]).replace('{place}', place),
      titleUr: null,
      problemStatement: `Officials in ${place} keep these records on paper registers; citizens make several visits and figures reach the secretariat months late.`,
      problemStatementUr: null,
      expectedOutcomes: 'A working digital service used by the department, with staff trained to run it.',
      skillsNeeded: ['Web development', pick(r, ['Data analysis', 'User research', 'Urdu writing', 'Mobile development'])],
      seats: s,
      focalContactId: null,
      proposedById: dept.partnerId,
      status: st,
      reviewNote: st === 'RETURNED' ? 'Please narrow the scope to one district for the first year.' : null,
      summary: st === 'COMPLETED' ? `Delivered and handed over to the department; in use in ${place}.` : null,
      createdAt: created,
      updatedAt: created,
      version: 0,
    })
    out.push({ id, dept, fellows: [] })
    perDept.set(dept.id, (perDept.get(dept.id) ?? 0) + s)
  }
  for (const [departmentId, seatsRequested] of perDept)
    buf.add('CycleDepartment', {
      id: randomUUID(),
      cycleId: c.id,
      departmentId,
      seatsRequested,
      focalPersonId: null,
      createdAt: created,
      version: 0,
    })
  return out
}

function addUpdates(c: CycleSpec, buf: RowBuffer, r: Rng, fellowshipId: string, until: Date, now: Date) {
  const periods = reportingPeriods({ startDate: c.start, endDate: c.end, reportingCadence: 'WEEKLY', reportingGraceDays: 3 })
  for (const p of periods) {
    if (p.start >= until) break
    const open = p.closesAt > now
    if (open ? !chance(r, 0.6) : chance(r, 0.02)) continue
    const draft = open && chance(r, 0.6)
    const late = !open && chance(r, 0.08)
    const submittedAt = draft
      ? null
      : late
        ? new Date(p.closesAt.getTime() + between(r, 1, 6) * DAY)
        : instantBetween(r, new Date(p.end.getTime() - DAY), open ? now : p.closesAt)
    const at = submittedAt ?? now
    buf.add('ProgressUpdate', {
      id: randomUUID(),
      fellowshipId,
      periodIndex: p.index,
      periodStart: p.start,
      periodEnd: p.end,
      status: draft ? 'DRAFT' : 'SUBMITTED',
      accomplishments: `${pick(r, UPDATE_LINES.done)} ${pick(r, UPDATE_LINES.done)}`,
      blockers: chance(r, 0.25) ? pick(r, UPDATE_LINES.blockers) : null,
      nextSteps: pick(r, UPDATE_LINES.next),
      hours: between(r, 28, 45),
      links: [],
      late,
      submittedAt,
      createdAt: at,
      updatedAt: at,
      version: 0,
    })
  }
}

function addDeliverables(c: CycleSpec, buf: RowBuffer, r: Rng, project: ProjectRef, now: Date) {
  const span = (c.end.getTime() - c.start.getTime()) / DELIVERABLES_PER_PROJECT
  DELIVERABLE_TITLES.forEach((title, i) => {
    const due = karachiMidnight(new Date(c.start.getTime() + (i + 1) * span))
    const past = due < now
    const status =
      c.status === 'COMPLETED'
        ? chance(r, 0.95)
          ? 'APPROVED'
          : 'CHANGES_REQUESTED'
        : past
          ? weighted(r, { APPROVED: 0.7, SUBMITTED: 0.15, CHANGES_REQUESTED: 0.1, NOT_STARTED: 0.05 })
          : chance(r, 0.08)
            ? 'SUBMITTED'
            : 'NOT_STARTED'
    const id = randomUUID()
    const decided = status === 'APPROVED' || status === 'CHANGES_REQUESTED'
    // A decision needs the department's focal person; without one it waits for review.
    const signed = decided && project.dept.partnerId !== null
    const shown = decided && !signed ? 'SUBMITTED' : status
    buf.add('Deliverable', {
      id,
      projectId: project.id,
      kind: i % 5 === 4 ? 'MILESTONE' : 'DELIVERABLE',
      title,
      description: null,
      dueDate: due,
      reviewerId: project.dept.partnerId,
      status: shown,
      createdAt: c.start,
      updatedAt: c.start,
      version: 0,
    })
    if (shown === 'NOT_STARTED') return
    const submissionId = randomUUID()
    const submittedAt = addDays(due < now ? due : now, -between(r, 0, 5))
    buf.add('DeliverableSubmission', {
      id: submissionId,
      deliverableId: id,
      versionNumber: 1,
      submittedById: pick(r, project.fellows).userId,
      notes: 'Shared with the focal person; the document and screenshots are in the department’s shared folder.',
      links: [],
      idempotencyKey: null,
      submittedAt,
    })
    if (signed)
      buf.add('DeliverableReview', {
        id: randomUUID(),
        submissionId,
        reviewerId: project.dept.partnerId,
        decision: status,
        comments: status === 'APPROVED' ? 'Approved. Thank you.' : 'Please add the district offices’ approval steps and resubmit.',
        decidedAt: new Date(Math.min(now.getTime(), submittedAt.getTime() + between(r, 1, 7) * DAY)),
      })
  })
}

export function generateFellowship(c: CycleSpec, accepted: Accepted[], buf: RowBuffer, r: Rng, now: Date) {
  if (c.status === 'RECRUITING' || c.status === 'SELECTING') {
    const open = c.status === 'SELECTING'
    const n = Math.max(2, Math.ceil(c.target / (open ? 2 : 4)))
    addProjects(
      c,
      buf,
      r,
      n,
      () => (open ? weighted(r, { PROPOSED: 0.4, APPROVED: 0.4, DRAFT: 0.1, RETURNED: 0.1 }) : weighted(r, { DRAFT: 0.6, PROPOSED: 0.4 })),
      () => 2,
    )
    return
  }
  const projects = addProjects(
    c,
    buf,
    r,
    Math.ceil(accepted.length / 2),
    () => (c.status === 'COMPLETED' ? 'COMPLETED' : 'APPROVED'),
    (i) => Math.min(2, accepted.length - i * 2),
  )
  accepted.forEach((a, i) => {
    const project = projects[Math.floor(i / 2)]
    const fellowshipId = randomUUID()
    const status =
      c.status === 'ACTIVE'
        ? weighted(r, { ACTIVE: 0.97, WITHDRAWN: 0.03 })
        : weighted(r, { COMPLETED: 0.92, WITHDRAWN: 0.05, TERMINATED: 0.03 })
    const last = c.end < now ? c.end : now
    const endedAt = status === 'ACTIVE' ? null : status === 'COMPLETED' ? c.end : instantBetween(r, addDays(c.start, 30), last)
    buf.add('Fellowship', {
      id: fellowshipId,
      userId: a.userId,
      cycleId: c.id,
      applicationId: a.applicationId,
      status,
      startedAt: c.start,
      endedAt,
      createdAt: a.decidedAt,
      version: 0,
    })
    buf.add('Placement', {
      id: randomUUID(),
      fellowshipId,
      projectId: project.id,
      matchRunId: null,
      status: status === 'ACTIVE' ? 'ACTIVE' : 'ENDED',
      rankObtained: chance(r, 0.7) ? 1 : between(r, 2, 3),
      explanation: null,
      startDate: c.start,
      endDate: endedAt,
      endReason:
        status === 'WITHDRAWN'
          ? 'Withdrew from the fellowship for family reasons.'
          : status === 'TERMINATED'
            ? 'Ended by the programme.'
            : null,
      publishedAt: c.published,
      createdAt: c.published,
      updatedAt: endedAt ?? c.published,
      version: 0,
    })
    project.fellows.push({ fellowshipId, userId: a.userId })
    addUpdates(c, buf, r, fellowshipId, endedAt ?? now, now)
  })
  for (const p of projects) addDeliverables(c, buf, r, p, now)
}
