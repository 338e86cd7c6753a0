// A fingerprint of a whole database: every table's row count and a hash of its rows in a
// canonical order. Two databases with equal snapshots hold the same data; backups are
// checked with it (tests/integration/backup.db.test.ts) and restores print its counts.
import type { SqlRunner } from '../server/migrate'
import { sha256Hex } from '../hash'

export interface TableSnapshot {
  rows: number
  sha256: string
}

export type Snapshot = Record<string, TableSnapshot>

// Dates, decimals and JSON come back as different JS types from the two drivers; the
// canonical form keeps only their value. An array of an enum comes back from PGlite's own
// client as its text ("{SUPERVISOR,SELF}") and as an array through the adapter: a plain
// array literal (no quotes, braces or escapes inside) is read as the array it stands for.
const ARRAY_LITERAL = /^\{[^{}"\\]*\}$/

function canonical(v: unknown): unknown {
  if (typeof v === 'string' && ARRAY_LITERAL.test(v)) return v === '{}' ? [] : v.slice(1, -1).split(',')
  if (v instanceof Date) return v.toISOString()
  if (typeof v === 'bigint') return v.toString()
  if (v instanceof Uint8Array) return Buffer.from(v).toString('base64')
  if (Array.isArray(v)) return v.map(canonical)
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
    )
  return v
}

export async function listTables(db: SqlRunner): Promise<string[]> {
  const rows = await db.query<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)
  return rows.map((r) => r.tablename)
}

export async function snapshot(db: SqlRunner): Promise<Snapshot> {
  const out: Snapshot = {}
  for (const table of await listTables(db)) {
    const rows = await db.query<Record<string, unknown>>(`SELECT * FROM "${table}"`)
    const lines = rows.map((r) => JSON.stringify(canonical(r))).sort()
    out[table] = { rows: lines.length, sha256: sha256Hex(lines.join('\n')) }
  }
  return out
}

/** Tables whose rows differ between two snapshots, with their counts. */
export function diffSnapshots(a: Snapshot, b: Snapshot): string[] {
  const names = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()
  return names
    .filter((t) => a[t]?.sha256 !== b[t]?.sha256)
    .map((t) => `${t}: ${a[t]?.rows ?? 'missing'} row(s) before, ${b[t]?.rows ?? 'missing'} after`)
}
