// The hostile-form tests' checker: one call of a server action with a form given as a list
// of entries (a key may repeat; a value may be a file), and everything wrong with its outcome.
// The checker's own tests are in tests/integration/hostile-actions-checker.db.test.ts.
import type { Viewer } from '../../lib/auth/viewer'
import { dictionaries } from '../../lib/i18n/messages'
import { getDb } from '../../lib/server/db'
import type { FormValue } from './hostile'
import { callAction, type AnyAction, type Outcome } from './server-actions'
import { toFormData, type FormValues } from './crafted-forms'
import { tableDigests } from './table-digests'
import { request as req } from './next-request'
import { storeLimit } from './hostile-world'

const m = dictionaries.en

// ------------------------------------------------------------------------------------------
// Forms as lists of entries (a key may repeat; a value may be a file)

export type Entries = [string, FormValue][]

export const entriesOf = (values: FormValues): Entries => [...toFormData(values).entries()] as Entries

export function formDataOf(entries: Entries): FormData {
  const fd = new FormData()
  for (const [k, v] of entries) fd.append(k, v)
  return fd
}

export type Edit = { key: string; values: FormValue[] } | { key: string; drop: true }

export function applyEdits(base: Entries, edits: Edit[]): Entries {
  let out = base
  for (const e of edits) {
    const rest = out.filter(([k]) => k !== e.key)
    if ('drop' in e) out = rest
    else {
      // Keep the field where it was, as a browser would.
      const at = out.findIndex(([k]) => k === e.key)
      const added = e.values.map((v) => [e.key, v] as [string, FormValue])
      out = at < 0 ? [...out, ...added] : [...rest.slice(0, at), ...added, ...rest.slice(at)]
    }
  }
  return out
}

/** Long values shortened, invisible characters escaped: a counterexample one can read. */
export function shown(v: unknown): string {
  if (typeof v === 'string') return v.length > 60 ? `${JSON.stringify(v.slice(0, 24))}…(${v.length} chars)` : JSON.stringify(v)
  if (v instanceof File) return `File(${JSON.stringify(v.name.slice(0, 40))}, ${v.type || 'no type'}, ${v.size} B)`
  return String(v)
}
export const showEntries = (e: Entries) => `{ ${e.map(([k, v]) => `${shown(k)}: ${shown(v)}`).join(', ')} }`

// ------------------------------------------------------------------------------------------
// The checker: one call, and everything it must show

const BAD_TEXT =
  /\n\s+at |\bError\b|ZodError|Invalid input|expected \w+, received|Prisma|invalid input syntax|Invalid `|Argument `|\[object \w+\]|\bundefined\b|\bNaN\b|\{\w+\}/

/** Why a message shown to a person is not a clear one, or undefined when it is. */
function unreadable(msg: unknown): string | undefined {
  if (typeof msg !== 'string') return `not text: ${shown(msg)}`
  if (!msg.trim()) return 'empty'
  if (BAD_TEXT.test(msg)) return `raw or broken text: ${shown(msg)}`
  // An errors.* key that was never translated.
  if (/^[a-z]\w*(\.\w+)+$/.test(msg)) return `an untranslated key: ${msg}`
  return undefined
}

export interface Checked {
  out: Outcome
  violations: string[]
}

/** What the checker knows of a form: its fields, and the longest value each may hold. */
export interface Shape {
  fields: Set<string>
  maxLength: Map<string, number>
}

/**
 * Calls the action and lists what is wrong with the outcome: a 500, an unclear refusal, a
 * refusal that wrote something, or an accepted form whose values were stored unchecked.
 */
export async function checkedCall(fn: AnyAction, viewer: Viewer | null, entries: Entries, shape: Shape): Promise<Checked> {
  const before = await tableDigests()
  req.viewer = viewer
  req.cookies.clear()
  let out: Outcome
  try {
    out = await callAction(fn, formDataOf(entries))
  } finally {
    req.viewer = null
  }
  const after = await tableDigests()
  const changed = Object.keys(after).filter((t) => after[t] !== before[t])
  const violations: string[] = []
  const state = out.state
  if (out.thrown !== undefined)
    violations.push(
      `threw (a 500): ${out.thrown instanceof Error ? out.thrown.stack?.split('\n').slice(0, 4).join(' | ') : shown(out.thrown)}`,
    )
  else if (!state || typeof state !== 'object' || typeof state.ok !== 'boolean')
    violations.push(`returned no ActionState: ${shown(JSON.stringify(state))}`)
  else if (state.formError === m.errors.unexpected) violations.push('answered with the generic "something went wrong" (a 500)')
  else if (!state.ok) {
    const fieldErrors = Object.entries(state.fieldErrors ?? {})
    if (!state.formError && fieldErrors.length === 0) violations.push('refused without saying why')
    if (state.formError !== undefined) {
      const why = unreadable(state.formError)
      if (why) violations.push(`form error: ${why}`)
    }
    const sent = new Set(entries.map(([k]) => k))
    const known = (k: string) => k === '_form' || shape.fields.has(k) || sent.has(k)
    for (const [key, msg] of fieldErrors) {
      const why = unreadable(msg)
      if (why) violations.push(`error beside "${key}": ${why}`)
      if (!known(key) && !known(key.split('.')[0])) violations.push(`an error beside "${key}", a field the form does not have`)
    }
    // Except the attempt counters: sign-in counts an attempt before checking it (a refused
    // attempt counting is what the limit is for).
    const wrote = changed.filter((t) => t !== 'RateLimit')
    if (wrote.length) violations.push(`refused, yet wrote to ${wrote.join(', ')}`)
  } else if (changed.length) violations.push(...(await storedUnchecked(entries, shape, changed)))
  return { out, violations }
}

/**
 * After a success: no value longer than its field admits (the longest answer for a field the
 * schema does not list) was stored, and no NUL byte got past the form.
 */
async function storedUnchecked(entries: Entries, shape: Shape, tables: string[]): Promise<string[]> {
  const db = await getDb()
  const problems: string[] = []
  for (const [key, value] of entries) {
    if (typeof value !== 'string') continue
    if (value.includes('\0') && shape.fields.has(key)) problems.push(`accepted a NUL byte in "${key}"`)
    const max = shape.maxLength.get(key) ?? storeLimit
    const v = value.trim()
    if (v.length <= max) continue
    // The first max+1 characters stored anywhere means the value went in unchecked.
    // (Never half a surrogate pair: a query parameter must be well-formed text.)
    const needle = v.slice(0, /[\uD800-\uDBFF]/.test(v[max]) ? max + 2 : max + 1)
    for (const t of tables) {
      const [{ n }] = await db.$queryRawUnsafe<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM "${t.replace(/"/g, '""')}" x WHERE strpos(x::text, $1) > 0`,
        needle,
      )
      if (n) problems.push(`${t} holds ${shown(value)} from "${key}", longer than the ${max} characters it admits`)
    }
  }
  return problems
}
