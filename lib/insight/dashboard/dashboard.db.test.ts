// The cycle dashboard's figures, checked against data built for the purpose, and against the
// lists they link to: every number must equal the count of its source list.
import { beforeAll, describe, expect, it } from 'vitest'
import { makeCycle, makeDepartment, makeViewer } from '../../../tests/support/factories'
import {
  addSeats,
  makeApplication,
  makeDeliverable,
  makeFellow,
  makeInterview,
  makeMetric,
  makeOffer,
  makeProject,
  makeReview,
  makeUpdate,
} from '../../../tests/support/factories-insight'
import type { Viewer } from '../../auth/viewer'
import { countDataset } from '../datasets/list'
import { cycleFunnel } from './funnel'
import { placementCoverage } from './coverage'
import { updateCompliance } from './compliance'
import { deliverablesByStatus } from './deliverables'
import { metricsAgainstTargets } from './metrics'
import { towardsTarget } from '../../metrics/target'

let staff: Viewer
let partner: Viewer
let cycleId: string
let health: string
let education: string
let pharmacy: string
const fellowships: string[] = []

beforeAll(async () => {
  staff = await makeViewer('STAFF')
  // Fortnightly from 1 Oct 2021 to 31 Dec 2021, 3 days' grace: seven periods.
  const cycle = await makeCycle({
    status: 'ACTIVE',
    startDate: new Date('2021-10-01T00:00:00+05:00'),
    endDate: new Date('2021-12-31T00:00:00+05:00'),
  })
  cycleId = cycle.id
  health = (await makeDepartment({ name: 'Health (test)' })).id
  education = (await makeDepartment({ name: 'Education (test)' })).id
  partner = await makeViewer('PARTNER', { departmentId: health })
  await addSeats(cycleId, health, 3)
  await addSeats(cycleId, education, 2)
  pharmacy = (await makeProject(cycleId, { departmentId: health, title: 'Pharmacy licences' })).id
  const schools = (await makeProject(cycleId, { departmentId: education, title: 'School dashboard' })).id

  // Recruitment: 2 drafts (not counted), 3 only submitted, 1 flagged, 1 eligible, 1 reviewed,
  // 1 interviewed, 1 offered and declined without an interview (never counted as interviewed),
  // plus the 3 fellows below (interviewed and accepted).
  await makeApplication(cycleId, { stage: 'DRAFT' })
  await makeApplication(cycleId, { stage: 'DRAFT' })
  for (let i = 0; i < 3; i++) await makeApplication(cycleId)
  await makeApplication(cycleId, { eligibility: 'FLAGGED', stage: 'REJECTED' })
  await makeApplication(cycleId, { eligibility: 'ELIGIBLE', stage: 'SCREENING' })
  const reviewed = await makeApplication(cycleId, { eligibility: 'ELIGIBLE', stage: 'REVIEW' })
  await makeReview(reviewed.id)
  await makeReview(reviewed.id, 'ASSIGNED')
  const interviewed = await makeApplication(cycleId, { eligibility: 'ELIGIBLE', stage: 'REJECTED' })
  await makeReview(interviewed.id)
  await makeInterview(interviewed.id)
  const declined = await makeApplication(cycleId, { eligibility: 'ELIGIBLE', stage: 'DECLINED' })
  await makeOffer(declined.id, 'DECLINED')

  // Fellows: two with Health, one with Education; one Health fellow withdrew.
  for (const [projectId, status] of [
    [pharmacy, 'ACTIVE'],
    [pharmacy, 'WITHDRAWN'],
    [schools, 'ACTIVE'],
  ] as const) {
    const f = await makeFellow(cycleId, { projectId, status })
    if (f.application) await makeInterview(f.application.id)
    fellowships.push(f.fellowship.id)
  }
  // Updates: period 0 all on time; period 1 one late, one missing; period 2 a draft only.
  await makeUpdate(fellowships[0], 0)
  await makeUpdate(fellowships[1], 0)
  await makeUpdate(fellowships[2], 0)
  await makeUpdate(fellowships[0], 1, { late: true })
  await makeUpdate(fellowships[2], 2, { status: 'DRAFT' })

  await makeDeliverable(pharmacy, 'APPROVED')
  await makeDeliverable(pharmacy, 'APPROVED')
  await makeDeliverable(pharmacy, 'SUBMITTED')
  await makeDeliverable(schools, 'NOT_STARTED')
  await makeMetric(pharmacy, { name: 'Pharmacist records digitised', target: 20000, values: [6200, 14300, 15000] })
  await makeMetric(pharmacy, { name: 'Inspections logged', cumulative: false, target: null, values: [40, 60] })
  await makeMetric(schools, { name: 'Schools reporting', target: 200, values: [] })
})

describe('recruitment funnel', () => {
  it('counts how many applications reached each step, drafts left out', async () => {
    const funnel = await cycleFunnel(staff, cycleId)
    expect(Object.fromEntries(funnel.map((r) => [r.step, r.count]))).toEqual({
      applied: 11,
      eligible: 7,
      reviewed: 6,
      interviewed: 4,
      offered: 4,
      accepted: 3,
    })
    expect(funnel[5].ofApplied).toBe(27.3)
  })

  it('gives each step the same number as the list it links to', async () => {
    for (const r of await cycleFunnel(staff, cycleId)) {
      expect(await countDataset(staff, 'applications', { cycle: cycleId, step: r.step }), r.step).toBe(r.count)
    }
  })
})

describe('placement coverage', () => {
  it('shows seats requested against fellows placed, per department', async () => {
    const rows = await placementCoverage(staff, cycleId)
    expect(rows.map((r) => [r.name, r.seats, r.placed])).toEqual([
      ['Education (test)', 2, 1],
      ['Health (test)', 3, 2],
    ])
    for (const r of rows) expect(await countDataset(staff, 'fellows', { cycle: cycleId, department: r.departmentId })).toBe(r.placed)
  })

  it('shows a partner their own department only', async () => {
    expect((await placementCoverage(partner, cycleId)).map((r) => r.name)).toEqual(['Health (test)'])
  })
})

describe('update compliance', () => {
  const now = new Date('2021-11-02T12:00:00+05:00') // period 2 open; periods 0 and 1 closed (3 days' grace)

  it('counts on-time, late and not-submitted updates per started period', async () => {
    const rows = await updateCompliance(staff, cycleId, now)
    expect(rows.map((r) => [r.period, r.closed, r.onTime, r.late, r.notSubmitted])).toEqual([
      [0, true, 3, 0, 0],
      [1, true, 0, 1, 1],
      [2, false, 0, 0, 2],
    ])
  })

  it('links each number to a list of the same length', async () => {
    for (const r of await updateCompliance(staff, cycleId, now)) {
      expect(await countDataset(staff, 'updates', { cycle: cycleId, period: r.period, state: 'onTime' })).toBe(r.onTime)
      expect(await countDataset(staff, 'updates', { cycle: cycleId, period: r.period, state: 'late' })).toBe(r.late)
      expect(await countDataset(staff, 'fellows', { cycle: cycleId, missingPeriod: r.period })).toBe(r.notSubmitted)
    }
  })

  it('limits a partner to fellows placed with their department', async () => {
    const rows = await updateCompliance(partner, cycleId, now)
    expect(rows.map((r) => [r.onTime, r.late, r.notSubmitted])).toEqual([
      [2, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
    ])
  })
})

describe('deliverables and metrics', () => {
  it('counts deliverables by department and status', async () => {
    const rows = await deliverablesByStatus(staff, cycleId)
    const healthRow = rows.find((r) => r.departmentId === health)!
    expect(healthRow.counts).toEqual({ NOT_STARTED: 0, SUBMITTED: 1, CHANGES_REQUESTED: 0, APPROVED: 2 })
    expect(healthRow.total).toBe(3)
    expect(await countDataset(staff, 'deliverables', { cycle: cycleId, department: health, status: 'APPROVED' })).toBe(2)
    expect((await deliverablesByStatus(partner, cycleId)).map((r) => r.departmentId)).toEqual([health])
  })

  it('takes the latest value of a running total and the sum of anything else', async () => {
    const rows = await metricsAgainstTargets(staff, cycleId)
    const byName = Object.fromEntries(rows.map((r) => [r.name, r]))
    expect(byName['Pharmacist records digitised'].value).toBe(15000)
    expect(towardsTarget(byName['Pharmacist records digitised'].value, byName['Pharmacist records digitised'].target)).toBe(75)
    expect(byName['Inspections logged'].value).toBe(100)
    expect(byName['Schools reporting'].value).toBeNull()
    expect(await countDataset(staff, 'metrics', { cycle: cycleId, project: pharmacy })).toBe(5)
  })
})

describe('scope', () => {
  it('hides a cycle the partner’s department takes no part in', async () => {
    const other = await makeCycle()
    await expect(placementCoverage(partner, other.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(updateCompliance(partner, other.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})
