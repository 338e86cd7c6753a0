// Alumni: a fellow keeps and edits their own profile after the cycle ends; staff see alumni
// across cycles and the sectors they went into.
import { beforeAll, describe, expect, it } from 'vitest'
import { getDb } from '../../server/db'
import { makeCycle, makeProgramme, makeViewer, viewerOf } from '../../../tests/support/factories'
import { makeFellow } from '../../../tests/support/factories-insight'
import type { Viewer } from '../../auth/viewer'
import { alumniProfileSchema } from './schema'
import { saveAlumniProfile } from './mutations'
import { alumniBySector, getOwnAlumniProfile, listAlumni } from './queries'

let staff: Viewer
let alumnus: Viewer
let programme: string

beforeAll(async () => {
  staff = await makeViewer('STAFF')
  programme = (await makeProgramme()).id
  const done = (await makeCycle({ programmeId: programme, status: 'COMPLETED', startDate: new Date('2020-10-01T00:00:00+05:00') })).id
  const active = (await makeCycle({ programmeId: programme, status: 'ACTIVE', startDate: new Date('2021-10-04T00:00:00+05:00') })).id
  const a = await makeFellow(done)
  alumnus = viewerOf(a.user)
  await makeFellow(done)
  await makeFellow(done, { status: 'WITHDRAWN' })
  await makeFellow(active, { status: 'COMPLETED' }) // finished early: an alumnus already
  await makeFellow(active)
})

describe('the alumnus’s own profile', () => {
  it('is saved, read back and audited, after the cycle has ended', async () => {
    const input = alumniProfileSchema.parse({
      currentRole: 'Software Engineer',
      organisation: 'KP IT Board',
      sector: 'Government',
      nextStep: 'Kept running the licence registry.',
      linkedinUrl: 'https://www.linkedin.com/in/someone',
    })
    await saveAlumniProfile(alumnus, input)
    await saveAlumniProfile(alumnus, { ...input, currentRole: 'Senior Software Engineer' })
    const own = await getOwnAlumniProfile(alumnus)
    expect(own.profile).toMatchObject({ currentRole: 'Senior Software Engineer', sector: 'Government' })
    expect(own.fellowships).toHaveLength(1)
    const db = await getDb()
    const audit = await db.auditLog.findMany({
      where: { actorId: alumnus.userId, entityType: 'AlumniProfile' },
      orderBy: { createdAt: 'asc' },
    })
    expect(audit.map((x) => x.action)).toEqual(['alumni-profile.create', 'alumni-profile.update'])
  })

  it('clears a field left empty', async () => {
    await saveAlumniProfile(alumnus, alumniProfileSchema.parse({ currentRole: 'Founder', linkedinUrl: '' }))
    expect((await getOwnAlumniProfile(alumnus)).profile).toMatchObject({ currentRole: 'Founder', organisation: null, linkedinUrl: null })
  })

  it('accepts only a LinkedIn address and a listed sector', () => {
    const bad = alumniProfileSchema.safeParse({ linkedinUrl: 'https://evil.example/in/x', sector: 'Space' })
    expect(bad.success).toBe(false)
    const issues = Object.fromEntries(bad.error!.issues.map((i) => [i.path.join('.'), i.message]))
    expect(issues).toEqual({ linkedinUrl: 'errors.linkedinUrl', sector: 'errors.invalidChoice' })
  })

  it('belongs only to someone who has been a fellow', async () => {
    const newFellow = await makeViewer('FELLOW')
    await expect(saveAlumniProfile(newFellow, {})).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})

describe('staff views of alumni', () => {
  it('lists fellows of ended cycles and those who completed, not those who withdrew', async () => {
    const all = await listAlumni(staff, { programme })
    expect(all.total).toBe(3)
    const mine = all.rows.find((r) => r.user.alumniProfile?.currentRole === 'Founder')
    expect(mine).toBeDefined()
    expect((await listAlumni(staff, { programme, year: 2021 })).total).toBe(1)
  })

  it('counts alumni by sector, with those who have not said as their own group', async () => {
    expect(await alumniBySector(staff, { programme })).toEqual([{ sector: '', count: 3 }])
    await saveAlumniProfile(alumnus, alumniProfileSchema.parse({ sector: 'Non-profit' }))
    expect(await alumniBySector(staff, { programme })).toEqual([
      { sector: '', count: 2 },
      { sector: 'Non-profit', count: 1 },
    ])
  })
})
