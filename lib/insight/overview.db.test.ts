// The organisation across the years: each cycle counted in the year it started.
import { beforeAll, describe, expect, it } from 'vitest'
import { makeCycle, makeDepartment, makeProgramme, makeViewer } from '../../tests/support/factories'
import { addSeats, makeApplication, makeFellow, makeProject } from '../../tests/support/factories-insight'
import type { Viewer } from '../auth/viewer'
import { countDataset } from './datasets/list'
import { yearsOverview } from './overview'

let staff: Viewer
let kp: string

beforeAll(async () => {
  staff = await makeViewer('STAFF')
  kp = (await makeProgramme()).id
  const other = (await makeProgramme()).id
  const health = (await makeDepartment()).id
  const c6 = (await makeCycle({ programmeId: kp, status: 'COMPLETED', startDate: new Date('2020-10-01T00:00:00+05:00') })).id
  const c7 = (await makeCycle({ programmeId: kp, status: 'ACTIVE', startDate: new Date('2021-10-04T00:00:00+05:00') })).id
  const n1 = (await makeCycle({ programmeId: other, status: 'COMPLETED', startDate: new Date('2021-02-01T00:00:00+05:00') })).id
  await makeCycle({ programmeId: kp }) // no dates yet: not in any year
  await addSeats(c6, health, 2)
  await addSeats(c7, health, 3)
  const done = await makeProject(c6, { departmentId: health, status: 'COMPLETED' })
  await makeProject(c7, { departmentId: health })
  await makeProject(n1, { status: 'COMPLETED' })
  await makeFellow(c6, { projectId: done.id, placement: 'ENDED' })
  await makeFellow(c6, { status: 'WITHDRAWN' })
  await makeFellow(c7)
  await makeFellow(n1)
  await makeApplication(c7)
  await makeApplication(c7, { stage: 'DRAFT' })
})

describe('years overview', () => {
  it('sums cycles, applications, fellows, departments, projects delivered and alumni per year', async () => {
    const { years, total } = await yearsOverview(staff)
    expect(years.map((y) => [y.year, y.cycles, y.applications, y.fellows, y.departments, y.projects, y.alumni])).toEqual([
      [2021, 2, 3, 2, 2, 1, 1],
      [2020, 1, 2, 2, 1, 1, 1],
    ])
    // Health partnered in both years: it counts once overall.
    expect(total).toMatchObject({ cycles: 3, fellows: 4, departments: 2, alumni: 2 })
  })

  it('narrows to one programme, and matches the lists it links to', async () => {
    const { years } = await yearsOverview(staff, { programme: kp })
    expect(years.map((y) => [y.year, y.cycles, y.fellows])).toEqual([
      [2021, 1, 1],
      [2020, 1, 2],
    ])
    expect(await countDataset(staff, 'fellows', { year: 2020, programme: kp })).toBe(2)
    expect(await countDataset(staff, 'applications', { year: 2021, programme: kp })).toBe(years[0].applications)
  })
})
