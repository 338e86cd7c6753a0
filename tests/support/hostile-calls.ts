// What fast-check varies in the hostile-form tests: edits to an action's valid form (a field
// given a hostile value, dropped, repeated, or an unknown one added) or a form of junk, and the
// edge values each field gets before the random runs.
import fc from 'fast-check'
import { createHash } from 'node:crypto'
import { areaOf } from '../../lib/auth/roles'
import type { Viewer } from '../../lib/auth/viewer'
import { hostileFieldValue, hostileFile, hostileText, type FormValue } from './hostile'
import { fieldsOf, type Kind } from './schema-fields'
import { showEntries, shown, type Edit, type Entries } from './hostile-checker'
import type { Base } from './hostile-base'
import { SEED, admin, otherIds, staff, type Action } from './hostile-world'

/** Names a crafted form might add: prototype keys, Next's own, ones the domain reads by prefix. */
const unknownKey = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    '$ACTION_ID_0',
    '$ACTION_REF_1',
    'id',
    'role',
    'userId',
    'a.',
    's.',
    'rank_',
    'pref_',
    'a.__proto__',
  ),
  fc.uuid().map((u) => `s.${u}`),
  fc.uuid().map((u) => `rank_${u}`),
  fc.uuid().map((u) => `pref_${u}`),
  fc.string({ minLength: 1, maxLength: 12 }),
)

export interface Call {
  caller: Viewer | null
  edits?: Edit[]
  /** A form of junk instead of the valid one. */
  junk?: Entries
}

export function callArbitrary(a: Action, base: Base): fc.Arbitrary<Call> {
  const kinds = new Map<string, Kind>(a.schema ? fieldsOf(a.schema) : [])
  const keys = [...new Set([...kinds.keys(), ...Object.keys(base.values)])]
  // The schema's own fields mostly; now and then one the domain may read by name (answers,
  // scores, rankings), which every crafted form carries.
  const others = keys.filter((k) => !kinds.has(k))
  const key =
    kinds.size && others.length
      ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...kinds.keys()) }, { weight: 1, arbitrary: fc.constantFrom(...others) })
      : fc.constantFrom(...(keys.length ? keys : ['x']))
  const valueFor = (key: string) => {
    const kind = kinds.get(key) ?? { t: 'unknown' as const }
    const valid = [base.values[key]].flat()[0]
    return hostileFieldValue(kind, valid, otherIds)
  }
  const anyValue = fc.oneof(hostileText(), hostileFile())
  const edit: fc.Arbitrary<Edit> = keys.length
    ? fc.oneof(
        { weight: 6, arbitrary: key.chain((k) => valueFor(k).map((v) => ({ key: k, values: [v] }))) },
        { weight: 2, arbitrary: key.map((k) => ({ key: k, drop: true as const })) },
        // The same key sent two or three times, or hundreds.
        {
          weight: 2,
          arbitrary: key.chain((k) => fc.array(valueFor(k), { minLength: 2, maxLength: 3 }).map((values) => ({ key: k, values }))),
        },
        {
          weight: 1,
          arbitrary: fc
            .tuple(key, fc.constantFrom(...otherIds))
            .map(([k, id]) => ({ key: k, values: Array<FormValue>(300).fill([base.values[k]].flat()[0] ?? id) })),
        },
        { weight: 1, arbitrary: fc.tuple(unknownKey, anyValue).map(([key, v]) => ({ key, values: [v] })) },
      )
    : fc.tuple(unknownKey, anyValue).map(([key, v]) => ({ key, values: [v] }))
  const junk = fc.array(fc.tuple(keys.length ? fc.oneof(fc.constantFrom(...keys), unknownKey) : unknownKey, anyValue), { maxLength: 8 })
  // Staff and admins share staff actions; the owner of a record is the one caller allowed it.
  const caller = areaOf(a.route) === '/staff' ? fc.constantFrom(staff, admin) : fc.constant(base.caller)
  return fc
    .record({
      caller,
      form: fc.oneof(
        { weight: 4, arbitrary: fc.array(edit, { minLength: 1, maxLength: 3 }).map((edits) => ({ edits })) },
        { weight: 1, arbitrary: junk.map((j) => ({ junk: j })) },
      ),
    })
    .map(({ caller, form }) => Object.assign({ caller, ...form }, { [fc.toStringMethod]: () => showCall({ caller, ...form }) }))
}

/**
 * Values that pass most schemas and then meet the database: an integer past 32 bits, a year
 * the database cannot store, a string exactly as long as allowed in a two-byte script. Each
 * field of each action gets its one, before the random runs, whatever the seed.
 */
export function edgeCalls(a: Action, base: Base): Call[] {
  const edge = (kind: Kind): string | undefined => {
    if (kind.t === 'number') return '2147483648'
    if (kind.t === 'date') return '0001-01-01'
    if (kind.t === 'string' && kind.max !== undefined) return 'ی'.repeat(kind.max)
    return undefined
  }
  return (a.schema ? fieldsOf(a.schema) : []).flatMap(([key, kind]) => {
    const value = edge(kind)
    return value === undefined ? [] : [{ caller: base.caller, edits: [{ key, values: [value] }] }]
  })
}

/** A call as fast-check reports it: long values shortened. */
function showCall(c: Call): string {
  const who = c.caller?.role ?? 'anonymous'
  if (c.junk) return `${who}, junk form ${showEntries(c.junk)}`
  const values = (v: FormValue[]) => (v.length > 3 ? `${shown(v[0])} ×${v.length}` : v.map(shown).join(' & '))
  const edits = (c.edits ?? []).map((e) => ('drop' in e ? `drop ${shown(e.key)}` : `${shown(e.key)} = ${values(e.values)}`))
  return `${who}, valid form with ${edits.join('; ')}`
}

/** A different, reproducible seed per action. */
export const seedFor = (id: string) => SEED ^ createHash('sha256').update(id).digest().readInt32LE(0)
