// The public site and open data: only public facts (no person's name, email, phone or CNIC),
// only completed projects and public measures, only published reports, only open calls.
import { beforeAll, describe, expect, it } from 'vitest'
import { getDb } from '../server/db'
import { makeCycle, makeProgramme, makeViewer } from '../../tests/support/factories'
import { makeApplication, makeFellow, makeMetric, makeProject } from '../../tests/support/factories-insight'
import { saveYearReview, setYearReviewPublished } from '../insight/year-review/mutations'
import { csvRow } from '../csv'
import { dictionaries } from '../i18n/messages'
import { getCompletedProject, listCompletedProjects } from './projects'
import { getPublicProgramme, listOpenCalls } from './queries'
import { getPublishedReport, listPublishedReports } from './reports'
import { homeHighlights } from './highlights'
import { OPEN_DATASETS, OPEN_FIELDS, openData } from './open-data'

let slug: string
let done: string
let active: string
let fellowName: string
let fellowEmail: string

beforeAll(async () => {
  const p = await makeProgramme()
  slug = p.slug
  const c6 = (await makeCycle({ programmeId: p.id, status: 'COMPLETED', startDate: new Date('2020-10-01T00:00:00+05:00') })).id
  const c7 = (await makeCycle({ programmeId: p.id, status: 'ACTIVE', startDate: new Date('2021-10-04T00:00:00+05:00') })).id
  const hour = 3600_000
  await makeCycle({ programmeId: p.id, status: 'RECRUITING', applicationsOpenAt: new Date(Date.now() - hour), applicationsCloseAt: new Date(Date.now() + 30 * 24 * hour) })
  await makeCycle({ programmeId: p.id, status: 'RECRUITING', applicationsOpenAt: new Date(Date.now() + 24 * hour), applicationsCloseAt: new Date(Date.now() + 48 * hour) })
  done = (await makeProject(c6, { status: 'COMPLETED', title: 'Drug sale licence database', summary: 'The first digital database of drug sale licences.' })).id
  active = (await makeProject(c7, { title: 'Pharmacy licence registration system' })).id
  await makeMetric(done, { name: 'Licences digitised', unit: 'licences', values: [300, 1200] })
  await makeMetric(done, { name: 'Staff-only count', isPublic: false, values: [7] })
  await makeMetric(active, { name: 'Pharmacist records digitised', target: 15000, values: [15000] })
  const f = await makeFellow(c6, { projectId: done, placement: 'ENDED' })
  fellowName = f.user.name
  fellowEmail = f.user.email
  await makeApplication(c7)
})

describe('public pages', () => {
  it('shows a programme with its cycles and the call open now', async () => {
    const p = await getPublicProgramme(slug)
    expect(p?.cycles).toHaveLength(4)
    expect(p?.openCall).not.toBeNull()
    expect((await listOpenCalls()).filter((c) => c.programme.slug === slug)).toHaveLength(1)
    expect(await getPublicProgramme('no-such-programme')).toBeNull()
  })

  it('lists completed projects only, with public figures only', async () => {
    const list = await listCompletedProjects({ programme: slug })
    expect(list.map((p) => p.title)).toEqual(['Drug sale licence database'])
    expect(list[0].impact.map((f) => [f.name, f.value])).toEqual([['Licences digitised', 1200]])
    expect(await getCompletedProject(active)).toBeNull()
    expect((await listCompletedProjects({ programme: slug, year: 2021 })).length).toBe(0)
  })

  it('shows a report only once published', async () => {
    const staff = await makeViewer('STAFF')
    await saveYearReview(staff, { year: 2021, title: 'Looking back at 2021' })
    expect(await getPublishedReport(2021)).toBeNull()
    expect(await listPublishedReports()).toEqual([])
    await setYearReviewPublished(staff, { year: 2021, version: 0, publish: 'publish' })
    const r = await getPublishedReport(2021)
    expect(r?.figures.highlights.map((h) => h.value)).toEqual([15000])
    const home = await homeHighlights()
    expect(home.map((h) => [h.value, h.href])).toEqual([
      [15000, '/reports/2021'],
      [1200, `/projects/${done}`],
    ])
  })
})

describe('open data', () => {
  it('documents every field of every file, in both languages', () => {
    for (const name of OPEN_DATASETS) {
      for (const f of OPEN_FIELDS[name]) {
        expect(dictionaries.en.pub.fieldDocs, `${name}.${f}`).toHaveProperty(f)
        expect(dictionaries.ur.pub.fieldDocs, `${name}.${f}`).toHaveProperty(f)
      }
    }
  })

  it('has a column for every documented field, and no personal data in any file', async () => {
    const db = await getDb()
    const people = await db.user.findMany({ select: { email: true, name: true } })
    for (const name of OPEN_DATASETS) {
      const d = await openData(name)
      // Rows to check: an empty file would pass both checks below without showing anything.
      expect(d.rows.length, name).toBeGreaterThan(0)
      for (const row of d.rows) expect(row).toHaveLength(OPEN_FIELDS[name].length)
      const text = d.rows.map((r) => csvRow(r)).join('') + JSON.stringify(d.json)
      expect(text).not.toMatch(/@/)
      expect(text).not.toContain(fellowEmail)
      for (const u of people) expect(text, name).not.toContain(u.name)
    }
    expect(fellowName).toBeTruthy()
  })

  it('counts applications and fellows per cycle, and nests figures per project in the JSON', async () => {
    const cycles = (await openData('cycles')).json as { number: number; applications: number; fellows: number; startDate: string | null }[]
    expect(cycles.find((c) => c.startDate === '2020-10-01')).toMatchObject({ applications: 1, fellows: 1 })
    const projects = (await openData('projects')).json as { title: string; year: number; impact: { measure: string; value: number }[] }[]
    expect(projects).toEqual([expect.objectContaining({ title: 'Drug sale licence database', year: 2020, impact: [expect.objectContaining({ measure: 'Licences digitised', value: 1200 })] })])
    const reports = (await openData('reports')).json as { year: number; figures: { fellows: number } }[]
    expect(reports.map((r) => r.year)).toEqual([2021])
  })
})
