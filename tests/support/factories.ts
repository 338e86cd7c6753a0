// Builders for test data, and the viewer for a user, so tests call domain functions directly.
import { randomUUID } from 'node:crypto'
import type { Role } from '@prisma/client'
import { getDb } from '../../lib/server/db'
import type { Viewer } from '../../lib/auth/viewer'

let n = 0
const uniq = () => `${++n}-${randomUUID().slice(0, 8)}`

export function viewerOf(u: { id: string; role: Role; departmentId: string | null; name: string; email: string }): Viewer {
  return { userId: u.id, role: u.role, departmentId: u.departmentId, name: u.name, email: u.email }
}

export async function makeDepartment(over: Partial<{ name: string }> = {}) {
  const db = await getDb()
  return db.department.create({ data: { name: over.name ?? `Department ${uniq()}`, level: 'PROVINCIAL', province: 'Khyber Pakhtunkhwa' } })
}

export async function makeUser(
  role: Role,
  over: Partial<{ email: string; name: string; departmentId: string | null; passwordHash: string | null; active: boolean }> = {},
) {
  const db = await getDb()
  let departmentId = over.departmentId ?? null
  if (role === 'PARTNER' && over.departmentId === undefined) departmentId = (await makeDepartment()).id
  return db.user.create({
    data: {
      email: over.email ?? `${role.toLowerCase()}-${uniq()}@test.pk`,
      name: over.name ?? `${role} ${uniq()}`,
      role,
      departmentId,
      passwordHash: over.passwordHash ?? null,
      active: over.active ?? true,
      emailVerifiedAt: new Date(),
    },
  })
}

export async function makeViewer(role: Role, over: Parameters<typeof makeUser>[1] = {}) {
  return viewerOf(await makeUser(role, over))
}

export async function makeProgramme(over: Partial<{ slug: string; name: string }> = {}) {
  const db = await getDb()
  const id = uniq()
  return db.programme.create({
    data: {
      slug: over.slug ?? `programme-${id}`,
      name: over.name ?? `Programme ${id}`,
      kind: 'FELLOWSHIP',
      level: 'PROVINCIAL',
      description: 'A test programme',
      durationMonths: 12,
    },
  })
}

export async function makeCycle(
  over: Partial<{
    programmeId: string
    number: number
    status: 'PLANNING' | 'RECRUITING' | 'SELECTING' | 'PLACING' | 'ACTIVE' | 'COMPLETED'
    applicationsOpenAt: Date
    applicationsCloseAt: Date
    startDate: Date
    endDate: Date
  }> = {},
) {
  const db = await getDb()
  const programmeId = over.programmeId ?? (await makeProgramme()).id
  return db.cycle.create({
    data: {
      programmeId,
      number: over.number ?? ++n,
      name: `Cycle ${n}`,
      status: over.status ?? 'PLANNING',
      targetFellowCount: 20,
      applicationsOpenAt: over.applicationsOpenAt,
      applicationsCloseAt: over.applicationsCloseAt,
      startDate: over.startDate,
      endDate: over.endDate,
    },
  })
}
