// The latest matching run of a cycle as staff review it, with names for every id it holds.
import 'server-only'
import { getDb } from '../../server/db'
import { assertCan } from '../../auth/policy'
import { notFound } from '../../server/errors'
import type { Viewer } from '../../auth/viewer'
import { readRun } from '../match-input'
import { buildMatchView } from '../match-view'

export async function getMatchView(viewer: Viewer, cycleId: string) {
  assertCan(viewer, 'matching:run')
  const db = await getDb()
  const cycle = await db.cycle.findUnique({
    where: { id: cycleId },
    select: { id: true, name: true, preferenceOpensAt: true, preferenceClosesAt: true },
  })
  if (!cycle) throw notFound()
  const run = await db.matchRun.findFirst({
    where: { cycleId, status: { not: 'DISCARDED' } },
    orderBy: { createdAt: 'desc' },
    select: {
      id: true,
      status: true,
      proposing: true,
      createdAt: true,
      publishedAt: true,
      result: true,
      createdBy: { select: { name: true } },
    },
  })
  if (!run) return { cycle, run: null }
  const stored = readRun(run.result)
  const placements = await db.placement.findMany({
    where: { matchRunId: run.id },
    select: { id: true, fellowshipId: true, projectId: true, rankObtained: true, explanation: true, status: true },
  })
  // A published run's placements may since have been transferred or ended: the view shows the
  // proposal as published, so every placement the run created counts.
  const view = buildMatchView(stored, placements)
  const [fellows, projects] = await Promise.all([
    db.fellowship.findMany({
      where: { id: { in: stored.input.fellows.map((f) => f.id) } },
      select: { id: true, user: { select: { name: true } } },
    }),
    db.project.findMany({
      where: { cycleId, status: 'APPROVED' },
      orderBy: [{ department: { name: 'asc' } }, { title: 'asc' }],
      select: { id: true, title: true, titleUr: true, seats: true, department: { select: { name: true, nameUr: true } } },
    }),
  ])
  const names = Object.fromEntries(fellows.map((f) => [f.id, f.user.name]))
  const runInfo = {
    id: run.id,
    status: run.status,
    proposing: run.proposing,
    createdAt: run.createdAt,
    publishedAt: run.publishedAt,
    createdBy: run.createdBy,
  }
  return { cycle, run: runInfo, view, names, projects }
}
