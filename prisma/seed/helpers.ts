// Deterministic helpers of the demo seed: ids derived from a stable key, seeded random numbers,
// dates, and batched inserts. Nothing here touches the database but insertMany's callback.
import { sha256Hex } from '../../lib/hash'
import type { PrismaClient } from '@prisma/client'

/** What every section of the seed gets: the client, the tally of added rows and the log. */
export interface SeedContext {
  prisma: PrismaClient
  count: Count
  log: (s: string) => void
}

export type Count = (model: string, n: number) => void

/** A UUID derived from a key: the same key gives the same id on every run and machine. */
export function sid(...parts: (string | number)[]): string {
  const h = sha256Hex(`daftar-seed:${parts.join(':')}`)
  const variant = ((parseInt(h[16], 16) & 3) | 8).toString(16)
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`
}

export type Rng = () => number

function mulberry32(seed: number): Rng {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const rngFor = (label: string) => mulberry32(parseInt(sha256Hex(label).slice(0, 8), 16))
export const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]
export const between = (r: Rng, min: number, max: number) => min + Math.floor(r() * (max - min + 1))
export const digits = (r: Rng, n: number) => Array.from({ length: n }, () => between(r, 0, 9)).join('')
export function shuffled<T>(r: Rng, xs: readonly T[]): T[] {
  const a = [...xs]
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1))
    ;[a[i], a[j]] = [a[j], a[i]]
  }
  return a
}

const DAY = 86_400_000
/** Date-only values are stored at 00:00 UTC, which is the same calendar day in Pakistan. */
export const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`)
export const at = (iso: string) => new Date(iso)
export const addDays = (d: Date, n: number) => new Date(d.getTime() + n * DAY)
export const addHours = (d: Date, n: number) => new Date(d.getTime() + n * 3_600_000)
export const slugify = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
export const notNull = <T>(x: T | null | undefined): x is T => x !== null && x !== undefined

export async function insertMany<T>(rows: T[], write: (data: T[]) => Promise<{ count: number }>): Promise<number> {
  let n = 0
  for (let i = 0; i < rows.length; i += 500) n += (await write(rows.slice(i, i + 500))).count
  return n
}

/** Keys of a project (cycle, title) and of a fellowship (person, cycle) in the plan. */
export const pKey = (cycleKey: string, title: string) => `${cycleKey}|${title}`
export const fKey = (email: string, cycleKey: string) => `${email}|${cycleKey}`

/** Finds a row's id by its key once the rows are written (undefined if it could not be). */
export type IdOf = (key: string) => string | undefined
