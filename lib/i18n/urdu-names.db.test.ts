// Names staff type in Urdu (cycle, deliverable title, metric unit, the year in review's title)
// are saved, cleared, and shown on Urdu pages, with English where no Urdu was given.
import { describe, expect, it } from 'vitest'
import { makeProgramme, makeViewer } from '../../tests/support/factories'
import { makePlacedFellow, pk } from '../../tests/support/factories-progress'
import { localName, localUnit } from './local-text'
import { createCycle, updateCycle } from '../cycles/mutations'
import { getCycle } from '../cycles/queries'
import { createDeliverable } from '../deliverables/mutations/define-deliverable'
import { getDeliverable } from '../deliverables/queries'
import { defineMetric } from '../metrics/mutations'
import { listProjectMetrics } from '../metrics/queries'
import { saveYearReview } from '../insight/year-review/mutations'
import { listYearReviews } from '../insight/year-review/queries'
import { createCycleSchema } from '../cycles/schema'

const ur = localName('ur')
const en = localName('en')

describe('Urdu names where data is named', () => {
  it('keeps a cycle’s Urdu name from the form, shows it in Urdu, and clears it', async () => {
    const staff = await makeViewer('STAFF')
    const programme = await makeProgramme()
    const form = createCycleSchema.parse({
      programmeId: programme.id,
      number: '7',
      name: 'Cycle 7 (2021–22)',
      nameUr: 'سائیکل 7 (2021–22)',
      targetFellowCount: '20',
      reportingCadence: 'FORTNIGHTLY',
      reportingGraceDays: '3',
      reviewsPerApplication: '2',
    })
    const { id } = await createCycle(staff, form)
    const c = await getCycle(staff, id)
    expect([ur(c), en(c)]).toEqual(['سائیکل 7 (2021–22)', 'Cycle 7 (2021–22)'])
    await updateCycle(staff, { ...form, id, version: c.version, nameUr: undefined })
    expect(ur(await getCycle(staff, id))).toBe('Cycle 7 (2021–22)')
  })

  it('keeps a deliverable’s Urdu title and a metric’s Urdu unit', async () => {
    const { project, fellow } = await makePlacedFellow()
    const staff = await makeViewer('STAFF')
    const d = await createDeliverable(staff, {
      projectId: project.id,
      kind: 'MILESTONE',
      title: 'Pilot release',
      titleUr: 'آزمائشی اجرا',
      dueDate: pk('2026-12-15'),
    })
    const got = await getDeliverable(fellow, d.id)
    expect([ur(got), en(got)]).toEqual(['آزمائشی اجرا', 'Pilot release'])
    await defineMetric(staff, {
      projectId: project.id,
      name: 'Licences issued digitally',
      unit: 'licences',
      unitUr: 'لائسنس',
      cumulative: true,
    })
    await defineMetric(staff, { projectId: project.id, name: 'Records digitised', unit: 'records', cumulative: true })
    const [p] = await listProjectMetrics(fellow)
    expect(p.metrics.map(localUnit('ur'))).toEqual(['لائسنس', 'records'])
    expect(p.metrics.map(localUnit('en'))).toEqual(['licences', 'records'])
  })

  it('keeps the year in review’s Urdu title', async () => {
    const admin = await makeViewer('ADMIN')
    await saveYearReview(admin, { year: 2021, title: 'Looking back at 2021', titleUr: '2021 پر ایک نظر' })
    const row = (await listYearReviews(admin)).find((y) => y.year === 2021)!.review!
    expect([ur(row), en(row)]).toEqual(['2021 پر ایک نظر', 'Looking back at 2021'])
  })
})
