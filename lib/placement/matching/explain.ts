// Builds the public MatchResult (assignments with reasons, byProject, stats) from a raw matching.

import type { MatchOf } from './deferred-acceptance'
import { type Instance, projectRank } from './normalize'
import type { Assignment, MatchResult, MatchStats, Reason } from './types'

// Relies on the matching being stable: then every project a fellow preferred to its outcome either
// rejected it (marked unacceptable) or is full with fellows it ranks higher, so "not unacceptable"
// is the same as "full". Capacity-0 projects count as full, which is what a fellow should be told.
function reasonFor(inst: Instance, f: number, p: number): Reason {
  const prefs = inst.fellowPrefs[f]
  if (p !== -1 && prefs[0] === p) return { kind: 'first-choice' }
  if (p === -1 && prefs.length === 0) return { kind: 'unplaced', reason: 'no-preferences' }
  const stop = p === -1 ? prefs.length : inst.fellowRank[f].get(p)!
  const fullerChoices: string[] = []
  const unacceptableAt: string[] = []
  for (let i = 0; i < stop; i++) {
    const q = prefs[i]
    ;(inst.projectBanned[q].has(f) ? unacceptableAt : fullerChoices).push(inst.projectIds[q])
  }
  if (p !== -1) return { kind: 'placed-lower', rank: stop + 1, fullerChoices, unacceptableAt }
  const reason = fullerChoices.length === 0 ? 'all-unacceptable' : unacceptableAt.length === 0 ? 'all-full' : 'mixed'
  return { kind: 'unplaced', reason }
}

export function buildResult(inst: Instance, matchOf: MatchOf): MatchResult {
  const F = inst.fellowIds.length
  const members: number[][] = inst.projectIds.map(() => [])
  const assignments: Assignment[] = []
  const rankHistogram: Record<number, number> = {}
  let placed = 0
  let top1 = 0
  let top2 = 0

  for (let f = 0; f < F; f++) {
    const p = matchOf[f]
    const rank = p === -1 ? null : inst.fellowRank[f].get(p)! + 1
    if (rank !== null) {
      members[p].push(f)
      placed++
      if (rank === 1) top1++
      if (rank <= 2) top2++
      rankHistogram[rank] = (rankHistogram[rank] ?? 0) + 1
    }
    assignments.push({
      fellowId: inst.fellowIds[f],
      projectId: p === -1 ? null : inst.projectIds[p],
      rank,
      reason: reasonFor(inst, f, p),
    })
  }

  // Object.fromEntries defines own properties, so an id like "__proto__" cannot hit the prototype.
  const byProject: Record<string, string[]> = Object.fromEntries(
    members.map((list, p) => {
      const ordered = list
        .map((f) => [projectRank(inst, p, f), f] as const)
        .sort((a, b) => a[0] - b[0])
        .map(([, f]) => inst.fellowIds[f])
      return [inst.projectIds[p], ordered]
    }),
  )

  let seats = 0
  for (const c of inst.capacity) seats += c
  const stats: MatchStats = {
    fellows: F,
    placed,
    unplaced: F - placed,
    top1Share: F === 0 ? 0 : top1 / F,
    top2Share: F === 0 ? 0 : top2 / F,
    seats,
    unfilledSeats: seats - placed,
    rankHistogram,
  }
  return { assignments, byProject, stats }
}
