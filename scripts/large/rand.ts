// Deterministic randomness and date helpers for the large data set: the same scale gives the
// same people, scores and texts on every run (ids are fresh UUIDs).
export type Rng = () => number

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]
export const between = (r: Rng, min: number, max: number) => min + Math.floor(r() * (max - min + 1))
export const digits = (r: Rng, n: number) => Array.from({ length: n }, () => Math.floor(r() * 10)).join('')
export const chance = (r: Rng, p: number) => r() < p

/** Picks a key by weight: { A: 0.6, B: 0.4 }. */
export function weighted<K extends string>(r: Rng, table: Record<K, number>): K {
  const entries = Object.entries(table) as [K, number][]
  const total = entries.reduce((n, [, w]) => n + w, 0)
  let x = r() * total
  for (const [k, w] of entries) {
    if ((x -= w) < 0) return k
  }
  return entries[entries.length - 1][0]
}

export const DAY = 86_400_000
const KARACHI = 5 * 3_600_000

/** Midnight in Pakistan (UTC+5) of the day the instant falls on: how the app stores dates. */
export function karachiMidnight(d: Date): Date {
  const local = d.getTime() + KARACHI
  return new Date(local - (local % DAY) - KARACHI)
}

export const addDays = (d: Date, n: number) => new Date(d.getTime() + n * DAY)
export const addMinutes = (d: Date, n: number) => new Date(d.getTime() + n * 60_000)

/** A random instant between two others. */
export const instantBetween = (r: Rng, a: Date, b: Date) => new Date(a.getTime() + Math.floor(r() * Math.max(0, b.getTime() - a.getTime())))
