// Authorization matrix for insight, exports, the year in review and alumni, and the record-
// level checks: a partner sees only cycles their department takes part in, and only their
// department's figures; a fellow's profile is their own.
import { describe, expect, it } from 'vitest'
import { matrix } from '../support/authz'
import { makeCycle, makeDepartment, makeUser, makeViewer, viewerOf } from '../support/factories'
import { addSeats, makeDeliverable, makeFellow, makeMetric, makeProject } from '../support/factories-insight'
import { getDb } from '../../lib/server/db'
import { dashboardCycles, dashboardScope } from '../../lib/insight/scope'
import { cycleFunnel } from '../../lib/insight/dashboard/funnel'
import { placementCoverage } from '../../lib/insight/dashboard/coverage'
import { updateCompliance } from '../../lib/insight/dashboard/compliance'
import { deliverablesByStatus } from '../../lib/insight/dashboard/deliverables'
import { metricsAgainstTargets } from '../../lib/insight/dashboard/metrics'
import { equityBreakdown, equityOverYears } from '../../lib/insight/equity'
import { yearsOverview } from '../../lib/insight/overview'
import { countDataset, listDataset } from '../../lib/insight/datasets/list'
import { filterNames } from '../../lib/insight/datasets/labels'
import { exportDataset } from '../../lib/insight/exports/run'
import { getYearReview, listPublishRecipients, listYearReviews } from '../../lib/insight/year-review/queries'
import { saveYearReview, setYearReviewPublished } from '../../lib/insight/year-review/mutations'
import { alumniBySector, getOwnAlumniProfile, listAlumni } from '../../lib/insight/alumni/queries'
import { saveAlumniProfile } from '../../lib/insight/alumni/mutations'

const STAFF: ('ADMIN' | 'STAFF')[] = ['ADMIN', 'STAFF']
const DASHBOARD: ('ADMIN' | 'STAFF' | 'PARTNER')[] = ['ADMIN', 'STAFF', 'PARTNER']
let year = 2030

describe('dashboards', () => {
  matrix('dashboardCycles', DASHBOARD, (v) => dashboardCycles(v))
  matrix('dashboardScope', DASHBOARD, async (v) => dashboardScope(v, (await makeCycle()).id))
  matrix('cycleFunnel', STAFF, async (v) => cycleFunnel(v, (await makeCycle()).id))
  matrix('placementCoverage', DASHBOARD, async (v) => placementCoverage(v, (await makeCycle()).id))
  matrix('updateCompliance', DASHBOARD, async (v) => updateCompliance(v, (await makeCycle()).id))
  matrix('deliverablesByStatus', DASHBOARD, async (v) => deliverablesByStatus(v, (await makeCycle()).id))
  matrix('metricsAgainstTargets', DASHBOARD, async (v) => metricsAgainstTargets(v, (await makeCycle()).id))
  matrix('equityBreakdown', STAFF, (v) => equityBreakdown(v, {}, 'gender'))
  matrix('equityOverYears', STAFF, (v) => equityOverYears(v, {}, 'region'))
  matrix('yearsOverview', STAFF, (v) => yearsOverview(v))
})

describe('records behind figures and exports', () => {
  matrix('countDataset', STAFF, (v) => countDataset(v, 'applications', {}))
  matrix('listDataset', STAFF, (v) => listDataset(v, 'fellows', {}))
  matrix('filterNames', STAFF, async (v) => filterNames(v, { cycle: (await makeCycle()).id }))
  matrix('exportDataset', STAFF, (v) => exportDataset(v, 'deliverables', {}, true))
})

describe('year in review', () => {
  matrix('listYearReviews', STAFF, (v) => listYearReviews(v))
  matrix('listPublishRecipients', STAFF, (v) => listPublishRecipients(v))
  matrix('getYearReview', STAFF, (v) => getYearReview(v, 2021))
  matrix('saveYearReview', STAFF, (v) => saveYearReview(v, { year: ++year, title: 'A year' }))
  matrix('setYearReviewPublished', STAFF, async (v) => {
    const y = ++year
    await saveYearReview(await makeViewer('STAFF'), { year: y, title: 'A year' })
    return setYearReviewPublished(v, { year: y, version: 0, publish: 'publish' })
  })
})

describe('alumni', () => {
  matrix('getOwnAlumniProfile', ['FELLOW'], (v) => getOwnAlumniProfile(v))
  matrix('saveAlumniProfile', ['FELLOW'], (v) => saveAlumniProfile(v, { currentRole: 'Engineer' }))
  matrix('listAlumni', ['ADMIN', 'STAFF'], (v) => listAlumni(v))
  matrix('alumniBySector', ['ADMIN', 'STAFF'], (v) => alumniBySector(v))
})

describe('record-level access', () => {
  it('gives a partner "not found" for a cycle their department takes no part in, on every dashboard', async () => {
    const mine = await makeDepartment()
    const theirs = await makeDepartment()
    const partner = await makeViewer('PARTNER', { departmentId: mine.id })
    const cycle = await makeCycle({
      status: 'ACTIVE',
      startDate: new Date('2021-10-04T00:00:00+05:00'),
      endDate: new Date('2022-09-30T00:00:00+05:00'),
    })
    await addSeats(cycle.id, theirs.id, 2)
    for (const call of [dashboardScope, placementCoverage, updateCompliance, deliverablesByStatus, metricsAgainstTargets]) {
      await expect(call(partner, cycle.id), call.name).rejects.toMatchObject({ code: 'NOT_FOUND' })
    }
    expect((await dashboardCycles(partner)).map((c) => c.id)).not.toContain(cycle.id)
  })

  it('shows a partner in a shared cycle nothing of another department', async () => {
    const mine = await makeDepartment()
    const theirs = await makeDepartment()
    const partner = await makeViewer('PARTNER', { departmentId: mine.id })
    const cycle = await makeCycle({
      status: 'ACTIVE',
      startDate: new Date('2021-10-04T00:00:00+05:00'),
      endDate: new Date('2022-09-30T00:00:00+05:00'),
    })
    await addSeats(cycle.id, mine.id, 1)
    const other = await makeProject(cycle.id, { departmentId: theirs.id, title: 'Their project' })
    await makeFellow(cycle.id, { projectId: other.id })
    await makeDeliverable(other.id, 'APPROVED')
    await makeMetric(other.id, { name: 'Their measure', values: [10] })
    expect((await placementCoverage(partner, cycle.id)).map((r) => r.departmentId)).toEqual([mine.id])
    expect(await deliverablesByStatus(partner, cycle.id)).toEqual([])
    expect(await metricsAgainstTargets(partner, cycle.id)).toEqual([])
    const compliance = await updateCompliance(partner, cycle.id, new Date('2021-12-01T00:00:00+05:00'))
    expect(compliance.every((r) => r.onTime + r.late + r.notSubmitted === 0)).toBe(true)
  })

  it('gives a partner without a department no cycles and "not found"', async () => {
    const partner = viewerOf(await makeUser('PARTNER', { departmentId: null }))
    expect(await dashboardCycles(partner)).toEqual([])
    await expect(placementCoverage(partner, (await makeCycle()).id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('saves a fellow’s profile on their own account only', async () => {
    const cycle = await makeCycle({ status: 'COMPLETED' })
    const a = viewerOf((await makeFellow(cycle.id)).user)
    const b = viewerOf((await makeFellow(cycle.id)).user)
    await saveAlumniProfile(b, { currentRole: 'Data Analyst' })
    await saveAlumniProfile(a, { currentRole: 'Founder' })
    const db = await getDb()
    expect((await db.alumniProfile.findUnique({ where: { userId: b.userId } }))?.currentRole).toBe('Data Analyst')
    expect((await getOwnAlumniProfile(a)).profile?.currentRole).toBe('Founder')
  })
})
