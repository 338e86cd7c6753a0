// Deliberately naive, independent reference implementations used only by the tests as oracles.

import { tieBreakOrder } from './normalize'
import type { MatchInput } from './types'

export type Assign = Map<string, string | null>

export function cleanPrefs(prefs: readonly string[] | undefined, known: readonly string[]): string[] {
  const out: string[] = []
  for (const id of prefs ?? []) if (known.includes(id) && !out.includes(id)) out.push(id)
  return out
}

/** Straight from the problem statement, with no shared tables: O(F² · P) and proud of it. */
export function naiveModel(input: MatchInput) {
  const fellowIds = input.fellows.map((f) => f.id)
  const projectIds = input.projects.map((p) => p.id)
  const lottery = tieBreakOrder(fellowIds, input.tieBreakSeed ?? '')
  const fPrefs = new Map(input.fellows.map((f) => [f.id, cleanPrefs(f.prefs, projectIds)]))
  const proj = new Map(input.projects.map((p) => [p.id, p]))
  const cap = (pid: string) => proj.get(pid)!.capacity
  const banned = (pid: string, fid: string) => (proj.get(pid)!.unacceptable ?? []).includes(fid)
  const pRank = (pid: string, fid: string) => {
    const listed = cleanPrefs(proj.get(pid)!.prefs, fellowIds)
    const i = listed.indexOf(fid)
    return i >= 0 ? i : listed.length + lottery.indexOf(fid)
  }
  const fRank = (fid: string, pid: string | null | undefined) => {
    const i = pid == null ? -1 : fPrefs.get(fid)!.indexOf(pid)
    return i >= 0 ? i : Infinity
  }
  const acceptable = (fid: string, pid: string) => fPrefs.get(fid)!.includes(pid) && !banned(pid, fid)
  return { fellowIds, projectIds, fPrefs, cap, banned, pRank, fRank, acceptable }
}

export function naiveBlockingPairs(input: MatchInput, assign: Assign): { fellowId: string; projectId: string }[] {
  const m = naiveModel(input)
  const out: { fellowId: string; projectId: string }[] = []
  // Output order mirrors the module's contract: fellows in input order, then the fellow's preference order.
  for (const f of m.fellowIds) {
    for (const p of m.fPrefs.get(f)!) {
      if (!m.acceptable(f, p)) continue
      if (!(m.fRank(f, p) < m.fRank(f, assign.get(f)))) continue
      const seated = m.fellowIds.filter((g) => assign.get(g) === p)
      const freeSeat = seated.length < m.cap(p)
      const beats = seated.some((g) => m.banned(p, g) || m.pRank(p, f) < m.pRank(p, g))
      if (freeSeat || beats) out.push({ fellowId: f, projectId: p })
    }
  }
  return out
}

/** Every capacity-respecting, mutually acceptable assignment with no blocking pair. Tiny inputs only. */
export function allStableMatchings(input: MatchInput): Assign[] {
  const m = naiveModel(input)
  const options = m.fellowIds.map((f) => [null, ...m.projectIds.filter((p) => m.acceptable(f, p))])
  const found: Assign[] = []
  const current: (string | null)[] = []
  const walk = (i: number): void => {
    if (i === m.fellowIds.length) {
      const assign: Assign = new Map(m.fellowIds.map((f, k) => [f, current[k]]))
      if (naiveBlockingPairs(input, assign).length === 0) found.push(assign)
      return
    }
    for (const p of options[i]) {
      if (p !== null && current.slice(0, i).filter((q) => q === p).length >= m.cap(p)) continue
      current[i] = p
      walk(i + 1)
    }
  }
  walk(0)
  return found
}
