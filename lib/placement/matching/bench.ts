// Benchmark: 2,000 fellows × 300 projects, 10 choices each. Run with `npx tsx lib/placement/matching/bench.ts`.

import { findBlockingPairs, matchFellows, type MatchInput } from './index'

// mulberry32: tiny seeded PRNG so every run benchmarks the identical instance.
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function makeInstance(fellowCount: number, projectCount: number, choices: number, seed: number): MatchInput {
  const rand = prng(seed)
  const fellowIds = Array.from({ length: fellowCount }, (_, i) => `fellow-${i}`)
  const projectIds = Array.from({ length: projectCount }, (_, i) => `project-${i}`)
  // Squaring skews demand towards low-numbered projects, as real cohorts crowd a few popular
  // departments; uniform demand would make the run unrealistically easy.
  const pick = () => projectIds[Math.floor(rand() ** 2 * projectCount)]
  const fellows = fellowIds.map((id) => {
    const prefs = new Set<string>()
    while (prefs.size < choices) prefs.add(pick())
    return { id, prefs: [...prefs] }
  })
  const projects = projectIds.map((id, i) => {
    const ranked = i % 2 === 0 ? Array.from({ length: 100 }, () => fellowIds[Math.floor(rand() * fellowCount)]) : undefined
    const unacceptable = i % 7 === 0 ? [fellowIds[Math.floor(rand() * fellowCount)]] : undefined
    return { id, capacity: 1 + Math.floor(rand() * 10), prefs: ranked, unacceptable }
  })
  return { fellows, projects, tieBreakSeed: 'bench' }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

const input = makeInstance(2000, 300, 10, 20240611)
const RUNS = 7

for (const proposing of ['fellow', 'project'] as const) {
  const run = { ...input, proposing }
  matchFellows(run) // warm-up so the JIT is not billed to the first timed run
  const times: number[] = []
  let result = matchFellows(run)
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now()
    result = matchFellows(run)
    times.push(performance.now() - t0)
  }
  const blocking = findBlockingPairs(run, new Map(result.assignments.map((a) => [a.fellowId, a.projectId])))
  const { placed, seats, top1Share } = result.stats
  console.log(
    `${proposing}-proposing: median ${median(times).toFixed(1)} ms over ${RUNS} runs ` +
      `(min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}); ` +
      `placed ${placed}/${input.fellows.length}, seats ${seats}, top-1 ${(top1Share * 100).toFixed(1)}%, blocking pairs ${blocking.length}`,
  )
  // A blocking pair here would mean the algorithm is wrong, which matters more than any timing.
  if (blocking.length > 0) process.exitCode = 1
}
console.log(`heap used: ${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(1)} MB`)
