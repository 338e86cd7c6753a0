// Fellow- and project-proposing deferred acceptance (Gale–Shapley with capacities) over an Instance.

import { type Instance, isAcceptable, projectRank } from './normalize'

/** Result of either variant: project index per fellow, -1 when unplaced. */
export type MatchOf = Int32Array

// Max-heap of held fellows keyed by project rank: the worst-held fellow is what every new
// proposal is compared against, so it must be O(1) to read and O(log c) to replace.
class WorstFirstHeap {
  readonly keys: number[] = []
  readonly vals: number[] = []

  get size(): number {
    return this.keys.length
  }

  push(key: number, val: number): void {
    const { keys, vals } = this
    let i = keys.length
    keys.push(key)
    vals.push(val)
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (keys[parent] >= key) break
      keys[i] = keys[parent]
      vals[i] = vals[parent]
      i = parent
    }
    keys[i] = key
    vals[i] = val
  }

  replaceTop(key: number, val: number): void {
    const { keys, vals } = this
    const n = keys.length
    let i = 0
    for (;;) {
      const l = 2 * i + 1
      if (l >= n) break
      const r = l + 1
      const c = r < n && keys[r] > keys[l] ? r : l
      if (keys[c] <= key) break
      keys[i] = keys[c]
      vals[i] = vals[c]
      i = c
    }
    keys[i] = key
    vals[i] = val
  }
}

export function fellowProposing(inst: Instance): MatchOf {
  const F = inst.fellowIds.length
  const matchOf = new Int32Array(F).fill(-1)
  const next = new Int32Array(F)
  const held = inst.projectIds.map(() => new WorstFirstHeap())
  // Processing order cannot change the outcome (the fellow-optimal stable matching is unique),
  // but a fixed FIFO keeps intermediate behaviour reproducible when debugging.
  const queue: number[] = Array.from({ length: F }, (_, i) => i)
  for (let head = 0; head < queue.length; head++) {
    const f = queue[head]
    const prefs = inst.fellowPrefs[f]
    while (next[f] < prefs.length) {
      const p = prefs[next[f]++]
      const cap = inst.capacity[p]
      if (cap === 0 || inst.projectBanned[p].has(f)) continue
      const heap = held[p]
      const key = projectRank(inst, p, f)
      if (heap.size < cap) {
        heap.push(key, f)
        matchOf[f] = p
        break
      }
      if (key < heap.keys[0]) {
        const bumped = heap.vals[0]
        heap.replaceTop(key, f)
        matchOf[f] = p
        matchOf[bumped] = -1
        queue.push(bumped)
        break
      }
    }
  }
  return matchOf
}

export function projectProposing(inst: Instance): MatchOf {
  const F = inst.fellowIds.length
  const P = inst.projectIds.length
  const matchOf = new Int32Array(F).fill(-1)

  // Only mutually acceptable fellows are worth proposing to; building the lists from the fellows'
  // side keeps this O(total prefs) instead of scanning every fellow for every project.
  const candidates: number[][] = Array.from({ length: P }, () => [])
  for (let f = 0; f < F; f++) {
    for (const p of inst.fellowPrefs[f]) if (isAcceptable(inst, f, p)) candidates[p].push(f)
  }
  for (let p = 0; p < P; p++) {
    const keyed = candidates[p].map((f) => [projectRank(inst, p, f), f] as const)
    keyed.sort((a, b) => a[0] - b[0])
    candidates[p] = keyed.map((k) => k[1])
  }

  const next = new Int32Array(P)
  const heldCount = new Int32Array(P)
  const queue: number[] = []
  for (let p = 0; p < P; p++) if (inst.capacity[p] > 0) queue.push(p)

  for (let head = 0; head < queue.length; head++) {
    const p = queue[head]
    const list = candidates[p]
    while (heldCount[p] < inst.capacity[p] && next[p] < list.length) {
      const f = list[next[p]++]
      const current = matchOf[f]
      if (current !== -1) {
        const rank = inst.fellowRank[f]
        if (rank.get(p)! > rank.get(current)!) continue
        heldCount[current]--
        // The jilted project may now have a free seat and candidates left; re-queueing it even if it
        // is already queued is harmless because its loop re-checks both conditions.
        queue.push(current)
      }
      matchOf[f] = p
      heldCount[p]++
    }
  }
  return matchOf
}
