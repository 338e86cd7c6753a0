// Builders for placement tests: a cycle with departments taking part, their projects, fellows
// with viewers, and an open or closed preference window.
import type { ProjectStatus } from '@prisma/client'
import { getDb } from '../../lib/server/db'
import { makeCycle, makeDepartment, makeUser, viewerOf } from './factories'

export async function joinCycle(cycleId: string, departmentId: string, seatsRequested = 2) {
  const db = await getDb()
  return db.cycleDepartment.create({ data: { cycleId, departmentId, seatsRequested } })
}

/** A department taking part in the cycle, with one partner account. */
export async function makePartnerIn(cycleId: string) {
  const dept = await makeDepartment()
  await joinCycle(cycleId, dept.id)
  const user = await makeUser('PARTNER', { departmentId: dept.id })
  return { dept, partner: viewerOf(user) }
}

export async function makeProject(
  cycleId: string,
  departmentId: string,
  over: Partial<{ seats: number; status: ProjectStatus; title: string }> = {},
) {
  const db = await getDb()
  return db.project.create({
    data: {
      cycleId,
      departmentId,
      title: over.title ?? `Project ${Math.random().toString(36).slice(2, 8)}`,
      problemStatement: 'Paper registers nobody can search.',
      seats: over.seats ?? 1,
      status: over.status ?? 'APPROVED',
    },
  })
}

export async function makeFellowIn(cycleId: string, name?: string) {
  const db = await getDb()
  const user = await makeUser('FELLOW', name ? { name } : {})
  const fellowship = await db.fellowship.create({ data: { userId: user.id, cycleId, status: 'ACTIVE' } })
  return { user, viewer: viewerOf(user), fellowship }
}

export async function setWindow(cycleId: string, state: 'open' | 'closed' | 'upcoming') {
  const db = await getDb()
  const day = 86_400_000
  const now = Date.now()
  const [opens, closes] =
    state === 'open' ? [now - day, now + day] : state === 'closed' ? [now - 2 * day, now - day] : [now + day, now + 2 * day]
  return db.cycle.update({ where: { id: cycleId }, data: { preferenceOpensAt: new Date(opens), preferenceClosesAt: new Date(closes) } })
}

export async function rank(fellowshipId: string, projectIds: string[]) {
  const db = await getDb()
  await db.fellowPreference.deleteMany({ where: { fellowshipId } })
  await db.fellowPreference.createMany({ data: projectIds.map((projectId, i) => ({ fellowshipId, projectId, rank: i + 1 })) })
}

/** A cycle in PLACING with one department, its partner, and an open preference window. */
export async function makePlacingCycle() {
  const cycle = await makeCycle({ status: 'PLACING' })
  await setWindow(cycle.id, 'open')
  const { dept, partner } = await makePartnerIn(cycle.id)
  return { cycle, dept, partner }
}
