// Every server action and route handler of app/, found on disk so a new one is covered without
// editing a list; how to call them outside Next; and the forms a crafted call sends: each field
// of the action's own zod schema filled with a plausible value, its id fields with the ids of
// records the caller must not touch.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { randomUUID } from 'node:crypto'
import type { z } from 'zod'
import type { ActionState } from '../../lib/server/action-state'
import { toKarachiLocal } from '../../lib/i18n/format'
import { getDb } from '../../lib/server/db'
import { settleAfterResponse } from '../../lib/server/after-response'

export const ROOT = path.resolve(import.meta.dirname, '../..')

function walk(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name).split(path.sep).join('/')],
  )
}

/** The URL a file under app/ serves: route groups dropped, dynamic segments kept. */
export function routeOf(file: string): string {
  const segments = file.split('/').slice(1, -1).filter((s) => !/^\(.*\)$/.test(s))
  return '/' + segments.join('/')
}

/** Files under app/ whose first statement is the 'use server' directive. */
export function serverActionFiles(): string[] {
  return walk('app')
    .filter((f) => /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f))
    .filter((f) => /^\s*(['"])use server\1/.test(stripLeadingComments(readFileSync(path.join(ROOT, f), 'utf8'))))
    .sort()
}

function stripLeadingComments(src: string) {
  return src.replace(/^(\s*(\/\/[^\n]*\n|\/\*[\s\S]*?\*\/))*/, '')
}

/** Names of the exported async functions, read from the source text. */
export function exportedAsyncNames(file: string): string[] {
  const src = readFileSync(path.join(ROOT, file), 'utf8')
  const names = [...src.matchAll(/^export\s+async\s+function\s+(\w+)/gm), ...src.matchAll(/^export\s+const\s+(\w+)\s*=\s*async\b/gm)].map((m) => m[1])
  return names.sort()
}

/** One server action: where it lives, and the function (its schema is learnt by calling it). */
export interface DiscoveredAction {
  /** file#export, e.g. app/(app)/review/actions.ts#saveReviewAction */
  id: string
  file: string
  name: string
  route: string
  fn: AnyAction
  schema?: z.ZodType
}

/** Every exported async function of every 'use server' file, imported (through the test's mocks). */
export async function discoverActions(): Promise<DiscoveredAction[]> {
  const found: DiscoveredAction[] = []
  for (const file of serverActionFiles()) {
    const mod = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>
    for (const name of exportedAsyncNames(file)) found.push({ id: `${file}#${name}`, file, name, route: routeOf(file), fn: mod[name] as AnyAction })
  }
  return found
}

export const routeHandlerFiles = () => walk('app').filter((f) => /\/route\.(ts|tsx)$/.test(f)).sort()

export const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const

// ------------------------------------------------------------------------------------------
// Calling an action

export type AnyAction = (...args: unknown[]) => Promise<unknown>

export interface Outcome {
  /** The ActionState returned, or a synthetic one for a redirect. */
  state: ActionState | undefined
  redirectedTo?: string
  /** Anything else thrown: what a user would see as a 500. */
  thrown?: unknown
}

const digestOf = (e: unknown) => (typeof e === 'object' && e !== null && typeof (e as { digest?: unknown }).digest === 'string' ? (e as { digest: string }).digest : '')

/**
 * Calls an action as React would: (prevState, formData), (formData) or (). A redirect() is a
 * success (it is how create actions finish); notFound() is a refusal.
 */
export async function callAction(fn: AnyAction, fd: FormData): Promise<Outcome> {
  try {
    const args = fn.length >= 2 ? [{ ok: false }, fd] : fn.length === 1 ? [fd] : []
    const state = (await fn(...args)) as ActionState | undefined
    return { state }
  } catch (e) {
    const digest = digestOf(e)
    if (digest.startsWith('NEXT_REDIRECT')) return { state: { ok: true }, redirectedTo: digest.split(';')[2] }
    if (digest.startsWith('NEXT_HTTP_ERROR_FALLBACK;404') || digest === 'NEXT_NOT_FOUND') return { state: { ok: false, formError: 'notFound()' } }
    return { state: undefined, thrown: e }
  } finally {
    // What the action left for after its response (mail) is part of the call: it is done
    // before the caller compares the tables.
    await settleAfterResponse()
  }
}

// ------------------------------------------------------------------------------------------
// Reading a zod schema: which fields, and what kind of value each takes

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
      return { t: 'string', min: checks.find((c) => c.check === 'min_length')?.minimum ?? 0, max: checks.find((c) => c.check === 'max_length')?.maximum }
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

// ------------------------------------------------------------------------------------------
// Crafted forms

export type FormValues = Record<string, string | string[]>

const day = 86_400_000
const karachiDay = (offsetDays: number) => toKarachiLocal(new Date(Date.now() + offsetDays * day), false)

/** Dates that open something lie in the past, dates that close or are due lie ahead. */
const PAST_DATES = new Set(['opensAt', 'applicationsOpenAt', 'startDate', 'recordedOn'])

/** Values for fields whose name says more than their type. */
function byName(key: string, kind: Kind): string | string[] | undefined {
  if (kind.t === 'bool') return 'on'
  if (kind.t === 'date') return PAST_DATES.has(key) ? karachiDay(-20) : karachiDay(20)
  switch (key) {
    case 'email':
      return `crafted-${randomUUID().slice(0, 8)}@example.pk`
    case 'slug':
      return `crafted-${randomUUID().slice(0, 8)}`
    case 'name':
      // Names of departments, programmes and metrics are unique.
      return `Crafted name ${randomUUID().slice(0, 8)}`
    case 'key':
      return 'craftedQuestion'
    case 'password':
    case 'confirm':
      return 'A-long-enough-passphrase-9'
    case 'current':
      return 'not-the-current-password'
    case 'token':
      return 'x'.repeat(43)
    case 'linkedinUrl':
      return 'https://www.linkedin.com/in/crafted'
    case 'website':
    case 'links':
      return 'https://example.pk/crafted'
    case 'value':
      return '12'
    case 'target':
      return kind.t === 'enum' ? undefined : '100'
    case 'version':
      return '0'
    case 'year':
      return '2025'
    case 'periodIndex':
      return '1'
    case 'options':
      return ''
    case 'phone':
      return '0300-1234567'
    case 'archive':
      return 'true'
  }
  return undefined
}

function sample(key: string, kind: Kind): string {
  switch (kind.t) {
    case 'enum':
      return kind.values[0]
    case 'number':
      return String(Math.min(Math.max(kind.min, 1), kind.max))
    case 'string':
      return kind.min > 12 ? 'c'.repeat(kind.min) : `Crafted ${key}`
    case 'array':
      return sample(key, kind.of)
    default:
      return `Crafted ${key}`
  }
}

/** Enum fields whose every value is tried (the comment target goes with the kind of id). */
const EXPAND_ENUMS = new Set(['target'])

/**
 * Every form worth sending to an action with this schema: one value per field, and one form
 * per combination of candidate ids (for `id`, each kind of record in turn). Throws when an id
 * field has no candidates, so a new id field cannot go untested.
 */
export function craftedForms(schema: z.ZodType, ids: Record<string, string[]>, extras: FormValues): FormValues[] {
  const fields = fieldsOf(schema)
  let forms: FormValues[] = [{ ...extras }]
  for (const [key, kind] of fields) {
    let options: (string | string[])[]
    if (key === 'idempotencyKey') options = [FRESH_UUID]
    else if (kind.t === 'uuid' || (kind.t === 'array' && kind.of.t === 'uuid')) {
      const c = ids[key]
      if (!c?.length) throw new Error(`no candidate records for the id field "${key}": add them to the victim world`)
      // A list of ids (bulk moves, reviewers, panelists) names all the candidates at once.
      options = kind.t === 'array' ? [c] : c
    } else if (kind.t === 'enum' && EXPAND_ENUMS.has(key)) options = kind.values
    else options = [byName(key, kind) ?? sample(key, kind)]
    forms = forms.flatMap((f) => options.map((o) => ({ ...f, [key]: o })))
  }
  return forms
}

const FRESH_UUID = '<fresh uuid>'

export function toFormData(values: FormValues): FormData {
  const fd = new FormData()
  for (const [k, v] of Object.entries(values)) {
    for (const one of Array.isArray(v) ? v : [v]) fd.append(k, one === FRESH_UUID ? randomUUID() : one)
  }
  return fd
}

// ------------------------------------------------------------------------------------------
// What changed

let digestSql: string | undefined

/** One hash per table of every row's content: any insert, update or delete changes it. */
export async function tableDigests(): Promise<Record<string, string>> {
  const db = await getDb()
  if (!digestSql) {
    const tables = await db.$queryRawUnsafe<{ t: string }[]>(
      `SELECT table_name::text AS t FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY 1`,
    )
    digestSql =
      'SELECT ' +
      tables
        .map(({ t }) => {
          const q = t.replace(/"/g, '""')
          return `(SELECT coalesce(md5(string_agg(md5(x::text), '' ORDER BY md5(x::text))), '') FROM "${q}" x) AS "${q}"`
        })
        .join(', ')
  }
  const [row] = await db.$queryRawUnsafe<Record<string, string>[]>(digestSql)
  return row
}
