// Audits an arbitrary (e.g. manually adjusted) assignment: blocking pairs and hard-constraint violations.

import { type Instance, isAcceptable, normalise, projectRank } from './normalize'
import type { AssignmentCheck, MatchInput } from './types'

const UNKNOWN_PROJECT = -2

// Reads the map in fellow input order so output order never depends on Map insertion order.
// Entries for unknown fellows are ignored; fellows missing from the map count as unassigned.
function readAssignment(inst: Instance, byFellow: Map<string, string | null>): Int32Array {
  const matchOf = new Int32Array(inst.fellowIds.length).fill(-1)
  inst.fellowIds.forEach((id, f) => {
    const pid = byFellow.get(id)
    if (pid === null || pid === undefined) return
    matchOf[f] = inst.projectIndex.get(pid) ?? UNKNOWN_PROJECT
  })
  return matchOf
}

/**
 * Each side judges by its own preferences: a fellow ranks projects it did not list below being
 * unplaced, and a project ranks fellows it marked unacceptable below an empty seat. So a fellow
 * parked somewhere invalid is "free" for the purpose of blocking, which is what makes the result
 * useful after manual edits.
 */
export function findBlockingPairs(input: MatchInput, byFellow: Map<string, string | null>): { fellowId: string; projectId: string }[] {
  const inst = normalise(input)
  const matchOf = readAssignment(inst, byFellow)
  const P = inst.projectIds.length
  const count = new Int32Array(P)
  const worst = new Float64Array(P).fill(-1)
  matchOf.forEach((p, f) => {
    if (p < 0) return
    count[p]++
    const key = inst.projectBanned[p].has(f) ? Infinity : projectRank(inst, p, f)
    if (key > worst[p]) worst[p] = key
  })

  const pairs: { fellowId: string; projectId: string }[] = []
  inst.fellowPrefs.forEach((prefs, f) => {
    const current = matchOf[f]
    const currentRank = current >= 0 ? (inst.fellowRank[f].get(current) ?? Infinity) : Infinity
    for (let i = 0; i < prefs.length && i < currentRank; i++) {
      const p = prefs[i]
      if (inst.projectBanned[p].has(f)) continue
      // worst[] is -1 for an empty project, so the rank test can only fire when someone is seated.
      if (count[p] < inst.capacity[p] || projectRank(inst, p, f) < worst[p]) {
        pairs.push({ fellowId: inst.fellowIds[f], projectId: inst.projectIds[p] })
      }
    }
  })
  return pairs
}

/** Hard constraints only; an unknown project id is reported as an unacceptable pair. */
export function checkAssignment(input: MatchInput, byFellow: Map<string, string | null>): AssignmentCheck {
  const inst = normalise(input)
  const matchOf = readAssignment(inst, byFellow)
  const count = new Int32Array(inst.projectIds.length)
  const unacceptable: AssignmentCheck['unacceptable'] = []
  matchOf.forEach((p, f) => {
    if (p === -1) return
    if (p >= 0) count[p]++
    if (p === UNKNOWN_PROJECT || !isAcceptable(inst, f, p)) {
      const fellowId = inst.fellowIds[f]
      unacceptable.push({ fellowId, projectId: byFellow.get(fellowId)! })
    }
  })
  const overCapacity = inst.projectIds.filter((_, p) => count[p] > inst.capacity[p])
  return { overCapacity, unacceptable }
}
