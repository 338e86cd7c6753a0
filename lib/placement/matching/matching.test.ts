// Example and property tests for the stable-matching module.

import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { checkAssignment, findBlockingPairs, matchFellows, tieBreakOrder, type MatchInput, type MatchResult, type Reason } from './index';
import { allStableMatchings, naiveBlockingPairs, naiveModel, type Assign } from './naive.testkit';

const byFellow = (r: MatchResult): Assign => new Map(r.assignments.map((a) => [a.fellowId, a.projectId]));
const placements = (r: MatchResult) => Object.fromEntries(r.assignments.map((a) => [a.fellowId, a.projectId]));

// What a UI would do with a Reason; kept here to prove the shape carries enough information.
const ordinal = (n: number) => `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;
function sentence(reason: Reason): string {
  if (reason.kind === 'first-choice') return 'placed at 1st choice';
  if (reason.kind === 'unplaced') return `unplaced (${reason.reason})`;
  const full = reason.fullerChoices.map((p) => `${p} full`);
  const no = reason.unacceptableAt.map((p) => `${p} declined`);
  return `${[...full, ...no].join(', ')}: placed at ${ordinal(reason.rank)}`;
}

const twoByTwo: MatchInput = {
  fellows: [{ id: 'a', prefs: ['X', 'Y'] }, { id: 'b', prefs: ['Y', 'X'] }],
  projects: [{ id: 'X', capacity: 1, prefs: ['b', 'a'] }, { id: 'Y', capacity: 1, prefs: ['a', 'b'] }],
};

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
};

describe('matchFellows: examples', () => {
  it('gives each side its optimal matching in the classic 2x2 with two stable matchings', () => {
    expect(placements(matchFellows(twoByTwo))).toEqual({ a: 'X', b: 'Y' });
    expect(placements(matchFellows({ ...twoByTwo, proposing: 'project' }))).toEqual({ a: 'Y', b: 'X' });
  });

  it('solves a 3x3 cycle instance where everyone ends up at their 2nd choice', () => {
    const input: MatchInput = {
      fellows: [{ id: 'f1', prefs: ['P1', 'P2', 'P3'] }, { id: 'f2', prefs: ['P1', 'P3', 'P2'] }, { id: 'f3', prefs: ['P2', 'P1', 'P3'] }],
      projects: [
        { id: 'P1', capacity: 1, prefs: ['f3', 'f2', 'f1'] },
        { id: 'P2', capacity: 1, prefs: ['f1', 'f3', 'f2'] },
        { id: 'P3', capacity: 1, prefs: ['f2', 'f1', 'f3'] },
      ],
    };
    const r = matchFellows(input);
    expect(placements(r)).toEqual({ f1: 'P2', f2: 'P3', f3: 'P1' });
    expect(r.assignments.map((a) => a.rank)).toEqual([2, 2, 2]);
    expect(placements(matchFellows({ ...input, proposing: 'project' }))).toEqual({ f1: 'P2', f2: 'P3', f3: 'P1' });
  });

  it('respects capacities (hospitals/residents) and differs by proposing side', () => {
    const r = matchFellows(hospitals);
    expect(placements(r)).toEqual({ r1: 'H2', r2: 'H1', r3: 'H1', r4: null });
    expect(r.byProject).toEqual({ H1: ['r2', 'r3'], H2: ['r1'] });
    expect(r.assignments[3].reason).toEqual({ kind: 'unplaced', reason: 'all-full' });
    expect(r.stats).toEqual({
      fellows: 4, placed: 3, unplaced: 1, top1Share: 0.75, top2Share: 0.75, seats: 3, unfilledSeats: 0, rankHistogram: { 1: 3 },
    });
    const pr = matchFellows({ ...hospitals, proposing: 'project' });
    expect(placements(pr)).toEqual({ r1: 'H1', r2: 'H1', r3: 'H2', r4: null });
    expect(pr.byProject).toEqual({ H1: ['r1', 'r2'], H2: ['r3'] });
    expect(pr.stats.rankHistogram).toEqual({ 1: 1, 2: 2 });
  });

  it('explains "1st choice full: placed at 2nd"', () => {
    const r = matchFellows({
      fellows: [{ id: 'a', prefs: ['X', 'Y'] }, { id: 'b', prefs: ['X'] }],
      projects: [{ id: 'X', capacity: 1, prefs: ['b', 'a'] }, { id: 'Y', capacity: 1 }],
    });
    expect(r.assignments[0]).toEqual({
      fellowId: 'a', projectId: 'Y', rank: 2,
      reason: { kind: 'placed-lower', rank: 2, fullerChoices: ['X'], unacceptableAt: [] },
    });
    expect(sentence(r.assignments[0].reason)).toBe('X full: placed at 2nd');
    expect(r.assignments[1].reason).toEqual({ kind: 'first-choice' });
  });

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
    });
    expect(placements(r)).toEqual({ a: 'Y', b: null, c: null, d: null, e: null });
    expect(r.assignments.map((a) => a.reason)).toEqual([
      { kind: 'placed-lower', rank: 2, fullerChoices: [], unacceptableAt: ['X'] },
      { kind: 'unplaced', reason: 'all-unacceptable' },
      { kind: 'unplaced', reason: 'no-preferences' },
      { kind: 'unplaced', reason: 'mixed' },
      { kind: 'unplaced', reason: 'all-full' },
    ]);
    expect(sentence(r.assignments[0].reason)).toBe('X declined: placed at 2nd');
    expect(r.stats).toMatchObject({ seats: 6, placed: 1, unfilledSeats: 5, top1Share: 0, top2Share: 0.2 });
  });

  it('handles empty input', () => {
    expect(matchFellows({ fellows: [], projects: [] })).toEqual({
      assignments: [], byProject: {},
      stats: { fellows: 0, placed: 0, unplaced: 0, top1Share: 0, top2Share: 0, seats: 0, unfilledSeats: 0, rankHistogram: {} },
    });
    const noProjects = matchFellows({ fellows: [{ id: 'a', prefs: ['X'] }], projects: [] });
    expect(noProjects.assignments[0]).toMatchObject({ projectId: null, reason: { kind: 'unplaced', reason: 'no-preferences' } });
  });

  it('ignores unknown and repeated ids, ranking within the cleaned list', () => {
    const r = matchFellows({
      fellows: [{ id: 'a', prefs: ['ghost', 'X', 'X', 'Y', 'ghost'] }],
      projects: [{ id: 'X', capacity: 0, prefs: ['nobody', 'a', 'a'] }, { id: 'Y', capacity: 1 }],
    });
    expect(r.assignments[0]).toMatchObject({ projectId: 'Y', rank: 2, reason: { fullerChoices: ['X'] } });
  });

  it('normalises odd capacities and rejects duplicate fellow or project ids', () => {
    const fellows = ['a', 'b', 'c'].map((id) => ({ id, prefs: ['N', 'F', 'I'] }));
    const r = matchFellows({ fellows, projects: [{ id: 'N', capacity: -1 }, { id: 'F', capacity: 1.7 }, { id: 'I', capacity: Infinity }] });
    expect(r.byProject.N).toEqual([]);
    expect(r.byProject.F).toHaveLength(1);
    expect(r.byProject.I).toHaveLength(2);
    expect(r.stats.seats).toBe(4);
    expect(() => matchFellows({ fellows: [...fellows, fellows[0]], projects: [] })).toThrow(/duplicate fellow id "a"/);
    expect(() => matchFellows({ fellows, projects: [{ id: 'X', capacity: 1 }, { id: 'X', capacity: 1 }] })).toThrow(/duplicate project/);
  });

  it('orders unranked fellows by the seeded lottery, after any the project did rank', () => {
    const ids = Array.from({ length: 10 }, (_, i) => `f${i}`);
    const fellows = ids.map((id) => ({ id, prefs: ['X'] }));
    const winners = ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8'].map((seed) => {
      const r = matchFellows({ fellows, projects: [{ id: 'X', capacity: 3 }], tieBreakSeed: seed });
      expect(r.byProject.X).toEqual(tieBreakOrder(ids, seed).slice(0, 3));
      return r.byProject.X[0];
    });
    expect(new Set(winners).size).toBeGreaterThan(1);
    const ranked = matchFellows({ fellows, projects: [{ id: 'X', capacity: 2, prefs: ['f7'] }], tieBreakSeed: 'k' });
    expect(ranked.byProject.X).toEqual(['f7', tieBreakOrder(ids, 'k').filter((id) => id !== 'f7')[0]]);
  });

  it('keeps "__proto__" and other awkward ids as plain data', () => {
    const r = matchFellows({ fellows: [{ id: 'constructor', prefs: ['__proto__'] }], projects: [{ id: '__proto__', capacity: 1 }] });
    expect(Object.keys(r.byProject)).toEqual(['__proto__']);
    expect(r.byProject['__proto__']).toEqual(['constructor']);
  });
});

describe('findBlockingPairs / checkAssignment: examples', () => {
  it('accepts both stable matchings of the 2x2 and finds a planted blocking pair', () => {
    expect(findBlockingPairs(twoByTwo, new Map([['a', 'X'], ['b', 'Y']]))).toEqual([]);
    expect(findBlockingPairs(twoByTwo, new Map([['a', 'Y'], ['b', 'X']]))).toEqual([]);
    // With b removed, X has a free seat that both a (at its 2nd choice) and b (unplaced) want;
    // Y prefers a to b, so (b, Y) does not block.
    expect(findBlockingPairs(twoByTwo, new Map([['a', 'Y']]))).toEqual([
      { fellowId: 'a', projectId: 'X' },
      { fellowId: 'b', projectId: 'X' },
    ]);
  });

  it('flags a manual override that bumps a preferred resident', () => {
    // r4 given r3's seat at H1: H1 prefers r3 to r4, and H2 also prefers r3 to its r1.
    const adjusted = new Map<string, string | null>([['r1', 'H2'], ['r2', 'H1'], ['r3', null], ['r4', 'H1']]);
    expect(findBlockingPairs(hospitals, adjusted)).toEqual([
      { fellowId: 'r3', projectId: 'H1' },
      { fellowId: 'r3', projectId: 'H2' },
    ]);
    expect(checkAssignment(hospitals, adjusted)).toEqual({ overCapacity: [], unacceptable: [] });
  });

  it('reports over-capacity projects and unacceptable placements', () => {
    const input: MatchInput = {
      fellows: [{ id: 'a', prefs: ['X'] }, { id: 'b', prefs: ['X'] }, { id: 'c', prefs: ['X'] }, { id: 'd', prefs: [] }],
      projects: [{ id: 'X', capacity: 1, unacceptable: ['b'] }, { id: 'Z', capacity: 0 }],
    };
    const check = checkAssignment(input, new Map([['a', 'X'], ['b', 'X'], ['c', 'nowhere'], ['d', 'Z'], ['ghost', 'X']]));
    expect(check).toEqual({
      overCapacity: ['X', 'Z'],
      unacceptable: [{ fellowId: 'b', projectId: 'X' }, { fellowId: 'c', projectId: 'nowhere' }, { fellowId: 'd', projectId: 'Z' }],
    });
  });
});

// Random instances with the mess real data has: partial lists, repeats, unknown ids, capacity 0.
function instanceArb(maxFellows: number, maxProjects: number, maxCapacity = 4): fc.Arbitrary<MatchInput> {
  return fc.tuple(fc.nat(maxFellows), fc.nat(maxProjects)).chain(([F, P]) => {
    const fIds = Array.from({ length: F }, (_, i) => `f${i}`);
    const pIds = Array.from({ length: P }, (_, i) => `p${i}`);
    const idList = (ids: string[], ghost: string) =>
      fc.oneof(fc.shuffledSubarray(ids), fc.array(fc.constantFrom(...ids, ghost), { maxLength: 6 }));
    const fellow = (id: string) => fc.record({ id: fc.constant(id), prefs: idList(pIds, 'ghost-project') });
    const project = (id: string) =>
      fc.record({
        id: fc.constant(id),
        capacity: fc.integer({ min: 0, max: maxCapacity }),
        prefs: fc.option(idList(fIds, 'ghost-fellow'), { nil: undefined }),
        unacceptable: fc.option(fc.subarray(fIds, { maxLength: Math.min(4, F) }), { nil: undefined }),
      });
    return fc.record({
      fellows: fc.tuple(...fIds.map(fellow)),
      projects: fc.tuple(...pIds.map(project)),
      tieBreakSeed: fc.option(fc.string({ maxLength: 4 }), { nil: undefined }),
    });
  });
}

function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs];
  let s = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const sides = ['fellow', 'project'] as const;
const runs = { numRuns: 150 };

describe.each(sides)('matchFellows properties (%s-proposing)', (proposing) => {
  const arb = instanceArb(30, 10).map((i) => ({ ...i, proposing }));

  it('is stable: no blocking pair, by the module and by a naive oracle', () => {
    fc.assert(fc.property(arb, (input) => {
      const assign = byFellow(matchFellows(input));
      expect(findBlockingPairs(input, assign)).toEqual([]);
      expect(naiveBlockingPairs(input, assign)).toEqual([]);
    }), runs);
  });

  it('never exceeds capacity, never places an unacceptable pair, places each fellow once', () => {
    fc.assert(fc.property(arb, (input) => {
      const r = matchFellows(input);
      const m = naiveModel(input);
      expect(r.assignments.map((a) => a.fellowId)).toEqual(m.fellowIds);
      expect(checkAssignment(input, byFellow(r))).toEqual({ overCapacity: [], unacceptable: [] });
      for (const p of input.projects) expect(r.byProject[p.id].length).toBeLessThanOrEqual(p.capacity);
      for (const a of r.assignments) if (a.projectId) expect(m.acceptable(a.fellowId, a.projectId)).toBe(true);
      const seated = Object.values(r.byProject).flat();
      expect(new Set(seated).size).toBe(seated.length);
      expect(seated.sort()).toEqual(r.assignments.filter((a) => a.projectId).map((a) => a.fellowId).sort());
      for (const [pid, list] of Object.entries(r.byProject)) {
        const ranks = list.map((f) => m.pRank(pid, f));
        expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
        for (const f of list) expect(byFellow(r).get(f)).toBe(pid);
      }
    }), runs);
  });

  it('is deterministic, and invariant to the order of the fellows and projects arrays', () => {
    fc.assert(fc.property(arb, fc.nat(), (input, seed) => {
      const first = matchFellows(input);
      expect(matchFellows(structuredClone(input))).toEqual(first);
      const permuted = { ...input, fellows: shuffled(input.fellows, seed), projects: shuffled(input.projects, seed + 1) };
      const again = matchFellows(permuted);
      expect(placements(again)).toEqual(placements(first));
      expect(again.byProject).toEqual(first.byProject);
      expect(again.stats).toEqual(first.stats);
    }), runs);
  });

  it('reports stats consistent with the assignments', () => {
    fc.assert(fc.property(arb, (input) => {
      const { assignments, stats } = matchFellows(input);
      const ranks = assignments.flatMap((a) => (a.rank === null ? [] : [a.rank]));
      const seats = input.projects.reduce((s, p) => s + p.capacity, 0);
      const hist: Record<number, number> = {};
      for (const k of ranks) hist[k] = (hist[k] ?? 0) + 1;
      const F = assignments.length;
      expect(stats).toEqual({
        fellows: F, placed: ranks.length, unplaced: F - ranks.length,
        top1Share: F ? ranks.filter((k) => k === 1).length / F : 0,
        top2Share: F ? ranks.filter((k) => k <= 2).length / F : 0,
        seats, unfilledSeats: seats - ranks.length, rankHistogram: hist,
      });
    }), runs);
  });

  it('gives reasons that are true: preferred projects were full of better-ranked fellows or declined', () => {
    fc.assert(fc.property(arb, (input) => {
      const r = matchFellows(input);
      const m = naiveModel(input);
      for (const a of r.assignments) {
        const prefs = m.fPrefs.get(a.fellowId)!;
        expect(a.rank).toBe(a.projectId === null ? null : prefs.indexOf(a.projectId) + 1);
        const better = a.projectId === null ? prefs : prefs.slice(0, a.rank! - 1);
        const { reason } = a;
        if (reason.kind === 'first-choice') expect(a.rank).toBe(1);
        else if (reason.kind === 'placed-lower') expect(reason.rank).toBe(a.rank);
        else expect(a.projectId).toBeNull();
        const full = reason.kind === 'first-choice' ? [] : better.filter((p) => !m.banned(p, a.fellowId));
        const declined = better.filter((p) => m.banned(p, a.fellowId));
        if (reason.kind === 'placed-lower') expect(reason).toMatchObject({ fullerChoices: full, unacceptableAt: declined });
        if (reason.kind === 'unplaced') {
          const expected = prefs.length === 0 ? 'no-preferences' : declined.length === 0 ? 'all-full' : full.length === 0 ? 'all-unacceptable' : 'mixed';
          expect(reason.reason).toBe(expected);
        }
        for (const p of full) {
          expect(r.byProject[p].length).toBe(m.cap(p));
          for (const g of r.byProject[p]) expect(m.pRank(p, g)).toBeLessThan(m.pRank(p, a.fellowId));
        }
      }
    }), runs);
  });

  it('exposes a planted blocking pair when a placed fellow is removed', () => {
    fc.assert(fc.property(arb, fc.nat(), (input, pick) => {
      const assign = byFellow(matchFellows(input));
      const placed = [...assign].filter(([, p]) => p !== null);
      fc.pre(placed.length > 0);
      const [fellowId, projectId] = placed[pick % placed.length];
      assign.set(fellowId, null);
      const pairs = findBlockingPairs(input, assign);
      expect(pairs).toContainEqual({ fellowId, projectId });
      expect(pairs).toEqual(naiveBlockingPairs(input, assign));
    }), runs);
  });
});

describe('matchFellows properties (both sides)', () => {
  it('fellow-proposing is weakly better for every fellow; both place the same fellows and fill the same seats', () => {
    fc.assert(fc.property(instanceArb(30, 10), (input) => {
      const fr = matchFellows({ ...input, proposing: 'fellow' });
      const pr = matchFellows({ ...input, proposing: 'project' });
      fr.assignments.forEach((a, i) => {
        expect(a.rank ?? Infinity).toBeLessThanOrEqual(pr.assignments[i].rank ?? Infinity);
        expect(a.projectId === null).toBe(pr.assignments[i].projectId === null);
      });
      for (const p of input.projects) expect(fr.byProject[p.id].length).toBe(pr.byProject[p.id].length);
    }), runs);
  });

  it('matches brute force on tiny instances: fellow-best and fellow-worst of all stable matchings', () => {
    fc.assert(fc.property(instanceArb(5, 3, 2), (input) => {
      const stable = allStableMatchings(input);
      expect(stable.length).toBeGreaterThan(0);
      const m = naiveModel(input);
      const fr = byFellow(matchFellows({ ...input, proposing: 'fellow' }));
      const pr = byFellow(matchFellows({ ...input, proposing: 'project' }));
      const key = (a: Assign) => JSON.stringify(m.fellowIds.map((f) => a.get(f) ?? null));
      const keys = stable.map(key);
      expect(keys).toContain(key(fr));
      expect(keys).toContain(key(pr));
      for (const s of stable) {
        for (const f of m.fellowIds) {
          expect(m.fRank(f, fr.get(f))).toBeLessThanOrEqual(m.fRank(f, s.get(f)));
          expect(m.fRank(f, pr.get(f))).toBeGreaterThanOrEqual(m.fRank(f, s.get(f)));
        }
      }
    }), { numRuns: 300 });
  });

  it('findBlockingPairs agrees with the naive definition on arbitrary (unstable, invalid) assignments', () => {
    const withAssignment = instanceArb(12, 5).chain((input) => {
      const targets = [null, 'ghost-project', ...input.projects.map((p) => p.id)];
      return fc.tuple(fc.constant(input), fc.tuple(...input.fellows.map(() => fc.constantFrom(...targets))));
    });
    fc.assert(fc.property(withAssignment, ([input, targets]) => {
      const assign: Assign = new Map(input.fellows.map((f, i) => [f.id, targets[i]]));
      expect(findBlockingPairs(input, assign)).toEqual(naiveBlockingPairs(input, assign));
    }), runs);
  });
});
