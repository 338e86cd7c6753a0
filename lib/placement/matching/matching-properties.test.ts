// Property tests for the stable-matching module: random instances with the mess real data
// has, checked against naive oracles. Example tests: matching-examples.test.ts.

import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { checkAssignment, findBlockingPairs, matchFellows, type MatchInput } from './index'
import { allStableMatchings, naiveBlockingPairs, naiveModel, type Assign } from './naive.testkit'
import { byFellow, placements } from './matching.testkit'

// Random instances with the mess real data has: partial lists, repeats, unknown ids, capacity 0.
function instanceArb(maxFellows: number, maxProjects: number, maxCapacity = 4): fc.Arbitrary<MatchInput> {
  return fc.tuple(fc.nat(maxFellows), fc.nat(maxProjects)).chain(([F, P]) => {
    const fIds = Array.from({ length: F }, (_, i) => `f${i}`)
    const pIds = Array.from({ length: P }, (_, i) => `p${i}`)
    const idList = (ids: string[], ghost: string) =>
      fc.oneof(fc.shuffledSubarray(ids), fc.array(fc.constantFrom(...ids, ghost), { maxLength: 6 }))
    const fellow = (id: string) => fc.record({ id: fc.constant(id), prefs: idList(pIds, 'ghost-project') })
    const project = (id: string) =>
      fc.record({
        id: fc.constant(id),
        capacity: fc.integer({ min: 0, max: maxCapacity }),
        prefs: fc.option(idList(fIds, 'ghost-fellow'), { nil: undefined }),
        unacceptable: fc.option(fc.subarray(fIds, { maxLength: Math.min(4, F) }), { nil: undefined }),
      })
    return fc.record({
      fellows: fc.tuple(...fIds.map(fellow)),
      projects: fc.tuple(...pIds.map(project)),
      tieBreakSeed: fc.option(fc.string({ maxLength: 4 }), { nil: undefined }),
    })
  })
}

function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs]
  let s = seed >>> 0
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    const j = s % (i + 1)
    ;[out[i], out[j]] = [out[j], out[i]]
  }
  return out
}

const sides = ['fellow', 'project'] as const
const runs = { numRuns: 150 }

describe.each(sides)('matchFellows properties (%s-proposing)', (proposing) => {
  const arb = instanceArb(30, 10).map((i) => ({ ...i, proposing }))

  it('is stable: no blocking pair, by the module and by a naive oracle', () => {
    fc.assert(
      fc.property(arb, (input) => {
        const assign = byFellow(matchFellows(input))
        expect(findBlockingPairs(input, assign)).toEqual([])
        expect(naiveBlockingPairs(input, assign)).toEqual([])
      }),
      runs,
    )
  })

  it('never exceeds capacity, never places an unacceptable pair, places each fellow once', () => {
    fc.assert(
      fc.property(arb, (input) => {
        const r = matchFellows(input)
        const m = naiveModel(input)
        expect(r.assignments.map((a) => a.fellowId)).toEqual(m.fellowIds)
        expect(checkAssignment(input, byFellow(r))).toEqual({ overCapacity: [], unacceptable: [] })
        for (const p of input.projects) expect(r.byProject[p.id].length).toBeLessThanOrEqual(p.capacity)
        for (const a of r.assignments) if (a.projectId) expect(m.acceptable(a.fellowId, a.projectId)).toBe(true)
        const seated = Object.values(r.byProject).flat()
        expect(new Set(seated).size).toBe(seated.length)
        expect(seated.sort()).toEqual(
          r.assignments
            .filter((a) => a.projectId)
            .map((a) => a.fellowId)
            .sort(),
        )
        for (const [pid, list] of Object.entries(r.byProject)) {
          const ranks = list.map((f) => m.pRank(pid, f))
          expect(ranks).toEqual([...ranks].sort((x, y) => x - y))
          for (const f of list) expect(byFellow(r).get(f)).toBe(pid)
        }
      }),
      runs,
    )
  })

  it('is deterministic, and invariant to the order of the fellows and projects arrays', () => {
    fc.assert(
      fc.property(arb, fc.nat(), (input, seed) => {
        const first = matchFellows(input)
        expect(matchFellows(structuredClone(input))).toEqual(first)
        const permuted = { ...input, fellows: shuffled(input.fellows, seed), projects: shuffled(input.projects, seed + 1) }
        const again = matchFellows(permuted)
        expect(placements(again)).toEqual(placements(first))
        expect(again.byProject).toEqual(first.byProject)
        expect(again.stats).toEqual(first.stats)
      }),
      runs,
    )
  })

  it('reports stats consistent with the assignments', () => {
    fc.assert(
      fc.property(arb, (input) => {
        const { assignments, stats } = matchFellows(input)
        const ranks = assignments.flatMap((a) => (a.rank === null ? [] : [a.rank]))
        const seats = input.projects.reduce((s, p) => s + p.capacity, 0)
        const hist: Record<number, number> = {}
        for (const k of ranks) hist[k] = (hist[k] ?? 0) + 1
        const F = assignments.length
        expect(stats).toEqual({
          fellows: F,
          placed: ranks.length,
          unplaced: F - ranks.length,
          top1Share: F ? ranks.filter((k) => k === 1).length / F : 0,
          top2Share: F ? ranks.filter((k) => k <= 2).length / F : 0,
          seats,
          unfilledSeats: seats - ranks.length,
          rankHistogram: hist,
        })
      }),
      runs,
    )
  })

  it('gives reasons that are true: preferred projects were full of better-ranked fellows or declined', () => {
    fc.assert(
      fc.property(arb, (input) => {
        const r = matchFellows(input)
        const m = naiveModel(input)
        for (const a of r.assignments) {
          const prefs = m.fPrefs.get(a.fellowId)!
          expect(a.rank).toBe(a.projectId === null ? null : prefs.indexOf(a.projectId) + 1)
          const better = a.projectId === null ? prefs : prefs.slice(0, a.rank! - 1)
          const { reason } = a
          if (reason.kind === 'first-choice') expect(a.rank).toBe(1)
          else if (reason.kind === 'placed-lower') expect(reason.rank).toBe(a.rank)
          else expect(a.projectId).toBeNull()
          const full = reason.kind === 'first-choice' ? [] : better.filter((p) => !m.banned(p, a.fellowId))
          const declined = better.filter((p) => m.banned(p, a.fellowId))
          if (reason.kind === 'placed-lower') expect(reason).toMatchObject({ fullerChoices: full, unacceptableAt: declined })
          if (reason.kind === 'unplaced') {
            const expected =
              prefs.length === 0 ? 'no-preferences' : declined.length === 0 ? 'all-full' : full.length === 0 ? 'all-unacceptable' : 'mixed'
            expect(reason.reason).toBe(expected)
          }
          for (const p of full) {
            expect(r.byProject[p].length).toBe(m.cap(p))
            for (const g of r.byProject[p]) expect(m.pRank(p, g)).toBeLessThan(m.pRank(p, a.fellowId))
          }
        }
      }),
      runs,
    )
  })

  it('exposes a planted blocking pair when a placed fellow is removed', () => {
    fc.assert(
      fc.property(arb, fc.nat(), (input, pick) => {
        const assign = byFellow(matchFellows(input))
        const placed = [...assign].filter(([, p]) => p !== null)
        fc.pre(placed.length > 0)
        const [fellowId, projectId] = placed[pick % placed.length]
        assign.set(fellowId, null)
        const pairs = findBlockingPairs(input, assign)
        expect(pairs).toContainEqual({ fellowId, projectId })
        expect(pairs).toEqual(naiveBlockingPairs(input, assign))
      }),
      runs,
    )
  })
})

describe('matchFellows properties (both sides)', () => {
  it('fellow-proposing is weakly better for every fellow; both place the same fellows and fill the same seats', () => {
    fc.assert(
      fc.property(instanceArb(30, 10), (input) => {
        const fr = matchFellows({ ...input, proposing: 'fellow' })
        const pr = matchFellows({ ...input, proposing: 'project' })
        fr.assignments.forEach((a, i) => {
          expect(a.rank ?? Infinity).toBeLessThanOrEqual(pr.assignments[i].rank ?? Infinity)
          expect(a.projectId === null).toBe(pr.assignments[i].projectId === null)
        })
        for (const p of input.projects) expect(fr.byProject[p.id].length).toBe(pr.byProject[p.id].length)
      }),
      runs,
    )
  })

  it('matches brute force on tiny instances: fellow-best and fellow-worst of all stable matchings', () => {
    fc.assert(
      fc.property(instanceArb(5, 3, 2), (input) => {
        const stable = allStableMatchings(input)
        expect(stable.length).toBeGreaterThan(0)
        const m = naiveModel(input)
        const fr = byFellow(matchFellows({ ...input, proposing: 'fellow' }))
        const pr = byFellow(matchFellows({ ...input, proposing: 'project' }))
        const key = (a: Assign) => JSON.stringify(m.fellowIds.map((f) => a.get(f) ?? null))
        const keys = stable.map(key)
        expect(keys).toContain(key(fr))
        expect(keys).toContain(key(pr))
        for (const s of stable) {
          for (const f of m.fellowIds) {
            expect(m.fRank(f, fr.get(f))).toBeLessThanOrEqual(m.fRank(f, s.get(f)))
            expect(m.fRank(f, pr.get(f))).toBeGreaterThanOrEqual(m.fRank(f, s.get(f)))
          }
        }
      }),
      { numRuns: 300 },
    )
  })

  it('findBlockingPairs agrees with the naive definition on arbitrary (unstable, invalid) assignments', () => {
    const withAssignment = instanceArb(12, 5).chain((input) => {
      const targets = [null, 'ghost-project', ...input.projects.map((p) => p.id)]
      return fc.tuple(fc.constant(input), fc.tuple(...input.fellows.map(() => fc.constantFrom(...targets))))
    })
    fc.assert(
      fc.property(withAssignment, ([input, targets]) => {
        const assign: Assign = new Map(input.fellows.map((f, i) => [f.id, targets[i]]))
        expect(findBlockingPairs(input, assign)).toEqual(naiveBlockingPairs(input, assign))
      }),
      runs,
    )
  })
})
