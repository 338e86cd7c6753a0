// Reading a zod schema: which fields, and what kind of value each takes.
import type { z } from 'zod'

export type Kind =
  | { t: 'uuid' }
  | { t: 'enum'; values: string[] }
  | { t: 'number'; min: number; max: number }
  | { t: 'date' }
  | { t: 'bool' }
  | { t: 'string'; min: number; max?: number }
  | { t: 'array'; of: Kind }
  | { t: 'unknown' }

interface Def {
  type: string
  in?: Inner
  out?: Inner
  innerType?: Inner
  schema?: Inner
  element?: Inner
  entries?: Record<string, string>
  checks?: { _zod: { def: { check?: string; format?: string; value?: number; minimum?: number; maximum?: number } } }[]
  shape?: Record<string, Inner>
}
type Inner = { _zod: { def: Def } }

const defOf = (s: unknown) => (s as Inner)._zod.def

export function kindOf(schema: unknown): Kind {
  const def = defOf(schema)
  const checks = (def.checks ?? []).map((c) => c._zod.def)
  switch (def.type) {
    case 'pipe':
      // z.preprocess(fn, s) is a pipe from a transform: the value is checked by `s`.
      return defOf(def.in).type === 'transform' ? kindOf(def.out) : kindOf(def.in)
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
      return kindOf(def.innerType)
    case 'string':
      if (checks.some((c) => c.format === 'uuid')) return { t: 'uuid' }
      return {
        t: 'string',
        min: checks.find((c) => c.check === 'min_length')?.minimum ?? 0,
        max: checks.find((c) => c.check === 'max_length')?.maximum,
      }
    case 'enum':
      return { t: 'enum', values: Object.values(def.entries ?? {}) }
    case 'number': {
      const min = checks.find((c) => c.check === 'greater_than')?.value ?? 0
      const max = checks.find((c) => c.check === 'less_than')?.value ?? 1_000_000
      return { t: 'number', min, max }
    }
    case 'date':
      return { t: 'date' }
    case 'boolean':
      return { t: 'bool' }
    case 'array':
      return { t: 'array', of: kindOf(def.element) }
    default:
      return { t: 'unknown' }
  }
}

/** The object schema's fields, looking through refinements, transforms and pipes. */
export function fieldsOf(schema: z.ZodType): [string, Kind][] {
  let cur: Inner | undefined = schema as unknown as Inner
  for (let i = 0; i < 6 && cur; i++) {
    const def: Def = cur._zod.def
    if (def.type === 'object' && def.shape) return Object.entries(def.shape).map(([k, v]) => [k, kindOf(v)])
    cur = def.in ?? def.innerType ?? def.schema
  }
  return []
}

/** The fields holding a record id (or a list of them). */
export const uuidFields = (schema: z.ZodType) =>
  fieldsOf(schema)
    .filter(([, k]) => k.t === 'uuid' || (k.t === 'array' && k.of.t === 'uuid'))
    .map(([key]) => key)
