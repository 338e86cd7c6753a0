// Hostile-input helpers: arbitrary form values, every zod schema of the domains, a snapshot of
// every table's row count (to prove a refused write left nothing behind), and hostile values
// for a form field by the kind of value it expects.
import fc from 'fast-check'
import type { z } from 'zod'
import { getDb } from '../../lib/server/db'
import type { Kind } from './schema-fields'

export const NASTY = [
  '<script>alert(1)</script>',
  `'; DROP TABLE "User"; --`,
  '-1',
  '1e308',
  'NaN',
  '   ',
  '',
  '0',
  'true',
  'null',
  '\u0000',
  '٣٤٥',
  'x'.repeat(5000),
]

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
  let cur = schema as unknown as {
    shape?: Record<string, unknown>
    _zod?: { def?: { in?: unknown; innerType?: unknown; schema?: unknown } }
  }
  for (let i = 0; i < 5 && cur; i++) {
    if (cur.shape) return Object.keys(cur.shape)
    const def = cur._zod?.def
    cur = (def?.in ?? def?.innerType ?? def?.schema) as typeof cur
  }
  return []
}

/** A FormData-like object: the schema's own fields (some missing) plus random extra keys. */
export const hostileForm = (keys: string[], extra: string[] = []) =>
  fc
    .record({
      known: fc.record(Object.fromEntries(keys.map((k) => [k, hostileValue(extra)])), { requiredKeys: [] }),
      unknown: fc.dictionary(fc.string({ maxLength: 12 }), hostileValue(), { maxKeys: 3 }),
    })
    .map(({ known, unknown }) => ({ ...unknown, ...known }) as Record<string, unknown>)

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
    countSql =
      'SELECT ' + tables.map(({ t }) => `(SELECT count(*)::int FROM "${t.replace(/"/g, '""')}") AS "${t.replace(/"/g, '""')}"`).join(', ')
  }
  const [row] = await db.$queryRawUnsafe<Record<string, number>[]>(countSql)
  return row
}

// ------------------------------------------------------------------------------------------
// Hostile form fields: what a crafted POST can put in a field, as a browser would send it
// (strings and files only), chosen by the kind of value the field expects.

export type FormValue = string | File

const HUGE = 100_000

/** Text a person or a script could type into any field. */
export const HOSTILE_TEXT = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(document.cookie)>',
  `'; DROP TABLE "User"; --`,
  "' OR '1'='1",
  '1; SELECT pg_sleep(5)--',
  'پشاور میں سرکاری اسکولوں کا ریکارڈ', // RTL Urdu
  '\u202Egnp.exe', // right-to-left override
  'a\u200Bb\u200Cc\u200Dd\uFEFF', // zero-width characters
  '👩🏽‍💻🇵🇰🧕🏾',
  '\u0000',
  'null\u0000byte',
  '\r\n\t',
  '   ',
  '',
  '%00%27%22',
  '../../../etc/passwd',
  '{{7*7}}${7*7}',
  '[object Object]',
  'undefined',
  '__proto__',
  'constructor',
  '\uD800', // a lone surrogate (FormData turns it into U+FFFD)
]

const HUGE_TEXT = ['x'.repeat(HUGE), 'ے'.repeat(HUGE), '😀'.repeat(HUGE / 2), 'a\u0000'.repeat(HUGE / 2)]

/** Numbers as typed: negative, huge, fractional, not a number, or not in these digits. */
export const HOSTILE_NUMBERS = [
  '-1',
  '0',
  '-0',
  '0.5',
  '1.5',
  '1e308',
  '-1e308',
  'NaN',
  'Infinity',
  '-Infinity',
  '2147483648',
  '-2147483649',
  '9007199254740993',
  '1e21',
  '0x1F',
  ' 7 ',
  '٣',
  '1,000',
  '1_000',
  '+5',
  '.',
]

/** Dates that do not exist, lie far away, or are not dates. */
export const HOSTILE_DATES = [
  '2025-02-30',
  '2025-13-01T10:00',
  '2025-06-01T25:61',
  '275760-09-13T00:00',
  '+275760-09-13',
  '0000-01-01T00:00',
  '0001-01-01',
  '1900-01-01T00:00',
  '9999-12-31T23:59',
  '1970-01-01',
  'yesterday',
  '2025-06-01 10:00',
  '1e12',
  '-1',
  '2025-06-01T10:00Z',
  '2025-06-01T10:00+14:00',
]

/** Files no form should accept quietly: empty, mislabelled, oddly named. */
export const hostileFile = (): fc.Arbitrary<File> =>
  fc
    .constantFrom(
      () => new File([], ''),
      () => new File(['<script>alert(1)</script>'], 'report.pdf', { type: 'text/html' }),
      () => new File([new Uint8Array([0x4d, 0x5a, 0x90, 0x00])], '..\\..\\evil.exe\u0000.pdf', { type: 'application/pdf' }),
      () => new File(['%PDF-1.7\n'], `${'ے'.repeat(300)}.pdf`, { type: 'application/pdf' }),
      () => new File(['{"a":1}'], 'data.json', { type: 'application/json' }),
    )
    .map((make) => make())

/** Any string, hostile or plain, of any length. */
export const hostileText = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
    { weight: 1, arbitrary: fc.constantFrom(...HUGE_TEXT) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS, ...HOSTILE_DATES) },
  )

/**
 * A value for a field, by what the field expects (the kind read from its zod schema), given the
 * valid value it had and the ids of other records. Half the time the value is still close to
 * valid (the right kind, a boundary, the valid value with a NUL or a zero-width character in
 * it), so it gets past the schema and reaches the domain and the database.
 */
export function hostileFieldValue(kind: Kind, valid: string | undefined, otherIds: string[]): fc.Arbitrary<FormValue> {
  const near: fc.Arbitrary<string>[] = []
  if (valid !== undefined && valid !== '') {
    near.push(
      fc
        .constantFrom('\u0000', '\u200B', '\u202E', '<b>', "'", '"', ' ', 'ے', '😀')
        .chain((c) => fc.nat(valid.length).map((at) => valid.slice(0, at) + c + valid.slice(at))),
      fc.constantFrom(` ${valid} `, valid.toUpperCase(), valid.toLowerCase(), `${valid}${valid}`),
    )
  }
  switch (kind.t) {
    case 'string': {
      const max = kind.max ?? 5000
      near.push(
        fc.constantFrom('y'.repeat(max), 'ی'.repeat(max), 'z'.repeat(max + 1), ` ${'w'.repeat(max)} `, '😀'.repeat(Math.ceil(max / 2))),
      )
      break
    }
    case 'number':
      near.push(
        fc.constantFrom(...HOSTILE_NUMBERS, String(kind.min), String(kind.max), String(kind.min - 1), String(kind.max + 1)),
        fc.integer().map(String),
        fc.double().map(String),
      )
      break
    case 'date':
      near.push(
        fc.constantFrom(...HOSTILE_DATES),
        fc.date().map((d) => (Number.isNaN(d.getTime()) ? 'Invalid Date' : d.toISOString().slice(0, 16))),
      )
      break
    case 'uuid':
    case 'array':
      near.push(
        fc.constantFrom(
          ...otherIds,
          '00000000-0000-0000-0000-000000000000',
          'ffffffff-ffff-ffff-ffff-ffffffffffff',
          "' OR 1=1 --",
          'not-a-uuid',
        ),
        fc.uuid(),
        fc.uuid().map((u) => u.toUpperCase()),
      )
      if (kind.t === 'array' && kind.of.t === 'enum') near.push(fc.constantFrom(...kind.of.values))
      break
    case 'enum':
      near.push(fc.constantFrom(...kind.values, ...kind.values.map((v) => v.toLowerCase()), 'toString', 'hasOwnProperty'))
      break
    case 'bool':
      near.push(fc.constantFrom('on', 'off', 'true', 'false', '1', '0', 'yes', 'ON', ''))
      break
  }
  return fc.oneof(
    { weight: 3, arbitrary: near.length ? fc.oneof(...near) : hostileText() },
    { weight: 3, arbitrary: hostileText() },
    { weight: 1, arbitrary: hostileFile() },
  )
}
