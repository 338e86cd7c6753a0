// The year in review: figures composed from one year's cycles, the narrative saved with a
// version check, and publication with its audit rows and notice.
import { beforeAll, describe, expect, it } from 'vitest'
import { getDb } from '../../server/db'
import { makeCycle, makeDepartment, makeProgramme, makeUser, makeViewer, viewerOf } from '../../../tests/support/factories'
import { makeApplication, makeDeliverable, makeFellow, makeMetric, makeProject } from '../../../tests/support/factories-insight'
import type { Viewer } from '../../auth/viewer'
import { countDataset } from '../datasets/list'
import { unsafeComposeYear } from './compose'
import { getYearReview, listPublishRecipients, listYearReviews } from './queries'
import { saveYearReview, setYearReviewPublished } from './mutations'
import type { SaveYearReviewInput } from './schema'

let staff: Viewer
let pharmacy: string

beforeAll(async () => {
  staff = await makeViewer('STAFF')
  const kp = (await makeProgramme()).id
  const nih = (await makeProgramme()).id
  const c7 = (await makeCycle({ programmeId: kp, status: 'ACTIVE', startDate: new Date('2021-10-04T00:00:00+05:00') })).id
  const n1 = (await makeCycle({ programmeId: nih, status: 'COMPLETED', startDate: new Date('2021-02-01T00:00:00+05:00') })).id
  // Started at 00:00 on 1 January 2022 in Pakistan (still 2021 in UTC): a 2022 cycle.
  const c8 = (await makeCycle({ programmeId: kp, startDate: new Date('2022-01-01T00:00:00+05:00') })).id
  const health = (await makeDepartment()).id
  pharmacy = (await makeProject(c7, { departmentId: health, title: 'Pharmacy licence registration system' })).id
  const surveillance = (await makeProject(n1, { status: 'COMPLETED', title: 'Disease surveillance dashboard' })).id
  await makeProject(c7, { status: 'DRAFT', title: 'A proposal never approved' })
  await makeProject(c8, { title: 'Next year’s project' })
  for (let i = 0; i < 4; i++) await makeApplication(c7)
  await makeApplication(c7, { stage: 'DRAFT' })
  await makeFellow(c7, { projectId: pharmacy })
  await makeFellow(c7)
  await makeFellow(n1, { projectId: surveillance, placement: 'ENDED' })
  await makeFellow(c8)
  await makeDeliverable(pharmacy, 'APPROVED')
  await makeDeliverable(pharmacy, 'SUBMITTED')
  await makeDeliverable(surveillance, 'APPROVED')
  // Monthly values through 2021, then one in 2022 that the 2021 review must not show.
  const records = await makeMetric(pharmacy, { name: 'Pharmacist records digitised', target: 15000, values: [6200, 14300, 15000, 16500] })
  const db = await getDb()
  await db.impactMetricValue.updateMany({
    where: { metricId: records.id, value: 16500 },
    data: { recordedOn: new Date('2022-01-31T00:00:00Z') },
  })
  await makeMetric(pharmacy, { name: 'Licences issued digitally', unit: 'licences', target: 2000, values: [900, 1800] })
  await makeMetric(pharmacy, { name: 'Internal only', isPublic: false, values: [5] })
})

describe('composing a year', () => {
  it('counts the cycles that started in the year, in Pakistan time', async () => {
    const f = await unsafeComposeYear(2021)
    expect(f.cycles.map((c) => c.startDate?.toISOString().slice(0, 7))).toEqual(['2021-01', '2021-10'])
    expect(f.totals).toMatchObject({
      programmes: 2,
      cycles: 2,
      applications: 7,
      fellows: 3,
      placed: 2,
      departments: 2,
      projects: 2,
      deliverablesApproved: 2,
    })
    expect((await unsafeComposeYear(2022)).totals.cycles).toBe(1)
  })

  it('shows public impact figures as recorded by the end of the year', async () => {
    const f = await unsafeComposeYear(2021)
    expect(f.highlights.map((h) => [h.name, h.value])).toEqual([
      ['Licences issued digitally', 1800],
      ['Pharmacist records digitised', 15000],
    ])
  })

  it('gives headline figures that match the lists they link to', async () => {
    const f = await unsafeComposeYear(2021)
    expect(await countDataset(staff, 'applications', { year: 2021 })).toBe(f.totals.applications)
    expect(await countDataset(staff, 'fellows', { year: 2021 })).toBe(f.totals.fellows)
    expect(await countDataset(staff, 'fellows', { year: 2021, placed: 'yes' })).toBe(f.totals.placed)
    expect(await countDataset(staff, 'deliverables', { year: 2021, status: 'APPROVED' })).toBe(f.totals.deliverablesApproved)
  })
})

const draft = (over: Partial<SaveYearReviewInput> = {}): SaveYearReviewInput => ({
  year: 2021,
  title: 'Looking back at 2021',
  intro: 'A year of deeper partnerships.',
  ...over,
})

describe('writing and publishing', () => {
  it('saves a first draft, then edits only from the version that was loaded', async () => {
    await saveYearReview(staff, draft())
    const first = await getYearReview(staff, 2021)
    expect(first.review).toMatchObject({
      title: 'Looking back at 2021',
      status: 'DRAFT',
      version: 0,
      narrative: { intro: { en: 'A year of deeper partnerships.' } },
    })

    await saveYearReview(staff, draft({ version: 0, impactUr: 'پندرہ ہزار ریکارڈ۔' }))
    // A colleague still holding version 0 is refused, not silently overwritten.
    await expect(saveYearReview(staff, draft({ version: 0, intro: 'Stale text' }))).rejects.toMatchObject({ code: 'STALE' })
    // A second "first draft" is refused too.
    await expect(saveYearReview(staff, draft())).rejects.toMatchObject({ code: 'STALE' })
    const now = await getYearReview(staff, 2021)
    expect(now.review?.narrative).toEqual({ intro: { en: 'A year of deeper partnerships.' }, impact: { ur: 'پندرہ ہزار ریکارڈ۔' } })
    expect(now.review?.version).toBe(1)
  })

  it('publishes with an audit row and a notice to the administrators, then withdraws', async () => {
    const db = await getDb()
    const admin = await makeUser('ADMIN')
    await setYearReviewPublished(staff, { year: 2021, version: 1, publish: 'publish' })
    const r = await getYearReview(staff, 2021)
    expect(r.review).toMatchObject({ status: 'PUBLISHED', version: 2 })
    expect(r.review?.publishedAt).toBeInstanceOf(Date)
    const mail = await db.notification.findMany({ where: { userId: admin.id, kind: 'year-review.published' } })
    expect(mail).toHaveLength(1)
    expect(mail[0].subject).toContain('2021 in review is published')
    await expect(setYearReviewPublished(staff, { year: 2021, version: 2, publish: 'publish' })).rejects.toMatchObject({ code: 'CONFLICT' })

    await setYearReviewPublished(viewerOf(admin), { year: 2021, version: 2, publish: 'unpublish' })
    expect((await getYearReview(staff, 2021)).review).toMatchObject({ status: 'DRAFT', publishedAt: null })
    const audit = await db.auditLog.findMany({
      where: { entityType: 'YearReview' },
      orderBy: { createdAt: 'asc' },
      select: { action: true },
    })
    expect(audit.map((a) => a.action)).toEqual(['year-review.create', 'year-review.update', 'year-review.publish', 'year-review.unpublish'])
  })

  it('emails only the administrators listed on the confirmation', async () => {
    const db = await getDb()
    const listed = await makeUser('ADMIN')
    const other = await makeUser('ADMIN')
    const r = await getYearReview(staff, 2021)
    expect((await listPublishRecipients(staff)).map((a) => a.id)).toEqual(expect.arrayContaining([listed.id, other.id]))
    await setYearReviewPublished(staff, { year: 2021, version: r.review!.version, publish: 'publish', notifyIds: [listed.id] })
    const mail = await db.notification.findMany({
      where: { userId: { in: [listed.id, other.id] }, kind: 'year-review.published' },
      select: { userId: true },
    })
    expect(mail).toEqual([{ userId: listed.id }])
    await setYearReviewPublished(staff, { year: 2021, version: r.review!.version + 1, publish: 'unpublish' })
  })

  it('refuses to publish a year with no report', async () => {
    await expect(setYearReviewPublished(staff, { year: 2019, version: 0, publish: 'publish' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('lists every year with a cycle or a report', async () => {
    const years = await listYearReviews(staff)
    expect(years.map((y) => [y.year, y.cycles, y.review?.status ?? null])).toEqual([
      [2022, 1, null],
      [2021, 2, 'DRAFT'],
    ])
  })
})
