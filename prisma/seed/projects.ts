// The demo seed's projects: every cycle's, with the status each has reached.
import type { Prisma } from '@prisma/client'
import * as D from './data'
import { day, insertMany, notNull, pKey, sid, type IdOf, type SeedContext } from './helpers'
import type { DeptOf } from './departments'

export interface ProjectSpec {
  key: string
  cycleKey: string
  seed: D.ProjectSeed
  status: 'DRAFT' | 'PROPOSED' | 'RETURNED' | 'APPROVED' | 'COMPLETED'
  reviewNote?: string
  createdAt: Date
}

export function buildProjects(): ProjectSpec[] {
  const out: ProjectSpec[] = []
  const add = (cycleKey: string, seeds: D.ProjectSeed[], status: ProjectSpec['status'], createdAt: Date) =>
    seeds.forEach((seed) => out.push({ key: pKey(cycleKey, seed.title), cycleKey, seed, status, createdAt }))
  for (const c of D.PAST_KP_CYCLES) add(`kp-${c.number}`, c.projects, 'COMPLETED', day(`${c.year}-08-01`))
  add('kp-7', D.CYCLE7_PROJECTS, 'APPROVED', day('2021-08-16'))
  add('nih-1', D.NIH_PROJECTS, 'COMPLETED', day('2021-01-05'))
  add('women-1', D.INTERNSHIP_PROJECTS, 'APPROVED', day('2021-11-01'))
  for (const p of D.CYCLE8_PROJECTS)
    out.push({
      key: pKey('kp-8', p.title),
      cycleKey: 'kp-8',
      seed: p,
      status: p.status,
      reviewNote: p.reviewNote,
      createdAt: day('2026-10-20'),
    })
  return out
}

export type ProjectIdOf = (cycleKey: string, title: string) => string | undefined

/** Writes the projects not there yet; returns projects' ids by (cycle key, title). */
export async function seedProjects(
  { prisma, count }: SeedContext,
  projectSpecs: ProjectSpec[],
  cycleIds: Map<string, string>,
  deptOf: DeptOf,
  focalOf: DeptOf,
  partnerOf: DeptOf,
): Promise<ProjectIdOf> {
  const cid: IdOf = (key) => cycleIds.get(key)
  const seededCycleIds = [...cycleIds.values()]
  const projectRows = projectSpecs
    .map((p): Prisma.ProjectCreateManyInput | null => {
      const cycleId = cid(p.cycleKey)
      const departmentId = deptOf(p.seed.dept)
      if (!cycleId || !departmentId) return null
      return {
        id: sid('project', p.key),
        cycleId,
        departmentId,
        title: p.seed.title,
        titleUr: p.seed.titleUr ?? null,
        problemStatement: p.seed.problemStatement,
        problemStatementUr: p.seed.problemStatementUr ?? null,
        expectedOutcomes: p.seed.expectedOutcomes ?? null,
        skillsNeeded: p.seed.skills,
        seats: p.seed.seats,
        focalContactId: focalOf(p.seed.dept) ?? null,
        proposedById: partnerOf(p.seed.dept) ?? null,
        status: p.status,
        reviewNote: p.reviewNote ?? null,
        summary: p.seed.summary ?? null,
        createdAt: p.createdAt,
      }
    })
    .filter(notNull)
  const existingProjects = await prisma.project.findMany({
    where: { OR: [{ cycleId: { in: seededCycleIds } }, { id: { in: projectRows.map((p) => p.id!) } }] },
    select: { id: true, cycleId: true, title: true },
  })
  // Look up by (cycle, title): the table has no unique key for it, so never insert a second row with the same title.
  const byTitle = new Map(existingProjects.map((p) => [`${p.cycleId}|${p.title}`, p.id]))
  const byId = new Set(existingProjects.map((p) => p.id))
  const newProjects = projectRows.filter((p) => !byTitle.has(`${p.cycleId}|${p.title}`) && !byId.has(p.id!))
  count('Project', await insertMany(newProjects, (data) => prisma.project.createMany({ data, skipDuplicates: true })))
  for (const p of newProjects) byId.add(p.id!)
  const projectIds = new Map<string, string>()
  for (const p of projectSpecs) {
    const cycleId = cid(p.cycleKey)
    const id = byTitle.get(`${cycleId}|${p.seed.title}`) ?? (byId.has(sid('project', p.key)) ? sid('project', p.key) : undefined)
    if (id) projectIds.set(p.key, id)
  }
  return (cycleKey, title) => projectIds.get(pKey(cycleKey, title))
}
