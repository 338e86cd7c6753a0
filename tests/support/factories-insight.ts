// Builders for the records insight counts: applications at a funnel step, fellows with
// placements, updates, deliverables and impact metrics. Each takes the cycle it belongs to.
import { randomUUID } from 'node:crypto'
import type { ApplicationStage, DeliverableStatus, EligibilityStatus, FellowshipStatus, Gender, PlacementStatus } from '@prisma/client'
import { getDb } from '../../lib/server/db'
import { makeDepartment, makeUser } from './factories'

const uniq = () => randomUUID().slice(0, 8)

export async function makeApplication(
  cycleId: string,
  over: Partial<{
    stage: ApplicationStage
    eligibility: EligibilityStatus
    gender: Gender | null
    district: string | null
    applicantId: string
  }> = {},
) {
  const db = await getDb()
  const applicantId = over.applicantId ?? (await makeUser('APPLICANT')).id
  return db.application.create({
    data: {
      cycleId,
      applicantId,
      stage: over.stage ?? 'SUBMITTED',
      eligibility: over.eligibility ?? 'UNCHECKED',
      gender: over.gender === undefined ? 'FEMALE' : over.gender,
      district: over.district === undefined ? 'Peshawar' : over.district,
      submittedAt: (over.stage ?? 'SUBMITTED') === 'DRAFT' ? null : new Date(),
    },
  })
}

export async function makeProject(
  cycleId: string,
  over: Partial<{
    departmentId: string
    status: 'DRAFT' | 'PROPOSED' | 'APPROVED' | 'COMPLETED' | 'CANCELLED'
    title: string
    summary: string
    seats: number
  }> = {},
) {
  const db = await getDb()
  const departmentId = over.departmentId ?? (await makeDepartment()).id
  return db.project.create({
    data: {
      cycleId,
      departmentId,
      title: over.title ?? `Project ${uniq()}`,
      problemStatement: 'A problem worth solving.',
      status: over.status ?? 'APPROVED',
      summary: over.summary,
      seats: over.seats ?? 1,
    },
  })
}

/** A fellow (with an accepted application) in a cycle, optionally placed on a project. */
export async function makeFellow(
  cycleId: string,
  over: Partial<{
    gender: Gender | null
    district: string | null
    status: FellowshipStatus
    projectId: string
    placement: PlacementStatus
    withApplication: boolean
    userGender: Gender
    userDistrict: string
  }> = {},
) {
  const db = await getDb()
  const user = await makeUser('FELLOW')
  if (over.userGender || over.userDistrict) {
    await db.user.update({ where: { id: user.id }, data: { gender: over.userGender, district: over.userDistrict } })
  }
  const app =
    over.withApplication === false
      ? null
      : await makeApplication(cycleId, {
          applicantId: user.id,
          stage: 'ACCEPTED',
          eligibility: 'ELIGIBLE',
          gender: over.gender,
          district: over.district,
        })
  const fellowship = await db.fellowship.create({
    data: { userId: user.id, cycleId, applicationId: app?.id ?? null, status: over.status ?? 'ACTIVE', startedAt: new Date() },
  })
  let placementId: string | null = null
  if (over.projectId) {
    const p = await db.placement.create({
      data: { fellowshipId: fellowship.id, projectId: over.projectId, status: over.placement ?? 'ACTIVE', publishedAt: new Date() },
    })
    placementId = p.id
  }
  return { user, fellowship, application: app, placementId }
}

export async function makeUpdate(
  fellowshipId: string,
  periodIndex: number,
  over: Partial<{ status: 'DRAFT' | 'SUBMITTED'; late: boolean }> = {},
) {
  const db = await getDb()
  const start = new Date(Date.UTC(2021, 9, 1) + periodIndex * 14 * 86400_000)
  return db.progressUpdate.create({
    data: {
      fellowshipId,
      periodIndex,
      periodStart: start,
      periodEnd: new Date(start.getTime() + 14 * 86400_000),
      status: over.status ?? 'SUBMITTED',
      late: over.late ?? false,
      accomplishments: 'Work done this fortnight.',
      submittedAt: (over.status ?? 'SUBMITTED') === 'SUBMITTED' ? new Date() : null,
    },
  })
}

export async function makeDeliverable(projectId: string, status: DeliverableStatus = 'NOT_STARTED', title = `Deliverable ${uniq()}`) {
  const db = await getDb()
  return db.deliverable.create({ data: { projectId, title, status } })
}

/** A metric with its recorded values (oldest first). */
export async function makeMetric(
  projectId: string,
  over: Partial<{ name: string; unit: string; target: number | null; cumulative: boolean; isPublic: boolean; values: number[] }> = {},
) {
  const db = await getDb()
  const recorder = await makeUser('STAFF')
  const metric = await db.impactMetric.create({
    data: {
      projectId,
      name: over.name ?? `Metric ${uniq()}`,
      unit: over.unit ?? 'records',
      target: over.target === undefined ? 1000 : over.target,
      cumulative: over.cumulative ?? true,
      isPublic: over.isPublic ?? true,
    },
  })
  const values = over.values ?? []
  for (let i = 0; i < values.length; i++) {
    await db.impactMetricValue.create({
      data: { metricId: metric.id, value: values[i], recordedOn: new Date(Date.UTC(2021, 9, 15 + i * 14)), recordedById: recorder.id },
    })
  }
  return metric
}

export async function addSeats(cycleId: string, departmentId: string, seatsRequested: number) {
  const db = await getDb()
  return db.cycleDepartment.create({ data: { cycleId, departmentId, seatsRequested } })
}

export async function makeReview(applicationId: string, status: 'ASSIGNED' | 'SUBMITTED' = 'SUBMITTED') {
  const db = await getDb()
  const reviewer = await makeUser('REVIEWER')
  return db.review.create({ data: { applicationId, reviewerId: reviewer.id, status } })
}

export async function makeInterview(applicationId: string, status: 'SCHEDULED' | 'COMPLETED' = 'COMPLETED') {
  const db = await getDb()
  return db.interview.create({ data: { applicationId, scheduledAt: new Date(), mode: 'VIDEO', status } })
}

export async function makeOffer(applicationId: string, status: 'PENDING' | 'ACCEPTED' | 'DECLINED' = 'PENDING') {
  const db = await getDb()
  const staff = await makeUser('STAFF')
  return db.offer.create({ data: { applicationId, extendedById: staff.id, respondBy: new Date(Date.now() + 7 * 86400_000), status } })
}
