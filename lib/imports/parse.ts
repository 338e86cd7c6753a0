// A CSV file read with papaparse, the same way in the browser (for progress in chunks) and on the
// server (which reads it again and never trusts the browser): byte-order mark stripped, CRLF or
// LF, quoted commas and line breaks, blank lines and NUL characters dropped; Urdu names pass through untouched.
import Papa from 'papaparse'

/** 10 MB and 20,000 rows: a programme's full history is a few thousand rows a cycle. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024
export const MAX_IMPORT_ROWS = 20_000
/** Rows written per transaction and per request from the browser. */
export const IMPORT_CHUNK = 1000

export type ParsedCsv = { ok: true; headers: string[]; rows: string[][] } | { ok: false; error: 'empty' | 'tooManyRows' | 'unreadable' }

export function parseCsv(text: string): ParsedCsv {
  // PostgreSQL stores no NUL in text: one in a cell (a damaged export) would fail its whole batch.
  const body = text.replace(/^\uFEFF/, '').replace(/\u0000/g, '')
  if (!body.trim()) return { ok: false, error: 'empty' }
  const out = Papa.parse<string[]>(body, { skipEmptyLines: 'greedy' })
  const rows = out.data.filter((r) => Array.isArray(r))
  if (!rows.length || (out.errors.length && out.errors.some((e) => e.type === 'Quotes'))) return { ok: false, error: 'unreadable' }
  const [headers, ...data] = rows
  if (!data.length) return { ok: false, error: 'empty' }
  if (data.length > MAX_IMPORT_ROWS) return { ok: false, error: 'tooManyRows' }
  return { ok: true, headers: headers.map((h) => h.trim()), rows: data }
}
