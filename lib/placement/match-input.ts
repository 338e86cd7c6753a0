// Builds the matcher's input for a cycle from the database, and reads it back from a run.
// A run stores the exact input it used, so stability warnings after hand adjustments are
// judged against the preferences the matching saw, not ones edited since.
import type { Prisma } from '@prisma/client'
import type { Tx } from '../server/tx'
import type { Assignment, MatchInput } from './matching'

export interface StoredRun {
  input: MatchInput
  assignments: Assignment[]
}

/**
 * Fellows: the cycle's active fellows who have no active placement. Projects: the approved
 * ones, with the seats that active placements have not taken. So the first run places the
 * whole cohort, and a later run (a late joiner, an ended placement) fills what is left.
 */
export async function loadMatchInput(tx: Tx, cycleId: string, proposing: 'fellow' | 'project'): Promise<MatchInput> {
  const [fellowships, projects] = await Promise.all([
    tx.fellowship.findMany({
      where: { cycleId, status: 'ACTIVE', placements: { none: { status: 'ACTIVE' } } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: { id: true, preferences: { orderBy: { rank: 'asc' }, select: { projectId: true } } },
    }),
    tx.project.findMany({
      where: { cycleId, status: 'APPROVED' },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: {
        id: true,
        seats: true,
        _count: { select: { placements: { where: { status: 'ACTIVE' } } } },
        partnerPreferences: { select: { fellowshipId: true, rank: true, acceptable: true } },
      },
    }),
  ])
  const approved = new Set(projects.map((p) => p.id))
  const inRun = new Set(fellowships.map((f) => f.id))
  return {
    proposing,
    // Seeded by the cycle: running again on unchanged preferences gives the same proposal.
    tieBreakSeed: cycleId,
    fellows: fellowships.map((f) => ({ id: f.id, prefs: f.preferences.map((p) => p.projectId).filter((id) => approved.has(id)) })),
    projects: projects.map((p) => {
      const mine = p.partnerPreferences.filter((pp) => inRun.has(pp.fellowshipId))
      return {
        id: p.id,
        capacity: Math.max(0, p.seats - p._count.placements),
        prefs: mine
          .filter((pp) => pp.acceptable && pp.rank !== null)
          .sort((a, b) => a.rank! - b.rank!)
          .map((pp) => pp.fellowshipId),
        unacceptable: mine.filter((pp) => !pp.acceptable).map((pp) => pp.fellowshipId),
      }
    }),
  }
}

/** Plain data (ids, numbers, strings) as a JSON column value. */
export function toJson(v: StoredRun | object): Prisma.InputJsonValue {
  return v as unknown as Prisma.InputJsonValue
}

/** Reads a run's stored JSON defensively: an unreadable run behaves as an empty one. */
export function readRun(json: Prisma.JsonValue): StoredRun {
  const v = (json ?? {}) as Partial<StoredRun>
  const input = v.input && Array.isArray(v.input.fellows) && Array.isArray(v.input.projects) ? v.input : { fellows: [], projects: [] }
  return { input, assignments: Array.isArray(v.assignments) ? v.assignments : [] }
}
