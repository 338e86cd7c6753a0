// The seeded cohorts' fellowships, cycle 7's ranked preferences, and every fellow's placement.
import type { Prisma } from '@prisma/client'
import * as D from './data'
import { addDays, addHours, between, day, fKey, insertMany, rngFor, shuffled, sid, type IdOf, type SeedContext } from './helpers'
import { cohortOf, type Cohort } from './cohorts'
import type { ProjectIdOf } from './projects'

export type FellowshipIdOf = (email: string, cycleKey: string) => string | undefined

/** Writes the fellowships; returns their ids, all and by (email, cycle key). */
export async function seedFellowships({ prisma, count }: SeedContext, cohorts: Cohort[], uid: IdOf, cycleIds: Map<string, string>) {
  const cid: IdOf = (key) => cycleIds.get(key)
  const fellowshipRows: Prisma.FellowshipCreateManyInput[] = []
  for (const c of cohorts) {
    const cycleId = cid(c.cycleKey)
    if (!cycleId) continue
    for (const m of c.members) {
      const userId = uid(m.email)
      if (!userId) continue
      fellowshipRows.push({
        id: sid('fellowship', fKey(m.email, c.cycleKey)),
        userId,
        cycleId,
        status: c.status,
        startedAt: c.start,
        endedAt: c.status === 'COMPLETED' ? c.end : null,
        createdAt: c.publishedAt,
      })
    }
  }
  count('Fellowship', await insertMany(fellowshipRows, (data) => prisma.fellowship.createMany({ data, skipDuplicates: true })))
  const fellowships = await prisma.fellowship.findMany({
    where: { cycleId: { in: [...cycleIds.values()] }, userId: { in: fellowshipRows.map((f) => f.userId) } },
    select: { id: true, userId: true, cycleId: true },
  })
  const fellowshipIds = new Map(fellowships.map((f) => [`${f.userId}|${f.cycleId}`, f.id]))
  const fid: FellowshipIdOf = (email, cycleKey) => {
    const userId = uid(email)
    const cycleId = cid(cycleKey)
    return userId && cycleId ? fellowshipIds.get(`${userId}|${cycleId}`) : undefined
  }
  return { fellowshipIds, fid }
}

/** Cycle 7 fellows ranked three projects; the placement is at the rank they obtained. */
export async function seedPreferences({ prisma, count }: SeedContext, cohorts: Cohort[], fid: FellowshipIdOf, pid: ProjectIdOf) {
  const prefRows: Prisma.FellowPreferenceCreateManyInput[] = []
  const rp = rngFor('preferences-c7')
  for (const m of cohortOf(cohorts, 'kp-7').members) {
    const fellowshipId = fid(m.email, 'kp-7')
    if (!fellowshipId) continue
    const others = shuffled(
      rp,
      D.CYCLE7_PROJECTS.filter((p) => p.title !== m.project.title),
    ).slice(0, 2)
    const ranked: D.ProjectSeed[] = [...others]
    ranked.splice(m.rank - 1, 0, m.project)
    ranked.slice(0, 3).forEach((p, i) => {
      const projectId = pid('kp-7', p.title)
      if (!projectId) return
      prefRows.push({
        id: sid('preference', fKey(m.email, 'kp-7'), i + 1),
        fellowshipId,
        projectId,
        rank: i + 1,
        reason: i === 0 ? `I want to work on ${p.skills[0].toLowerCase()} for a department that serves citizens directly.` : null,
        createdAt: addHours(day('2021-09-20'), between(rp, 3, 14)),
      })
    })
  }
  count('FellowPreference', await insertMany(prefRows, (data) => prisma.fellowPreference.createMany({ data, skipDuplicates: true })))
}

export async function seedPlacements(
  { prisma, count }: SeedContext,
  cohorts: Cohort[],
  fellowshipIds: Map<string, string>,
  fid: FellowshipIdOf,
  pid: ProjectIdOf,
) {
  const placed = new Set(
    (await prisma.placement.findMany({ where: { fellowshipId: { in: [...fellowshipIds.values()] } }, select: { fellowshipId: true } })).map(
      (p) => p.fellowshipId,
    ),
  )
  const placementRows: Prisma.PlacementCreateManyInput[] = []
  for (const c of cohorts)
    for (const m of c.members) {
      const fellowshipId = fid(m.email, c.cycleKey)
      const projectId = pid(c.cycleKey, m.project.title)
      if (!fellowshipId || !projectId || placed.has(fellowshipId)) continue
      const ended = c.status === 'COMPLETED'
      placementRows.push({
        id: sid('placement', fKey(m.email, c.cycleKey)),
        fellowshipId,
        projectId,
        status: ended ? 'ENDED' : 'ACTIVE',
        rankObtained: m.rank,
        explanation:
          m.rank === 1
            ? 'Placed on your first choice.'
            : `Placed on your choice #${m.rank}: the seats on your higher choices went to fellows those departments ranked higher.`,
        startDate: c.start,
        endDate: ended ? c.end : null,
        endReason: ended ? 'Fellowship completed' : null,
        publishedAt: c.publishedAt,
        createdAt: addDays(c.publishedAt, -2),
      })
    }
  count('Placement', await insertMany(placementRows, (data) => prisma.placement.createMany({ data, skipDuplicates: true })))
}
