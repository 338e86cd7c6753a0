// Finding a person across cycles on a real database: the trigger keeps the terms in step with
// the account, words are prefixes intersected, identity numbers however typed, CNIC masked,
// staff only, and the history with a re-application after rejection flagged.
import { describe, expect, it } from 'vitest'
import { randomUUID } from 'node:crypto'
import { getDb } from '../server/db'
import { makeCycle, makeUser, makeViewer } from '../../tests/support/factories'
import { makeApplication } from '../../tests/support/factories-recruitment'
import { otherApplications, personHistory, searchPeople } from './queries'
import { claimCnic } from './claim-cnic'

const tag = () => randomUUID().slice(0, 6).replace(/\d/g, 'q')

async function person(over: { name: string; phone?: string; cnic?: string }) {
  const db = await getDb()
  const u = await makeUser('APPLICANT', { name: over.name })
  return db.user.update({ where: { id: u.id }, data: { phone: over.phone, cnic: over.cnic } })
}

describe('person search', () => {
  it('finds by name prefixes intersected, email, phone in either form and CNIC, and masks the CNIC', async () => {
    const staff = await makeViewer('STAFF')
    const t = tag()
    const cnic = `1730${Math.floor(Math.random() * 10)}-${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}-2`
    const phone = `0345-${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`
    const ayesha = await person({ name: `Ayesha ${t}zai Khan`, phone, cnic })
    await person({ name: `Ayesha ${t}ani` })
    const names = async (q: string) => (await searchPeople(staff, q)).rows.map((r) => r.name)

    expect(await names(`ayesha ${t}`)).toHaveLength(2)
    expect(await names(`${t}z khan`)).toEqual([ayesha.name])
    expect(await names(`AYE ${t.toUpperCase()}ZAI`)).toEqual([ayesha.name])
    expect(await names(ayesha.email.toUpperCase())).toEqual([ayesha.name])
    expect(await names(ayesha.email.split('@')[0])).toEqual([ayesha.name])
    expect(await names(phone)).toEqual([ayesha.name])
    expect(await names(`+92 ${phone.slice(1).replace('-', ' ')}`)).toEqual([ayesha.name])
    expect(await names(cnic.replace(/-/g, ''))).toEqual([ayesha.name])
    expect(await names(cnic)).toEqual([ayesha.name])
    expect(await names(`${t} nobody`)).toEqual([])
    // LIKE's wildcards are taken literally.
    expect(await names(`${t}%`)).toEqual([])
    expect(await names(`${t}_ni`)).toEqual([])

    const [hit] = (await searchPeople(staff, cnic)).rows
    expect(hit.cnic).toBe(`${cnic.slice(0, 5)}-*******-2`)
    expect(JSON.stringify(hit)).not.toContain(cnic.slice(6, 13))
    expect(hit.phone).toBe(`0345-***${phone.slice(-4)}`)
  })

  it('shows the first fifty by name and asks for another word beyond', async () => {
    const db = await getDb()
    const staff = await makeViewer('STAFF')
    const t = tag()
    await db.user.createMany({
      data: Array.from({ length: 52 }, (_, i) => ({
        email: `many-${i}-${t}@test.pk`,
        name: `${t}many ${String(i).padStart(2, '0')}`,
        role: 'APPLICANT' as const,
      })),
    })
    const found = await searchPeople(staff, `${t}many`)
    expect([found.rows.length, found.more, found.rows[0].name, found.rows[49].name]).toEqual([50, true, `${t}many 00`, `${t}many 49`])
    expect((await searchPeople(staff, `${t}many 51`)).rows.map((r) => r.name)).toEqual([`${t}many 51`])
  })

  it('follows renames and new numbers (the trigger), and leaves no stale term behind', async () => {
    const db = await getDb()
    const staff = await makeViewer('STAFF')
    const t = tag()
    const u = await person({ name: `Gul ${t}old` })
    await db.user.update({ where: { id: u.id }, data: { name: `Gul ${t}new` } })
    expect((await searchPeople(staff, `${t}old`)).rows).toEqual([])
    expect((await searchPeople(staff, `${t}new`)).rows.map((r) => r.id)).toEqual([u.id])
    const terms = await db.personSearchTerm.findMany({ where: { userId: u.id }, select: { term: true } })
    expect(terms.map((x) => x.term).sort()).toEqual([u.email.toLowerCase(), u.email.split('@')[0].toLowerCase(), 'gul', `${t}new`].sort())
  })

  it('is refused to everyone but staff', async () => {
    const u = await person({ name: `Zarmina ${tag()}` })
    for (const role of ['REVIEWER', 'PARTNER', 'FELLOW', 'APPLICANT'] as const) {
      const v = await makeViewer(role)
      await expect(searchPeople(v, 'zarmina')).rejects.toMatchObject({ code: 'FORBIDDEN' })
      await expect(personHistory(v, u.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    }
    const admin = await makeViewer('ADMIN')
    expect((await personHistory(admin, u.id)).name).toBe(u.name)
    await expect(personHistory(admin, randomUUID())).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('shows the history across cycles, a re-application after rejection flagged', async () => {
    const db = await getDb()
    const staff = await makeViewer('STAFF')
    const c6 = await makeCycle({ status: 'COMPLETED' })
    const c7 = await makeCycle({ status: 'ACTIVE' })
    const u = await person({ name: `Samina ${tag()}`, cnic: undefined })
    const { app: first } = await makeApplication(c6.id, { applicantId: u.id, stage: 'REJECTED' })
    await db.application.update({ where: { id: first.id }, data: { submittedAt: new Date(Date.now() - 365 * 86400_000) } })
    await makeApplication(c7.id, { applicantId: u.id, stage: 'ACCEPTED' })
    await db.fellowship.create({ data: { userId: u.id, cycleId: c7.id, status: 'COMPLETED' } })
    await db.alumniProfile.create({ data: { userId: u.id, currentRole: 'Policy analyst' } })
    const h = await personHistory(staff, u.id)
    expect(h.applications.map((a) => [a.cycleId, a.stage, a.reappliedAfterRejection])).toEqual([
      [c6.id, 'REJECTED', false],
      [c7.id, 'ACCEPTED', true],
    ])
    expect(h.fellowships.map((f) => [f.cycleId, f.status])).toEqual([[c7.id, 'COMPLETED']])
    expect(h.alumni?.currentRole).toBe('Policy analyst')
    const [hit] = (await searchPeople(staff, u.name)).rows
    expect([hit.applications, hit.fellowships]).toEqual([2, 1])
    const second = h.applications[1].id
    expect(await otherApplications(staff, u.id, second)).toEqual({ total: 1, rejected: 1 })
    await expect(otherApplications(await makeViewer('REVIEWER'), u.id, second)).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})

describe('the CNIC from a submitted application', () => {
  it('fills a blank account CNIC, never another account’s, and the clash shows on the history', async () => {
    const db = await getDb()
    const staff = await makeViewer('STAFF')
    const cnic = `1730${Math.floor(Math.random() * 10)}-${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}-4`
    const first = await person({ name: `Nadia ${tag()}` })
    const second = await person({ name: `Nadia ${tag()}` })
    await db.$transaction((tx) => claimCnic(tx, first.id, cnic.replace(/-/g, '')))
    await db.$transaction((tx) => claimCnic(tx, second.id, cnic))
    await db.$transaction((tx) => claimCnic(tx, first.id, 'not a cnic'))
    expect((await db.user.findUniqueOrThrow({ where: { id: first.id } })).cnic).toBe(cnic)
    expect((await db.user.findUniqueOrThrow({ where: { id: second.id } })).cnic).toBeNull()
    const cycle = await makeCycle({ status: 'RECRUITING' })
    await makeApplication(cycle.id, { applicantId: second.id, answers: { fullName: second.name, cnic } })
    const [app] = (await personHistory(staff, second.id)).applications
    expect(app.cnicClash).toBe(`${cnic.slice(0, 5)}-*******-4`)
    expect((await searchPeople(staff, cnic)).rows.map((r) => r.id)).toEqual([first.id])
  })
})
