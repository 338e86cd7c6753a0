// Hostile-input helpers: arbitrary form values, every zod schema of the domains, and a snapshot
// of every table's row count (to prove a refused write left nothing behind).
import fc from 'fast-check'
import type { z } from 'zod'
import { getDb } from '../../lib/server/db'

export const NASTY = ['<script>alert(1)</script>', `'; DROP TABLE "User"; --`, '-1', '1e308', 'NaN', '   ', '', '0', 'true', 'null', '\u0000', '٣٤٥', 'x'.repeat(5000)]

/** One form value: mostly strings (as a form sends), plus the wrong types a crafted call could send. */
export const hostileValue = (extra: string[] = []): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.string(),
    fc.string({ maxLength: 20000 }),
    fc.string({ unit: 'binary' }),
    fc.constantFrom(...NASTY, ...(extra.length ? extra : ['x'])),
    fc.integer(),
    fc.double(),
    fc.constantFrom(Number.MAX_SAFE_INTEGER, -1, 1e308, Number.NaN, Infinity),
    fc.boolean(),
    fc.array(fc.string(), { maxLength: 5 }),
    fc.constant(null),
    fc.constant(undefined),
  )

/** Field names an object schema reads (looking through pipes/preprocess wrappers). */
export function shapeKeys(schema: z.ZodType): string[] {
  let cur = schema as unknown as { shape?: Record<string, unknown>; _zod?: { def?: { in?: unknown; innerType?: unknown; schema?: unknown } } }
  for (let i = 0; i < 5 && cur; i++) {
    if (cur.shape) return Object.keys(cur.shape)
    const def = cur._zod?.def
    cur = (def?.in ?? def?.innerType ?? def?.schema) as typeof cur
  }
  return []
}

/** A FormData-like object: the schema's own fields (some missing) plus random extra keys. */
export const hostileForm = (keys: string[], extra: string[] = []) =>
  fc.record(
    {
      known: fc.record(Object.fromEntries(keys.map((k) => [k, hostileValue(extra)])), { requiredKeys: [] }),
      unknown: fc.dictionary(fc.string({ maxLength: 12 }), hostileValue(), { maxKeys: 3 }),
    },
  ).map(({ known, unknown }) => ({ ...unknown, ...known }) as Record<string, unknown>)

export const isZodSchema = (v: unknown): v is z.ZodType =>
  typeof v === 'object' && v !== null && typeof (v as { safeParse?: unknown }).safeParse === 'function'

let countSql: string | undefined

/** Row count of every table of the application schema, in one query. */
export async function rowCounts(): Promise<Record<string, number>> {
  const db = await getDb()
  if (!countSql) {
    const tables = await db.$queryRawUnsafe<{ t: string }[]>(
      `SELECT table_name::text AS t FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY 1`,
    )
    countSql = 'SELECT ' + tables.map(({ t }) => `(SELECT count(*)::int FROM "${t.replace(/"/g, '""')}") AS "${t.replace(/"/g, '""')}"`).join(', ')
  }
  const [row] = await db.$queryRawUnsafe<Record<string, number>[]>(countSql)
  return row
}
