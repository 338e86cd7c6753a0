// The proposal as staff review it: one row per fellow of the run with their current project,
// the rank they got and why, plus the figures and stability recomputed after hand changes.
import { findBlockingPairs } from './matching'
import type { StoredRun } from './match-input'
import { parseReason, reasonFromMatch, type PlacementReason } from './text'

export interface RunPlacement {
  id: string
  fellowshipId: string
  projectId: string
  rankObtained: number | null
  explanation: string | null
}

export interface MatchRow {
  fellowshipId: string
  placementId: string | null
  projectId: string | null
  rank: number | null
  reason: PlacementReason | null
  /** Projects the fellow ranked, in order, as the matching saw them. */
  prefs: string[]
}

export interface ProjectLoad {
  projectId: string
  capacity: number
  placed: number
}

export function buildMatchView(stored: StoredRun, placements: RunPlacement[]) {
  const byFellow = new Map(placements.map((p) => [p.fellowshipId, p]))
  const original = new Map(stored.assignments.map((a) => [a.fellowId, a]))
  const rows: MatchRow[] = stored.input.fellows.map((f) => {
    const p = byFellow.get(f.id)
    if (p)
      return {
        fellowshipId: f.id,
        placementId: p.id,
        projectId: p.projectId,
        rank: p.rankObtained,
        reason: parseReason(p.explanation),
        prefs: f.prefs,
      }
    const a = original.get(f.id)
    // Placed by the matching but not any more: staff took the fellow out by hand.
    const reason: PlacementReason | null = !a ? null : a.projectId ? { kind: 'removed' } : reasonFromMatch(a.reason, f.prefs)
    return { fellowshipId: f.id, placementId: null, projectId: null, rank: null, reason, prefs: f.prefs }
  })

  const loads: ProjectLoad[] = stored.input.projects.map((p) => ({
    projectId: p.id,
    capacity: Math.max(0, Math.floor(p.capacity)),
    placed: rows.filter((r) => r.projectId === p.id).length,
  }))
  const fellows = rows.length
  const placed = rows.filter((r) => r.projectId).length
  const share = (n: number) => (fellows === 0 ? 0 : n / fellows)
  const stats = {
    fellows,
    placed,
    unplaced: fellows - placed,
    top1Share: share(rows.filter((r) => r.rank === 1).length),
    top2Share: share(rows.filter((r) => r.rank !== null && r.rank <= 2).length),
    seats: loads.reduce((s, l) => s + l.capacity, 0),
    unfilledSeats: loads.reduce((s, l) => s + Math.max(0, l.capacity - l.placed), 0),
  }
  const assignment = new Map(rows.map((r) => [r.fellowshipId, r.projectId]))
  const blockingPairs = findBlockingPairs(stored.input, assignment)
  const overCapacity = loads.filter((l) => l.placed > l.capacity).map((l) => l.projectId)
  return { rows, loads, stats, blockingPairs, overCapacity }
}

export type MatchView = ReturnType<typeof buildMatchView>
