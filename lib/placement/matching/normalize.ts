// Turns a MatchInput into index-based lookup tables shared by the algorithms and the checkers.

import type { MatchInput } from './types'

export interface Instance {
  fellowIds: string[]
  projectIds: string[]
  fellowIndex: Map<string, number>
  projectIndex: Map<string, number>
  capacity: Int32Array
  /** Per fellow: known project indices, first occurrence only, most preferred first. */
  fellowPrefs: number[][]
  /** Per fellow: project index -> 0-based position in fellowPrefs. */
  fellowRank: Map<number, number>[]
  /** Per project: fellow index -> 0-based position among the fellows it listed. */
  projectListed: Map<number, number>[]
  /** Per project: fellow indices it marked unacceptable. */
  projectBanned: Set<number>[]
  /** Per fellow: position in the seeded lottery used for fellows a project did not list. */
  tieRank: Int32Array
}

// 53-bit string hash (cyrb53 construction). Only needs to be stable across runs and platforms and
// spread similar ids apart; it is not security-relevant.
export function hash53(str: string): number {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i)
    h1 = Math.imul(h1 ^ ch, 2654435761)
    h2 = Math.imul(h2 ^ ch, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507)
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507)
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return 4294967296 * (2097151 & h2) + (h1 >>> 0)
}

/**
 * Lottery order of fellow ids for a seed. The NUL separator keeps ("ab","c") and ("a","bc") apart;
 * hash collisions fall back to the id itself so the order never depends on input position, which
 * makes the outcome invariant under reordering the fellows array.
 */
export function tieBreakOrder(fellowIds: readonly string[], seed = ''): string[] {
  const keyed = fellowIds.map((id) => ({ id, key: hash53(`${seed}\u0000${id}`) }))
  keyed.sort((a, b) => a.key - b.key || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  return keyed.map((k) => k.id)
}

// Infinity is read as "no practical limit"; anything else that is not a positive number takes nobody,
// because silently inventing seats is worse than leaving a misconfigured project empty.
function normaliseCapacity(c: number, fellowCount: number): number {
  if (c === Infinity) return fellowCount
  return Number.isFinite(c) && c > 0 ? Math.floor(c) : 0
}

function indexIds(ids: string[], what: string): Map<string, number> {
  const index = new Map<string, number>()
  ids.forEach((id, i) => {
    // A repeated fellow or project id makes "one assignment per fellow" and byProject ambiguous,
    // so it is treated as a data error rather than guessed around.
    if (index.has(id)) throw new Error(`matching: duplicate ${what} id "${id}"`)
    index.set(id, i)
  })
  return index
}

export function normalise(input: MatchInput): Instance {
  const fellows = input.fellows ?? []
  const projects = input.projects ?? []
  const fellowIds = fellows.map((f) => f.id)
  const projectIds = projects.map((p) => p.id)
  const fellowIndex = indexIds(fellowIds, 'fellow')
  const projectIndex = indexIds(projectIds, 'project')

  const capacity = new Int32Array(projects.length)
  projects.forEach((p, i) => (capacity[i] = normaliseCapacity(p.capacity, fellows.length)))

  const fellowPrefs: number[][] = []
  const fellowRank: Map<number, number>[] = []
  for (const f of fellows) {
    const list: number[] = []
    const rank = new Map<number, number>()
    for (const pid of f.prefs ?? []) {
      const p = projectIndex.get(pid)
      if (p === undefined || rank.has(p)) continue
      rank.set(p, list.length)
      list.push(p)
    }
    fellowPrefs.push(list)
    fellowRank.push(rank)
  }

  const projectListed: Map<number, number>[] = []
  const projectBanned: Set<number>[] = []
  for (const p of projects) {
    const banned = new Set<number>()
    for (const fid of p.unacceptable ?? []) {
      const f = fellowIndex.get(fid)
      if (f !== undefined) banned.add(f)
    }
    const listed = new Map<number, number>()
    for (const fid of p.prefs ?? []) {
      const f = fellowIndex.get(fid)
      if (f === undefined || listed.has(f)) continue
      listed.set(f, listed.size)
    }
    projectListed.push(listed)
    projectBanned.push(banned)
  }

  const tieRank = new Int32Array(fellows.length)
  tieBreakOrder(fellowIds, input.tieBreakSeed ?? '').forEach((id, pos) => {
    tieRank[fellowIndex.get(id)!] = pos
  })

  return { fellowIds, projectIds, fellowIndex, projectIndex, capacity, fellowPrefs, fellowRank, projectListed, projectBanned, tieRank }
}

/**
 * Lower is better. Listed fellows occupy [0, listed.size); everyone else follows in lottery order,
 * so each project has a strict total order without materialising a fellows × projects table.
 */
export function projectRank(inst: Instance, p: number, f: number): number {
  const listed = inst.projectListed[p]
  const pos = listed.get(f)
  return pos !== undefined ? pos : listed.size + inst.tieRank[f]
}

/** Mutual acceptability; capacity is deliberately not part of it. */
export function isAcceptable(inst: Instance, f: number, p: number): boolean {
  return inst.fellowRank[f].has(p) && !inst.projectBanned[p].has(f)
}
