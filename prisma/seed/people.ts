// The demo seed's people: the invented fellows and applicants (planned without the database),
// the demo accounts (always repaired so their sign-in buttons work) and every other user.
import type { Gender, Prisma, PrismaClient, Role } from '@prisma/client'
import { verifyPassword } from '../../lib/auth/password'
import { DEMO_PASSWORD, demoAccounts } from '../../lib/demo'
import type { RoleName } from '../../lib/auth/roles'
import * as D from './data'
import {
  addHours,
  at,
  between,
  day,
  digits,
  insertMany,
  pick,
  rngFor,
  sid,
  shuffled,
  type Count,
  type IdOf,
  type Rng,
  type SeedContext,
} from './helpers'
import type { Cohort } from './cohorts'
import { CYCLE_CREATED } from './cycles'

export interface Person {
  email: string
  name: string
  gender: Gender
  district: string
  phone: string
  cnic: string
}

const DEMO_PROFILE: Record<RoleName, { gender: Gender; district: string }> = {
  ADMIN: { gender: 'FEMALE', district: 'Islamabad' },
  STAFF: { gender: 'FEMALE', district: 'Karak' },
  REVIEWER: { gender: 'MALE', district: 'Khyber' },
  FELLOW: { gender: 'FEMALE', district: 'Swat' },
  PARTNER: { gender: 'MALE', district: 'Peshawar' },
  APPLICANT: { gender: 'FEMALE', district: 'Shangla' },
}

export const demo = (role: RoleName) => demoAccounts.find((a) => a.role === role)!

function peopleMaker() {
  const usedNames = new Set<string>([
    ...demoAccounts.map((a) => a.name),
    ...D.STAFF_USERS.map((s) => s.name),
    ...D.DEPARTMENTS.map((d) => d.partner.name),
  ])
  const usedEmails = new Set<string>()
  return (r: Rng, sex: D.Sex, district: string, remote = false): Person => {
    for (;;) {
      const first = pick(r, sex === 'FEMALE' ? D.FEMALE_FIRST : D.MALE_FIRST)
      const last = pick(r, sex === 'FEMALE' && remote && r() < 0.6 ? D.FEMALE_SECOND : D.SURNAMES)
      const name = `${first} ${last}`
      if (usedNames.has(name)) continue
      usedNames.add(name)
      const base = `${first.toLowerCase().replace(/[^a-z]/g, '')}.${last.toLowerCase().replace(/[^a-z]/g, '')}`
      let email = `${base}@mail.example`
      for (let n = 2; usedEmails.has(email); n++) email = `${base}${n}@mail.example`
      usedEmails.add(email)
      const phone = `03${pick(r, ['00', '01', '05', '11', '13', '15', '21', '33', '34', '45', '47'])}-${digits(r, 7)}`
      // The last CNIC digit is odd for men and even for women.
      const last1 = sex === 'FEMALE' ? pick(r, [0, 2, 4, 6, 8]) : pick(r, [1, 3, 5, 7, 9])
      const cnic = `1${between(r, 1101, 7399)}-${digits(r, 7)}-${last1}`
      return { email, name, gender: sex, district, phone, cnic }
    }
  }
}

export type PeoplePlan = ReturnType<typeof planPeople>

/** Everyone the seed invents, in a fixed order: the names drawn depend on who came before. */
export function planPeople() {
  const person = peopleMaker()
  const r7 = rngFor('people-c7')
  const c7People = [
    { email: demo('FELLOW').email, name: demo('FELLOW').name },
    ...Array.from({ length: 19 }, () => person(r7, r7() < 0.4 ? 'FEMALE' : 'MALE', pick(r7, D.KP_APPLICANT_DISTRICTS))),
  ]
  const rw = rngFor('people-women')
  const womenDistricts = shuffled(rw, D.REMOTE_DISTRICTS)
  const women = Array.from({ length: 10 }, (_, i) => person(rw, 'FEMALE', womenDistricts[i], true))
  const rn = rngFor('people-nih')
  const nih = Array.from({ length: 6 }, () => person(rn, rn() < 0.5 ? 'FEMALE' : 'MALE', pick(rn, D.FEDERAL_DISTRICTS)))
  const past = D.PAST_KP_CYCLES.map((c) => {
    const rp = rngFor(`people-kp-${c.number}`)
    const n = c.projects.reduce((s, p) => s + p.seats, 0)
    return Array.from({ length: n }, () => person(rp, rp() < 0.3 ? 'FEMALE' : 'MALE', pick(rp, D.KP_APPLICANT_DISTRICTS)))
  })
  const ra = rngFor('people-applicants')
  const hira = demo('APPLICANT')
  const applicants: Person[] = [
    { email: hira.email, name: hira.name, gender: 'FEMALE', district: 'Shangla', phone: '0345-7719204', cnic: '15301-4471902-8' },
    ...Array.from({ length: 39 }, (_, i) => {
      const p = person(ra, ra() < 0.45 ? 'FEMALE' : 'MALE', pick(ra, D.KP_APPLICANT_DISTRICTS))
      return i === 17 ? { ...p, gender: 'UNDISCLOSED' as const } : p
    }),
  ]
  return { c7People, women, nih, past, applicants }
}

/** Writes the staff, partner, fellow and applicant users; returns their ids by email. */
export async function seedUsers(
  { prisma, count, log }: SeedContext,
  people: PeoplePlan,
  cohorts: Cohort[],
  deptOf: (k: D.DeptKey) => string | undefined,
  demoHash: () => Promise<string>,
): Promise<IdOf> {
  await ensureDemoAccounts(prisma, deptOf('health'), demoHash, count, log)

  const userRows: Prisma.UserCreateManyInput[] = []
  const addUser = (u: Omit<Prisma.UserCreateManyInput, 'id' | 'passwordHash'>) => userRows.push({ ...u, id: sid('user', u.email) })
  const staffSince = at('2020-01-15T05:00:00Z')
  for (const s of D.STAFF_USERS)
    addUser({
      email: s.email,
      name: s.name,
      role: s.role,
      gender: s.gender,
      district: s.district,
      emailVerifiedAt: staffSince,
      createdAt: staffSince,
    })
  for (const d of D.DEPARTMENTS) {
    if (d.partner.email === demo('PARTNER').email) continue
    const since = d.key === 'nih' ? at('2020-12-01T05:00:00Z') : at('2021-07-01T05:00:00Z')
    addUser({
      email: d.partner.email,
      name: d.partner.name,
      role: 'PARTNER',
      gender: d.partner.gender,
      departmentId: deptOf(d.key),
      district: d.key === 'nih' ? 'Islamabad' : 'Peshawar',
      emailVerifiedAt: since,
      createdAt: since,
    })
  }
  const allPeople: Person[] = [...(people.c7People.slice(1) as Person[]), ...people.women, ...people.nih, ...people.past.flat()]
  const personCycle = new Map<string, string>()
  for (const c of cohorts) for (const m of c.members) personCycle.set(m.email, c.cycleKey)
  for (const p of allPeople) {
    const since = addHours(CYCLE_CREATED[personCycle.get(p.email)!], 6)
    addUser({
      email: p.email,
      name: p.name,
      role: 'FELLOW',
      gender: p.gender,
      district: p.district,
      phone: p.phone,
      emailVerifiedAt: addHours(since, 1),
      createdAt: since,
    })
  }
  const ru = rngFor('applicant-accounts')
  for (const p of people.applicants.slice(1)) {
    const since = addHours(day(`2026-11-${String(between(ru, 1, 12)).padStart(2, '0')}`), between(ru, 3, 16))
    addUser({
      email: p.email,
      name: p.name,
      role: 'APPLICANT',
      gender: p.gender,
      district: p.district,
      phone: p.phone,
      emailVerifiedAt: addHours(since, 1),
      createdAt: since,
    })
  }
  const existingUsers = await prisma.user.findMany({ where: { email: { in: userRows.map((u) => u.email) } }, select: { email: true } })
  const have = new Set(existingUsers.map((u) => u.email))
  const missingUsers = userRows.filter((u) => !have.has(u.email))
  if (missingUsers.length) {
    const passwordHash = await demoHash()
    count(
      'User',
      await insertMany(
        missingUsers.map((u) => ({ ...u, passwordHash })),
        (data) => prisma.user.createMany({ data, skipDuplicates: true }),
      ),
    )
  }
  const allEmails = [...demoAccounts.map((a) => a.email), ...userRows.map((u) => u.email)]
  const users = await prisma.user.findMany({ where: { email: { in: allEmails } }, select: { id: true, email: true } })
  const userIds = new Map(users.map((u) => [u.email, u.id]))
  return (email: string) => userIds.get(email)
}

/** The demo accounts must always sign in with DEMO_PASSWORD under their documented role. */
async function ensureDemoAccounts(
  prisma: PrismaClient,
  healthId: string | undefined,
  demoHash: () => Promise<string>,
  count: Count,
  log: (s: string) => void,
) {
  const existing = await prisma.user.findMany({
    where: { email: { in: demoAccounts.map((a) => a.email) } },
    select: { id: true, email: true, name: true, role: true, active: true, emailVerifiedAt: true, passwordHash: true, departmentId: true },
  })
  const verified = new Map<string, boolean>()
  const since = at('2026-10-01T05:00:00Z')
  for (const a of demoAccounts) {
    const departmentId = a.role === 'PARTNER' ? (healthId ?? null) : null
    const profile = DEMO_PROFILE[a.role]
    const row = existing.find((u) => u.email === a.email)
    if (!row) {
      await prisma.user.create({
        data: {
          email: a.email,
          name: a.name,
          role: a.role as Role,
          passwordHash: await demoHash(),
          departmentId,
          gender: profile.gender,
          district: profile.district,
          emailVerifiedAt: since,
          createdAt: since,
        },
      })
      count('User', 1)
      continue
    }
    let passwordOk = false
    if (row.passwordHash) {
      if (!verified.has(row.passwordHash)) verified.set(row.passwordHash, await verifyPassword(DEMO_PASSWORD, row.passwordHash))
      passwordOk = verified.get(row.passwordHash)!
    }
    const data: Prisma.UserUpdateInput = {}
    if (row.name !== a.name) data.name = a.name
    if (row.role !== a.role) {
      data.role = a.role as Role
      data.sessionVersion = { increment: 1 }
    }
    if (!row.active) data.active = true
    if (!row.emailVerifiedAt) data.emailVerifiedAt = since
    if (!passwordOk) data.passwordHash = await demoHash()
    if (a.role === 'PARTNER' && departmentId && row.departmentId !== departmentId) data.department = { connect: { id: departmentId } }
    if (Object.keys(data).length) {
      await prisma.user.update({ where: { id: row.id }, data })
      log(`seed: repaired demo account ${a.email} (${Object.keys(data).join(', ')})`)
    }
  }
}
