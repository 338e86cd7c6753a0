// Equity figures: the right people in each group, groups under five hidden, and every shown
// figure equal to the list it links to.
import { beforeAll, describe, expect, it } from 'vitest'
import { makeCycle, makeProgramme, makeViewer } from '../../tests/support/factories'
import { makeApplication, makeFellow } from '../../tests/support/factories-insight'
import type { Viewer } from '../auth/viewer'
import { countDataset } from './datasets/list'
import { equityBreakdown, equityOverYears } from './equity'

let staff: Viewer
let programme: string
let c2021: string
let c2022: string

beforeAll(async () => {
  staff = await makeViewer('STAFF')
  programme = (await makeProgramme()).id
  c2021 = (await makeCycle({ programmeId: programme, startDate: new Date('2021-10-01T00:00:00+05:00') })).id
  c2022 = (await makeCycle({ programmeId: programme, startDate: new Date('2022-10-01T00:00:00+05:00') })).id
  // 2021 applications besides the fellows': 20 women (8 from Shangla, a remote district),
  // 9 men, 5 "other", one who did not say and one who preferred not to (a draft never counts).
  for (let i = 0; i < 12; i++) await makeApplication(c2021, { gender: 'FEMALE', district: 'Peshawar' })
  for (let i = 0; i < 8; i++) await makeApplication(c2021, { gender: 'FEMALE', district: 'Shangla' })
  for (let i = 0; i < 9; i++) await makeApplication(c2021, { gender: 'MALE', district: 'Mardan' })
  for (let i = 0; i < 5; i++) await makeApplication(c2021, { gender: 'OTHER', district: 'Swat' })
  await makeApplication(c2021, { gender: null, district: 'Swat' })
  await makeApplication(c2021, { gender: 'UNDISCLOSED', district: 'Mardan' })
  await makeApplication(c2021, { stage: 'DRAFT', gender: 'MALE' })
  // Fellows: 5 women who applied (3 from Shangla), one whose gender and district are only on
  // her account (Torghar, remote), and 5 men from Mardan.
  for (let i = 0; i < 5; i++) await makeFellow(c2021, { gender: 'FEMALE', district: i < 3 ? 'Shangla' : 'Peshawar' })
  await makeFellow(c2021, { withApplication: false, userGender: 'FEMALE', userDistrict: 'Torghar' })
  for (let i = 0; i < 5; i++) await makeFellow(c2021, { gender: 'MALE', district: 'Mardan' })
  // 2022: 6 applicants, all women.
  for (let i = 0; i < 6; i++) await makeApplication(c2022, { gender: 'FEMALE', district: 'Swat' })
})

describe('equity by gender', () => {
  it('counts applicants and fellows per group, the fellows’ own applications included', async () => {
    const t = await equityBreakdown(staff, { cycle: c2021 }, 'gender')
    const row = (k: string) => t.rows.find((r) => r.key === k)!
    expect(row('FEMALE')).toEqual({ key: 'FEMALE', applicants: 25, fellows: 6, rate: 24 })
    expect(row('MALE')).toEqual({ key: 'MALE', applicants: 14, fellows: 5, rate: 35.7 })
    expect(t.total).toEqual({ applicants: 46, fellows: 11, rate: 23.9 })
  })

  it('hides a group of fewer than five, and a second one that would give it away', async () => {
    const t = await equityBreakdown(staff, { cycle: c2021 }, 'gender')
    const row = (k: string) => t.rows.find((r) => r.key === k)!
    // Not stated and "prefer not to say" are one group of 2; with the total shown, the next
    // smallest group (5 "other") is hidden too. Zero fellows identifies nobody and is shown.
    expect(row('UNDISCLOSED')).toMatchObject({ applicants: null, fellows: 0, rate: null })
    expect(row('OTHER')).toMatchObject({ applicants: null, fellows: 0 })
  })

  it('links each figure to a list of the same length', async () => {
    const t = await equityBreakdown(staff, { cycle: c2021 }, 'gender')
    for (const r of t.rows) {
      if (r.applicants !== null)
        expect(await countDataset(staff, 'applications', { cycle: c2021, gender: r.key as never })).toBe(r.applicants)
      if (r.fellows !== null) expect(await countDataset(staff, 'fellows', { cycle: c2021, gender: r.key as never })).toBe(r.fellows)
    }
    expect(await countDataset(staff, 'applications', { cycle: c2021, gender: 'UNDISCLOSED' })).toBe(2)
  })
})

describe('equity by region and district', () => {
  it('groups remote districts apart from settled ones', async () => {
    const t = await equityBreakdown(staff, { cycle: c2021 }, 'region')
    const row = (k: string) => t.rows.find((r) => r.key === k)!
    expect(row('REMOTE')).toMatchObject({ applicants: 11 })
    expect(row('SETTLED')).toMatchObject({ applicants: 35 })
    expect(row('UNKNOWN')).toMatchObject({ applicants: 0, fellows: 0 })
    // 4 remote fellows (one known only from her account) and 7 settled: 4 is hidden, and so is
    // the 7 that would reveal it.
    expect([row('REMOTE').fellows, row('SETTLED').fellows]).toEqual([null, null])
    expect(await countDataset(staff, 'applications', { cycle: c2021, region: 'REMOTE' })).toBe(11)
    expect(await countDataset(staff, 'fellows', { cycle: c2021, region: 'REMOTE' })).toBe(4)
    expect(await countDataset(staff, 'fellows', { cycle: c2021, region: 'SETTLED' })).toBe(7)
  })

  it('lists districts largest first', async () => {
    const t = await equityBreakdown(staff, { cycle: c2021 }, 'district')
    expect(t.rows.map((r) => [r.key, r.applicants])).toEqual([
      ['Mardan', 15],
      ['Peshawar', 14],
      ['Shangla', 11],
      ['Swat', 6],
      ['Torghar', 0],
    ])
  })
})

describe('equity over the years', () => {
  it('gives each year of the programme its own table, newest first', async () => {
    const years = await equityOverYears(staff, { programme }, 'gender')
    expect(years.map((y) => y.year)).toEqual([2022, 2021])
    expect(years[0].table.rows.find((r) => r.key === 'FEMALE')).toMatchObject({ applicants: 6, fellows: 0 })
    expect(await countDataset(staff, 'applications', { year: 2022, programme, gender: 'FEMALE' })).toBe(6)
  })
})

describe('fellows per 100 applicants', () => {
  it('counts only cycles that took applications, and says so (not 181 per 100)', async () => {
    // A programme with an old cycle recruited before Daftar (fellows, no applications) and a
    // cycle that took 20 applications and chose 5 of them.
    const p = (await makeProgramme()).id
    const old = (await makeCycle({ programmeId: p, startDate: new Date('2019-10-01T00:00:00+05:00') })).id
    const recent = (await makeCycle({ programmeId: p, startDate: new Date('2023-10-01T00:00:00+05:00') })).id
    for (let i = 0; i < 15; i++) await makeApplication(recent, { gender: 'FEMALE', district: 'Swat' })
    for (let i = 0; i < 5; i++) await makeFellow(recent, { gender: 'FEMALE', district: 'Swat' })
    for (let i = 0; i < 16; i++) await makeFellow(old, { withApplication: false, userGender: 'FEMALE', userDistrict: 'Swat' })
    const t = await equityBreakdown(staff, { programme: p }, 'gender')
    expect(t.total).toEqual({ applicants: 20, fellows: 21, rate: 25 })
    expect(t.rows.find((r) => r.key === 'FEMALE')?.rate).toBe(25)
    expect(t.rateLeavesOut).toBe(true)
    const byYear = await equityOverYears(staff, { programme: p }, 'gender')
    expect(byYear.find((y) => y.year === 2019)?.table.total).toEqual({ applicants: 0, fellows: 16, rate: null })
    expect((await equityBreakdown(staff, { cycle: recent }, 'gender')).rateLeavesOut).toBe(false)
  })
})
