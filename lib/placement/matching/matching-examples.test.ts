// Example tests for the stable-matching module: worked instances with known answers, the
// reasons given, and odd input. Property tests: matching-properties.test.ts.

import { describe, it, expect } from 'vitest'
import { checkAssignment, findBlockingPairs, matchFellows, tieBreakOrder, type MatchInput, type Reason } from './index'
import { placements } from './matching.testkit'

// What a UI would do with a Reason; kept here to prove the shape carries enough information.
const ordinal = (n: number) =>
  `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`
function sentence(reason: Reason): string {
  if (reason.kind === 'first-choice') return 'placed at 1st choice'
  if (reason.kind === 'unplaced') return `unplaced (${reason.reason})`
  const full = reason.fullerChoices.map((p) => `${p} full`)
  const no = reason.unacceptableAt.map((p) => `${p} declined`)
  return `${[...full, ...no].join(', ')}: placed at ${ordinal(reason.rank)}`
}

const twoByTwo: MatchInput = {
  fellows: [
    { id: 'a', prefs: ['X', 'Y'] },
    { id: 'b', prefs: ['Y', 'X'] },
  ],
  projects: [
    { id: 'X', capacity: 1, prefs: ['b', 'a'] },
    { id: 'Y', capacity: 1, prefs: ['a', 'b'] },
  ],
}

const hospitals: MatchInput = {
  fellows: [
    { id: 'r1', prefs: ['H2', 'H1'] },
    { id: 'r2', prefs: ['H1'] },
    { id: 'r3', prefs: ['H1', 'H2'] },
    { id: 'r4', prefs: ['H1', 'H2'] },
  ],
  projects: [
    { id: 'H1', capacity: 2, prefs: ['r1', 'r2', 'r3', 'r4'] },
    { id: 'H2', capacity: 1, prefs: ['r3', 'r1', 'r2', 'r4'] },
  ],
}

describe('matchFellows: examples', () => {
  it('gives each side its optimal matching in the classic 2x2 with two stable matchings', () => {
    expect(placements(matchFellows(twoByTwo))).toEqual({ a: 'X', b: 'Y' })
    expect(placements(matchFellows({ ...twoByTwo, proposing: 'project' }))).toEqual({ a: 'Y', b: 'X' })
  })

  it('solves a 3x3 cycle instance where everyone ends up at their 2nd choice', () => {
    const input: MatchInput = {
      fellows: [
        { id: 'f1', prefs: ['P1', 'P2', 'P3'] },
        { id: 'f2', prefs: ['P1', 'P3', 'P2'] },
        { id: 'f3', prefs: ['P2', 'P1', 'P3'] },
      ],
      projects: [
        { id: 'P1', capacity: 1, prefs: ['f3', 'f2', 'f1'] },
        { id: 'P2', capacity: 1, prefs: ['f1', 'f3', 'f2'] },
        { id: 'P3', capacity: 1, prefs: ['f2', 'f1', 'f3'] },
      ],
    }
    const r = matchFellows(input)
    expect(placements(r)).toEqual({ f1: 'P2', f2: 'P3', f3: 'P1' })
    expect(r.assignments.map((a) => a.rank)).toEqual([2, 2, 2])
    expect(placements(matchFellows({ ...input, proposing: 'project' }))).toEqual({ f1: 'P2', f2: 'P3', f3: 'P1' })
  })

  it('respects capacities (hospitals/residents) and differs by proposing side', () => {
    const r = matchFellows(hospitals)
    expect(placements(r)).toEqual({ r1: 'H2', r2: 'H1', r3: 'H1', r4: null })
    expect(r.byProject).toEqual({ H1: ['r2', 'r3'], H2: ['r1'] })
    expect(r.assignments[3].reason).toEqual({ kind: 'unplaced', reason: 'all-full' })
    expect(r.stats).toEqual({
      fellows: 4,
      placed: 3,
      unplaced: 1,
      top1Share: 0.75,
      top2Share: 0.75,
      seats: 3,
      unfilledSeats: 0,
      rankHistogram: { 1: 3 },
    })
    const pr = matchFellows({ ...hospitals, proposing: 'project' })
    expect(placements(pr)).toEqual({ r1: 'H1', r2: 'H1', r3: 'H2', r4: null })
    expect(pr.byProject).toEqual({ H1: ['r1', 'r2'], H2: ['r3'] })
    expect(pr.stats.rankHistogram).toEqual({ 1: 1, 2: 2 })
  })

  it('explains "1st choice full: placed at 2nd"', () => {
    const r = matchFellows({
      fellows: [
        { id: 'a', prefs: ['X', 'Y'] },
        { id: 'b', prefs: ['X'] },
      ],
      projects: [
        { id: 'X', capacity: 1, prefs: ['b', 'a'] },
        { id: 'Y', capacity: 1 },
      ],
    })
    expect(r.assignments[0]).toEqual({
      fellowId: 'a',
      projectId: 'Y',
      rank: 2,
      reason: { kind: 'placed-lower', rank: 2, fullerChoices: ['X'], unacceptableAt: [] },
    })
    expect(sentence(r.assignments[0].reason)).toBe('X full: placed at 2nd')
    expect(r.assignments[1].reason).toEqual({ kind: 'first-choice' })
  })

  it('never places unacceptable pairs and says why fellows are unplaced', () => {
    const r = matchFellows({
      fellows: [
        { id: 'a', prefs: ['X', 'Y'] },
        { id: 'b', prefs: ['X'] },
        { id: 'c', prefs: [] },
        { id: 'd', prefs: ['X', 'Z'] },
        { id: 'e', prefs: ['Z'] },
      ],
      projects: [
        { id: 'X', capacity: 5, unacceptable: ['a', 'b', 'd'] },
        { id: 'Y', capacity: 1 },
        { id: 'Z', capacity: 0 },
      ],
    })
    expect(placements(r)).toEqual({ a: 'Y', b: null, c: null, d: null, e: null })
    expect(r.assignments.map((a) => a.reason)).toEqual([
      { kind: 'placed-lower', rank: 2, fullerChoices: [], unacceptableAt: ['X'] },
      { kind: 'unplaced', reason: 'all-unacceptable' },
      { kind: 'unplaced', reason: 'no-preferences' },
      { kind: 'unplaced', reason: 'mixed' },
      { kind: 'unplaced', reason: 'all-full' },
    ])
    expect(sentence(r.assignments[0].reason)).toBe('X declined: placed at 2nd')
    expect(r.stats).toMatchObject({ seats: 6, placed: 1, unfilledSeats: 5, top1Share: 0, top2Share: 0.2 })
  })

  it('handles empty input', () => {
    expect(matchFellows({ fellows: [], projects: [] })).toEqual({
      assignments: [],
      byProject: {},
      stats: { fellows: 0, placed: 0, unplaced: 0, top1Share: 0, top2Share: 0, seats: 0, unfilledSeats: 0, rankHistogram: {} },
    })
    const noProjects = matchFellows({ fellows: [{ id: 'a', prefs: ['X'] }], projects: [] })
    expect(noProjects.assignments[0]).toMatchObject({ projectId: null, reason: { kind: 'unplaced', reason: 'no-preferences' } })
  })

  it('ignores unknown and repeated ids, ranking within the cleaned list', () => {
    const r = matchFellows({
      fellows: [{ id: 'a', prefs: ['ghost', 'X', 'X', 'Y', 'ghost'] }],
      projects: [
        { id: 'X', capacity: 0, prefs: ['nobody', 'a', 'a'] },
        { id: 'Y', capacity: 1 },
      ],
    })
    expect(r.assignments[0]).toMatchObject({ projectId: 'Y', rank: 2, reason: { fullerChoices: ['X'] } })
  })

  it('normalises odd capacities and rejects duplicate fellow or project ids', () => {
    const fellows = ['a', 'b', 'c'].map((id) => ({ id, prefs: ['N', 'F', 'I'] }))
    const r = matchFellows({
      fellows,
      projects: [
        { id: 'N', capacity: -1 },
        { id: 'F', capacity: 1.7 },
        { id: 'I', capacity: Infinity },
      ],
    })
    expect(r.byProject.N).toEqual([])
    expect(r.byProject.F).toHaveLength(1)
    expect(r.byProject.I).toHaveLength(2)
    expect(r.stats.seats).toBe(4)
    expect(() => matchFellows({ fellows: [...fellows, fellows[0]], projects: [] })).toThrow(/duplicate fellow id "a"/)
    expect(() =>
      matchFellows({
        fellows,
        projects: [
          { id: 'X', capacity: 1 },
          { id: 'X', capacity: 1 },
        ],
      }),
    ).toThrow(/duplicate project/)
  })

  it('orders unranked fellows by the seeded lottery, after any the project did rank', () => {
    const ids = Array.from({ length: 10 }, (_, i) => `f${i}`)
    const fellows = ids.map((id) => ({ id, prefs: ['X'] }))
    const winners = ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8'].map((seed) => {
      const r = matchFellows({ fellows, projects: [{ id: 'X', capacity: 3 }], tieBreakSeed: seed })
      expect(r.byProject.X).toEqual(tieBreakOrder(ids, seed).slice(0, 3))
      return r.byProject.X[0]
    })
    expect(new Set(winners).size).toBeGreaterThan(1)
    const ranked = matchFellows({ fellows, projects: [{ id: 'X', capacity: 2, prefs: ['f7'] }], tieBreakSeed: 'k' })
    expect(ranked.byProject.X).toEqual(['f7', tieBreakOrder(ids, 'k').filter((id) => id !== 'f7')[0]])
  })

  it('keeps "__proto__" and other awkward ids as plain data', () => {
    const r = matchFellows({ fellows: [{ id: 'constructor', prefs: ['__proto__'] }], projects: [{ id: '__proto__', capacity: 1 }] })
    expect(Object.keys(r.byProject)).toEqual(['__proto__'])
    expect(r.byProject['__proto__']).toEqual(['constructor'])
  })
})

describe('findBlockingPairs / checkAssignment: examples', () => {
  it('accepts both stable matchings of the 2x2 and finds a planted blocking pair', () => {
    expect(
      findBlockingPairs(
        twoByTwo,
        new Map([
          ['a', 'X'],
          ['b', 'Y'],
        ]),
      ),
    ).toEqual([])
    expect(
      findBlockingPairs(
        twoByTwo,
        new Map([
          ['a', 'Y'],
          ['b', 'X'],
        ]),
      ),
    ).toEqual([])
    // With b removed, X has a free seat that both a (at its 2nd choice) and b (unplaced) want;
    // Y prefers a to b, so (b, Y) does not block.
    expect(findBlockingPairs(twoByTwo, new Map([['a', 'Y']]))).toEqual([
      { fellowId: 'a', projectId: 'X' },
      { fellowId: 'b', projectId: 'X' },
    ])
  })

  it('flags a manual override that bumps a preferred resident', () => {
    // r4 given r3's seat at H1: H1 prefers r3 to r4, and H2 also prefers r3 to its r1.
    const adjusted = new Map<string, string | null>([
      ['r1', 'H2'],
      ['r2', 'H1'],
      ['r3', null],
      ['r4', 'H1'],
    ])
    expect(findBlockingPairs(hospitals, adjusted)).toEqual([
      { fellowId: 'r3', projectId: 'H1' },
      { fellowId: 'r3', projectId: 'H2' },
    ])
    expect(checkAssignment(hospitals, adjusted)).toEqual({ overCapacity: [], unacceptable: [] })
  })

  it('reports over-capacity projects and unacceptable placements', () => {
    const input: MatchInput = {
      fellows: [
        { id: 'a', prefs: ['X'] },
        { id: 'b', prefs: ['X'] },
        { id: 'c', prefs: ['X'] },
        { id: 'd', prefs: [] },
      ],
      projects: [
        { id: 'X', capacity: 1, unacceptable: ['b'] },
        { id: 'Z', capacity: 0 },
      ],
    }
    const check = checkAssignment(
      input,
      new Map([
        ['a', 'X'],
        ['b', 'X'],
        ['c', 'nowhere'],
        ['d', 'Z'],
        ['ghost', 'X'],
      ]),
    )
    expect(check).toEqual({
      overCapacity: ['X', 'Z'],
      unacceptable: [
        { fellowId: 'b', projectId: 'X' },
        { fellowId: 'c', projectId: 'nowhere' },
        { fellowId: 'd', projectId: 'Z' },
      ],
    })
  })
})
