// Fast inserts for the large data set: many rows per INSERT statement, sent through `pg`
// directly (Prisma's createMany is an order of magnitude slower at a million rows).
export type Row = Record<string, unknown>

/** What the generator needs of a connection: a pg Client or Pool, or a PGlite instance. */
export interface Queryable {
  query<R = any>(sql: string, params?: unknown[]): Promise<{ rows: R[] }>
}

// PostgreSQL allows 65,535 parameters per statement.
const MAX_PARAMS = 60_000

/** Inserts rows (all with the same keys) into a table, in as few statements as the limit allows. */
export async function insertRows(client: Queryable, table: string, rows: Row[]): Promise<number> {
  if (rows.length === 0) return 0
  const columns = Object.keys(rows[0])
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / columns.length))
  const head = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES `
  for (let from = 0; from < rows.length; from += perStatement) {
    const batch = rows.slice(from, from + perStatement)
    const params: unknown[] = []
    const tuples = batch.map((row) => {
      const marks = columns.map((c) => {
        params.push(encode(row[c]))
        return `$${params.length}`
      })
      return `(${marks.join(',')})`
    })
    await client.query(head + tuples.join(','), params)
  }
  return rows.length
}

// JSON columns get a string; pg turns JS arrays into PostgreSQL array literals itself.
function encode(v: unknown): unknown {
  if (v === undefined) return null
  if (v !== null && typeof v === 'object' && !(v instanceof Date) && !Array.isArray(v)) return JSON.stringify(v)
  return v
}

/** Collects rows per table and writes them in foreign-key order. */
export class RowBuffer {
  private tables = new Map<string, Row[]>()
  readonly written = new Map<string, number>()

  constructor(private readonly order: string[]) {}

  add(table: string, row: Row) {
    if (!this.order.includes(table)) throw new Error(`RowBuffer: unknown table ${table}`)
    let rows = this.tables.get(table)
    if (!rows) this.tables.set(table, (rows = []))
    rows.push(row)
  }

  async flush(client: Queryable) {
    for (const table of this.order) {
      const rows = this.tables.get(table)
      if (!rows?.length) continue
      const n = await insertRows(client, table, rows)
      this.written.set(table, (this.written.get(table) ?? 0) + n)
      this.tables.set(table, [])
    }
  }
}
