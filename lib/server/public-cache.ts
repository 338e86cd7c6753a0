// A per-process cache for the data of the public pages (home, call pages, programmes,
// reports), so a visitor's request costs one small query instead of the page's many.
//
// Never stale after a change: database triggers bump the "public" version in the same
// transaction as any change to the tables these pages read (migration
// 20261206120000_public_cache). Each request reads that version first (once per request) and
// uses a copy only if it was loaded under the same version. Reading the version before the
// data means a copy is never newer-labelled than what it holds, whichever server process made
// the change. A copy also ends at the moment the data itself changes with the clock (a call
// opening or closing), and after `maxAgeMs` for data the triggers do not cover.
import 'server-only'
import { cache } from 'react'
import type { PrismaClient } from '@prisma/client'
import { getDb } from './db'

interface Entry {
  version: bigint
  /** Epoch ms after which the copy is no longer used. */
  until: number
  value: Promise<unknown>
}

/** Copies per database client: a test that swaps databases never sees another one's copy. */
const copies = new WeakMap<PrismaClient, Map<string, Entry>>()
const MAX_COPIES = 1000

/** The public data's version, read once per request (React's request cache). */
const currentVersion = cache(async (db: PrismaClient): Promise<bigint | null> => {
  const row = await db.cacheVersion.findUnique({ where: { domain: 'public' }, select: { version: true } })
  return row?.version ?? null
})

export interface Loaded<T> {
  value: T
  /** When the value changes by itself (a call opens or closes); undefined: only by a write. */
  changesAt?: Date | null
}

/**
 * The value under `key`, from this process's copy when the public data has not changed since
 * it was loaded, else from `load`. `load` receives the time it should treat as now.
 */
export async function publicCached<T>(key: string, load: (now: Date) => Promise<Loaded<T>>, o: { maxAgeMs?: number } = {}): Promise<T> {
  const db = await getDb()
  const version = await currentVersion(db)
  // No version yet (a database no public table was ever written to): nothing to check against.
  if (version === null) return (await load(new Date())).value
  let map = copies.get(db)
  if (!map) copies.set(db, (map = new Map()))
  const now = Date.now()
  const hit = map.get(key)
  if (hit && hit.version === version && now < hit.until) return hit.value as Promise<T>

  const entry: Entry = { version, until: now + (o.maxAgeMs ?? Infinity), value: Promise.resolve() }
  // Requests that miss together share one load.
  entry.value = load(new Date(now)).then(
    (loaded) => {
      const changesAt = loaded.changesAt?.getTime()
      if (changesAt !== undefined) entry.until = Math.min(entry.until, changesAt)
      return loaded.value
    },
    (e: unknown) => {
      if (map.get(key) === entry) map.delete(key)
      throw e
    },
  )
  if (map.size >= MAX_COPIES) map.delete(map.keys().next().value!)
  map.set(key, entry)
  return entry.value as Promise<T>
}

/** The earliest of the given moments that is still ahead of `now`. */
export function nextMoment(now: Date, moments: (Date | null | undefined)[]): Date | null {
  let next: Date | null = null
  for (const m of moments) if (m && m > now && (!next || m < next)) next = m
  return next
}
