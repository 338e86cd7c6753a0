// CSV that spreadsheets open correctly: UTF-8 with a byte-order mark (so Excel reads Urdu),
// CRLF line ends, quoted cells, and cells that would start a formula neutralised. Shared by the
// recruitment, insight and open-data exports.
export type Cell = string | number | null | undefined

const FORMULA_START = /^[=+\-@\t\r]/

export function csvCell(v: Cell): string {
  if (v === null || v === undefined) return ''
  let s = typeof v === 'number' ? String(v) : v
  // A typed answer like "=HYPERLINK(...)" must stay text, not run in the spreadsheet.
  if (typeof v === 'string' && FORMULA_START.test(s)) s = `'${s}`
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s
}

export function csvRow(cells: Cell[]): string {
  return cells.map(csvCell).join(',') + '\r\n'
}

export const BOM = '\uFEFF'

/** A CSV export as a download: streamed chunk by chunk, never cached, never sniffed. */
export function csvResponse(out: { filename: string; chunks: string[] }) {
  const enc = new TextEncoder()
  let i = 0
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (i < out.chunks.length) controller.enqueue(enc.encode(out.chunks[i++]))
      else controller.close()
    },
  })
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${out.filename.replace(/[^\w.-]/g, '_')}"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
