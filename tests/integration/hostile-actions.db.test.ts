// Hostile forms at the edge: every server action (found on disk, as in the authorization test)
// called by someone allowed to call it (staff for staff actions, the owner of the record for a
// fellow's, partner's, reviewer's or applicant's own, anyone for a public one) with a valid form
// that fast-check then breaks one to three fields at a time, or replaces with junk. Whatever
// arrives, the caller never gets a 500 (a throw, or the generic "something went wrong"), a
// refusal says what is wrong in words beside the right fields, and writes nothing at all.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import fc from 'fast-check'
import { createHash, randomUUID } from 'node:crypto'
import { z } from 'zod'
import { areaOf, mayEnter } from '../../lib/auth/roles'
import { hashPassword } from '../../lib/auth/password'
import { newToken } from '../../lib/auth/tokens'
import type { Viewer } from '../../lib/auth/viewer'
import { dictionaries } from '../../lib/i18n/messages'
import { LONG_MAX } from '../../lib/recruitment/answers'
import { runAction } from '../../lib/request/action'
import { getDb } from '../../lib/server/db'
import { resetRateLimits } from '../../lib/server/rate-limit'
import { formToObject, text } from '../../lib/validation'
import { buildVictims, victimExtras, victimIds, victimOwners, type Owner } from '../support/action-world'
import { makeUser, viewerOf } from '../support/factories'
import { makeApplication, makeOpenCall, useMemoryStorage } from '../support/factories-recruitment'
import { makeDeliverable, makeMetric, makePlacedFellow, makeSubmittedUpdate } from '../support/factories-progress'
import { hostileFieldValue, hostileFile, hostileText, type FormValue } from '../support/hostile'
import { callAction, discoverActions, type AnyAction, type DiscoveredAction, type Outcome } from '../support/server-actions'
import { craftedForms, toFormData, type FormValues } from '../support/crafted-forms'
import { fieldsOf, type Kind } from '../support/schema-fields'
import { tableDigests } from '../support/table-digests'
import { request as req } from '../support/next-request'

// ------------------------------------------------------------------------------------------
// Next outside Next, as in authz-actions.db.test.ts: the request-bound modules answer from
// this state instead.

await vi.hoisted(async () => {
  ;(globalThis as { AsyncLocalStorage?: unknown }).AsyncLocalStorage ??= (await import('node:async_hooks')).AsyncLocalStorage
})

vi.mock('../../lib/request/viewer', async () => (await import('../support/next-request')).viewerModule())
vi.mock('../../lib/i18n/server', async () => (await import('../support/next-request')).i18nModule())
vi.mock('next/cache', async () => (await import('../support/next-request')).cacheModule())
vi.mock('next/headers', async () => (await import('../support/next-request')).headersModule())
vi.mock('../../lib/request/action', async (importOriginal) =>
  (await import('../support/next-request')).actionModule(await importOriginal<typeof import('../../lib/request/action')>()),
)

const m = dictionaries.en

/** Fixed, so a failure replays; HOSTILE_SEED and HOSTILE_RUNS explore further. */
const SEED = Number(process.env.HOSTILE_SEED ?? 20_250_601)
const RUNS = Number(process.env.HOSTILE_RUNS ?? 5)
/** Calls spent looking for a form that an allowed caller gets through with. */
const CALIBRATION_CALLS = 14

type Action = DiscoveredAction
const actions: Action[] = await discoverActions()

/** Outside every role's area (app/(public)/, app/actions/): open to anonymous visitors. */
const isPublic = (a: Action) => a.file.startsWith('app/(public)/') || a.file.startsWith('app/actions/') || areaOf(a.route) === null

// ------------------------------------------------------------------------------------------
// The world (the one the authorization test calls into), its owners, and staff

let ids: Record<string, string[]> = {}
let extras: FormValues = {}
let owners: Record<Owner, Viewer>
let staff: Viewer
let admin: Viewer
/** Ids of records of every kind, the world's and a stranger's: "other records" for id fields. */
let otherIds: string[] = []
/** The longest value any field admits: the limit for fields the schema does not list (answers). */
let storeLimit = LONG_MAX

beforeAll(async () => {
  const v = await buildVictims(useMemoryStorage())
  ids = victimIds(v)
  extras = victimExtras(v)
  owners = victimOwners(v)
  staff = viewerOf(await makeUser('STAFF'))
  admin = viewerOf(await makeUser('ADMIN'))
  // Someone else's records: a fellow in another department with an update, a deliverable and a
  // metric, and an application to another call.
  const stranger = await makePlacedFellow()
  const call = await makeOpenCall()
  const { app } = await makeApplication(call.cycle.id, { stage: 'REVIEW' })
  const strangers = [
    stranger.user.id,
    stranger.fellowship.id,
    stranger.project.id,
    stranger.placement.id,
    stranger.cycleId,
    (await makeSubmittedUpdate(stranger.fellowship.id, 0)).id,
    (await makeDeliverable(stranger.project.id)).id,
    (await makeMetric(stranger.project.id)).id,
    call.cycle.id,
    app.id,
  ]
  otherIds = [...new Set([...Object.values(ids).flat(), ...strangers])]
  // Each action is called once, anonymously, to learn the schema it validates with.
  for (const action of actions) {
    req.viewer = null
    req.schema = null
    await callAction(action.fn, new FormData())
    if (req.schema) action.schema = req.schema as z.ZodType
  }
  storeLimit = Math.max(LONG_MAX, ...actions.map((a) => (a.schema ? longestString(a.schema) : 0)))
}, 60_000)

/** The largest max length of any string in a schema, looking inside every wrapper. */
function longestString(schema: unknown, seen = new Set<unknown>()): number {
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return 0
  seen.add(schema)
  const def = (schema as { _zod?: { def?: Record<string, unknown> } })._zod?.def
  if (!def) return 0
  const own = ((def.checks ?? []) as { _zod: { def: { check?: string; maximum?: number } } }[]).map((c) => (c._zod.def.check === 'max_length' ? (c._zod.def.maximum ?? 0) : 0))
  const inner = Object.values(def).flatMap((v) => (Array.isArray(v) ? v : v && typeof v === 'object' && !('_zod' in v) ? Object.values(v) : [v]))
  return Math.max(0, ...own, ...inner.map((x) => longestString(x, seen)))
}

/** Who may call the action: anyone, staff (or admins), or the people whose records it names. */
function callersOf(a: Action): (Viewer | null)[] {
  if (isPublic(a)) return [null]
  if (areaOf(a.route) === '/staff') return [staff, admin]
  return Object.values(owners).filter((v) => mayEnter(v.role, a.route))
}

// ------------------------------------------------------------------------------------------
// Forms as lists of entries (a key may repeat; a value may be a file)

type Entries = [string, FormValue][]

const entriesOf = (values: FormValues): Entries => [...toFormData(values).entries()] as Entries

function formDataOf(entries: Entries): FormData {
  const fd = new FormData()
  for (const [k, v] of entries) fd.append(k, v)
  return fd
}

type Edit = { key: string; values: FormValue[] } | { key: string; drop: true }

function applyEdits(base: Entries, edits: Edit[]): Entries {
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
function shown(v: unknown): string {
  if (typeof v === 'string') return v.length > 60 ? `${JSON.stringify(v.slice(0, 24))}…(${v.length} chars)` : JSON.stringify(v)
  if (v instanceof File) return `File(${JSON.stringify(v.name.slice(0, 40))}, ${v.type || 'no type'}, ${v.size} B)`
  return String(v)
}
const showEntries = (e: Entries) => `{ ${e.map(([k, v]) => `${shown(k)}: ${shown(v)}`).join(', ')} }`

// ------------------------------------------------------------------------------------------
// The checker: one call, and everything it must show

const BAD_TEXT = /\n\s+at |\bError\b|ZodError|Invalid input|expected \w+, received|Prisma|invalid input syntax|Invalid `|Argument `|\[object \w+\]|\bundefined\b|\bNaN\b|\{\w+\}/

/** Why a message shown to a person is not a clear one, or undefined when it is. */
function unreadable(msg: unknown): string | undefined {
  if (typeof msg !== 'string') return `not text: ${shown(msg)}`
  if (!msg.trim()) return 'empty'
  if (BAD_TEXT.test(msg)) return `raw or broken text: ${shown(msg)}`
  // An errors.* key that was never translated.
  if (/^[a-z]\w*(\.\w+)+$/.test(msg)) return `an untranslated key: ${msg}`
  return undefined
}

interface Checked {
  out: Outcome
  violations: string[]
}

/** What the checker knows of a form: its fields, and the longest value each may hold. */
interface Shape {
  fields: Set<string>
  maxLength: Map<string, number>
}

/**
 * Calls the action and lists what is wrong with the outcome: a 500, an unclear refusal, a
 * refusal that wrote something, or an accepted form whose values were stored unchecked.
 */
async function checkedCall(fn: AnyAction, viewer: Viewer | null, entries: Entries, shape: Shape): Promise<Checked> {
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
  if (out.thrown !== undefined) violations.push(`threw (a 500): ${out.thrown instanceof Error ? out.thrown.stack?.split('\n').slice(0, 4).join(' | ') : shown(out.thrown)}`)
  else if (!state || typeof state !== 'object' || typeof state.ok !== 'boolean') violations.push(`returned no ActionState: ${shown(JSON.stringify(state))}`)
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
      const [{ n }] = await db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${t.replace(/"/g, '""')}" x WHERE strpos(x::text, $1) > 0`, needle)
      if (n) problems.push(`${t} holds ${shown(value)} from "${key}", longer than the ${max} characters it admits`)
    }
  }
  return problems
}

// ------------------------------------------------------------------------------------------
// Keeping the valid form valid between runs: a success bumps the record's version, a token
// works once, a rate limit counts every attempt.

let versionSql: Map<string, string> | undefined

/** SELECT version of the row whose `column` is $1, across every table with a version column. */
async function versionQueries(): Promise<Map<string, string>> {
  if (versionSql) return versionSql
  const db = await getDb()
  const cols = await db.$queryRawUnsafe<{ t: string; c: string }[]>(
    `SELECT table_name::text AS t, column_name::text AS c FROM information_schema.columns WHERE table_schema = current_schema() AND table_name IN (SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() AND column_name = 'version')`,
  )
  const byColumn = new Map<string, string[]>()
  for (const { t, c } of cols) byColumn.set(c, [...(byColumn.get(c) ?? []), t])
  versionSql = new Map([...byColumn].map(([c, ts]) => [c, ts.map((t) => `SELECT version FROM "${t}" WHERE "${c}"::text = $1`).join(' UNION ALL ')]))
  return versionSql
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * The current version of the record the form edits: the one named by `id`, else by another
 * id field (the most specific first, the cycle last), else by a unique field such as `year`.
 */
async function currentVersion(a: Action, values: FormValues): Promise<string | undefined> {
  const fields = fieldsOf(a.schema!).map(([k]) => k)
  const order = ['id', ...fields.filter((k) => k !== 'id' && k !== 'cycleId' && k !== 'version'), 'cycleId']
  const sql = await versionQueries()
  const db = await getDb()
  for (const key of order) {
    const value = values[key]
    if (typeof value !== 'string' || !value) continue
    const q = sql.get(UUID.test(value) ? 'id' : key)
    if (!q) continue
    const rows = await db.$queryRawUnsafe<{ version: number }[]>(q, value)
    if (rows.length === 1) return String(rows[0].version)
  }
  return undefined
}

/** One-time tokens for the public actions that take one: a fresh, valid one for every call. */
const FRESH_TOKEN: Record<string, () => Promise<string>> = {
  acceptInviteAction: async () => {
    const { token, tokenHash } = newToken()
    await (await getDb()).invitation.create({
      data: { email: `invited-${randomUUID().slice(0, 8)}@test.pk`, name: 'Invited', role: 'FELLOW', invitedById: staff.userId, tokenHash, expiresAt: new Date(Date.now() + 86_400_000) },
    })
    return token
  },
  resetPasswordAction: async () => {
    const { token, tokenHash } = newToken()
    await (await getDb()).authToken.create({ data: { userId: owners.applicant.userId, purpose: 'PASSWORD_RESET', tokenHash, expiresAt: new Date(Date.now() + 3_600_000) } })
    return token
  },
}

/** The valid form as it stands now. Runs before the checker's snapshot: its writes are setup. */
async function freshen(a: Action, values: FormValues, caller: Viewer | null): Promise<FormValues> {
  await resetRateLimits()
  const out = { ...values }
  if (a.schema && 'version' in out) out.version = (await currentVersion(a, out)) ?? out.version
  if (FRESH_TOKEN[a.name] && 'token' in out) out.token = await FRESH_TOKEN[a.name]()
  // A form asking for the caller's current password is sent with the right one.
  if (caller && typeof out.current === 'string') {
    await (await getDb()).user.update({ where: { id: caller.userId }, data: { passwordHash: await hashPassword(out.current) } })
  }
  return out
}

// ------------------------------------------------------------------------------------------
// Finding, for each action, an allowed caller and a form that gets through

interface Base {
  caller: Viewer | null
  values: FormValues
  /** How far the best call got: 3 accepted, 2 refused by the domain, 1 not found, 0 invalid form. */
  depth: number
}

/** Whether the form gets past the schema (a schema that throws lets nothing past). */
function passes(schema: z.ZodType, entries: Entries): boolean {
  try {
    return schema.safeParse(formToObject(formDataOf(entries))).success
  } catch {
    return false
  }
}

function depthOf(a: Action, entries: Entries, out: Outcome): number {
  const s = out.state
  if (s?.ok) return 3
  if (a.schema && !passes(a.schema, entries)) return 0
  if (s?.formError === m.errors.notFound || s?.formError === m.errors.forbidden || s?.formError === 'notFound()') return 1
  return 2
}

/** The fields an action's form may carry errors beside, and their longest admitted values. */
function shapeOf(a: Action, base: FormValues): Shape {
  const fields = a.schema ? fieldsOf(a.schema) : []
  const maxLength = new Map(fields.flatMap(([k, kind]) => (kind.t === 'string' && kind.max !== undefined ? [[k, kind.max] as [string, number]] : [])))
  return { fields: new Set([...fields.map(([k]) => k), ...Object.keys(base)]), maxLength }
}

/** How each action fared, for the summary test at the end (and HOSTILE_TALLY=1). */
const tally = new Map<string, { calls: number; accepted: number; invalid: number; refused: number; depth: number }>()

function count(a: Action, entries: Entries, out: Outcome): number {
  const t = tally.get(a.id) ?? { calls: 0, accepted: 0, invalid: 0, refused: 0, depth: 0 }
  const d = depthOf(a, entries, out)
  t.calls++
  t.depth = Math.max(t.depth, d)
  if (d === 3) t.accepted++
  else if (d === 0) t.invalid++
  else t.refused++
  tally.set(a.id, t)
  return d
}

/** One call with a valid form (as it stands now); how far it got. */
async function probe(a: Action, caller: Viewer | null, values: FormValues): Promise<number> {
  const entries = entriesOf(await freshen(a, values, caller))
  const { out, violations } = await checkedCall(a.fn, caller, entries, shapeOf(a, values))
  expect(violations, `${a.id} as ${caller?.role ?? 'anonymous'} with ${showEntries(entries)}`).toEqual([])
  return count(a, entries, out)
}

async function findBase(a: Action): Promise<Base> {
  const forms = a.schema ? craftedForms(a.schema, ids, extras) : [{}]
  const staffOnly = areaOf(a.route) === '/staff'
  // Staff and admins are allowed the same: look with staff, then try an admin on the best form.
  const callers = staffOnly ? [staff] : callersOf(a)
  let best: Base = { caller: callers[0], values: forms[0], depth: -1 }
  let calls = 0
  search: for (const caller of callers) {
    for (const values of forms) {
      if (calls++ >= CALIBRATION_CALLS) break search
      const depth = await probe(a, caller, values)
      if (depth > best.depth) best = { caller, values, depth }
      if (depth === 3) return best
    }
  }
  if (staffOnly) {
    const depth = await probe(a, admin, best.values)
    if (depth > best.depth) best = { caller: admin, values: best.values, depth }
  }
  return best
}

// ------------------------------------------------------------------------------------------
// What fast-check varies

/** Names a crafted form might add: prototype keys, Next's own, ones the domain reads by prefix. */
const unknownKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', '$ACTION_ID_0', '$ACTION_REF_1', 'id', 'role', 'userId', 'a.', 's.', 'rank_', 'pref_', 'a.__proto__'),
  fc.uuid().map((u) => `s.${u}`),
  fc.uuid().map((u) => `rank_${u}`),
  fc.uuid().map((u) => `pref_${u}`),
  fc.string({ minLength: 1, maxLength: 12 }),
)

interface Call {
  caller: Viewer | null
  edits?: Edit[]
  /** A form of junk instead of the valid one. */
  junk?: Entries
}

function callArbitrary(a: Action, base: Base): fc.Arbitrary<Call> {
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
        { weight: 2, arbitrary: key.chain((k) => fc.array(valueFor(k), { minLength: 2, maxLength: 3 }).map((values) => ({ key: k, values }))) },
        { weight: 1, arbitrary: fc.tuple(key, fc.constantFrom(...otherIds)).map(([k, id]) => ({ key: k, values: Array<FormValue>(300).fill([base.values[k]].flat()[0] ?? id) })) },
        { weight: 1, arbitrary: fc.tuple(unknownKey, anyValue).map(([key, v]) => ({ key, values: [v] })) },
      )
    : fc.tuple(unknownKey, anyValue).map(([key, v]) => ({ key, values: [v] }))
  const junk = fc.array(fc.tuple(keys.length ? fc.oneof(fc.constantFrom(...keys), unknownKey) : unknownKey, anyValue), { maxLength: 8 })
  // Staff and admins share staff actions; the owner of a record is the one caller allowed it.
  const caller = areaOf(a.route) === '/staff' ? fc.constantFrom(staff, admin) : fc.constant(base.caller)
  return fc
    .record({ caller, form: fc.oneof({ weight: 4, arbitrary: fc.array(edit, { minLength: 1, maxLength: 3 }).map((edits) => ({ edits })) }, { weight: 1, arbitrary: junk.map((j) => ({ junk: j })) }) })
    .map(({ caller, form }) => Object.assign({ caller, ...form }, { [fc.toStringMethod]: () => showCall({ caller, ...form }) }))
}

/**
 * Values that pass most schemas and then meet the database: an integer past 32 bits, a year
 * the database cannot store, a string exactly as long as allowed in a two-byte script. Each
 * field of each action gets its one, before the random runs, whatever the seed.
 */
function edgeCalls(a: Action, base: Base): Call[] {
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
const seedFor = (id: string) => SEED ^ createHash('sha256').update(id).digest().readInt32LE(0)

// ------------------------------------------------------------------------------------------
// The checker catches what it is meant to

describe('the checker', () => {
  const shape: Shape = { fields: new Set(['name']), maxLength: new Map([['name', 150]]) }
  const form: Entries = [['name', 'Records cell']]
  const dept = (name: string) => ({ data: { name: `Checker ${name}`, level: 'PROVINCIAL' as const, province: 'Khyber Pakhtunkhwa' } })
  const write = async () => (await getDb()).department.create(dept(randomUUID()))
  // The departments these fake actions write are theirs alone, and gone before the real runs.
  beforeEach(async () => void (await write()))
  afterEach(async () => void (await (await getDb()).department.deleteMany({ where: { name: { startsWith: 'Checker ' } } })))
  const broken: Record<string, [AnyAction, RegExp, Entries?]> = {
    'a refusal after a write (a partial write)': [async () => (await write(), { ok: false, formError: 'Refused.' }), /refused, yet wrote to Department/],
    'an edit in place before a refusal': [
      async () => {
        await (await getDb()).department.updateMany({ where: { name: { startsWith: 'Checker ' } }, data: { district: 'Edited in place' } })
        return { ok: false, formError: 'Refused.' }
      },
      /refused, yet wrote to Department/,
    ],
    'a thrown error': [async () => Promise.reject(new Error('boom')), /threw \(a 500\)/],
    'the generic unexpected error': [
      // The real runAction, with a domain function that fails the way a database error does.
      async (_prev: unknown, fd: unknown) => runAction(fd as FormData, z.object({ name: text() }), async () => Promise.reject(new Error('connection refused'))),
      /something went wrong/,
    ],
    'a refusal without a message': [async () => ({ ok: false }), /without saying why/],
    'an object as the message': [async () => ({ ok: false, fieldErrors: { name: '[object Object]' } }), /raw or broken/],
    'a Prisma error as the message': [async () => ({ ok: false, formError: 'Invalid `prisma.user.create()` invocation' }), /raw or broken/],
    'an untranslated key': [async () => ({ ok: false, fieldErrors: { name: 'errors.tooLong' } }), /untranslated/],
    'zod’s own English': [async () => ({ ok: false, fieldErrors: { name: 'Invalid input: expected string, received undefined' } }), /raw or broken/],
    'a placeholder left in': [async () => ({ ok: false, formError: 'At most {max} characters.' }), /raw or broken/],
    'an error beside a field the form lacks': [async () => ({ ok: false, fieldErrors: { secretColumn: 'Too long.' } }), /does not have/],
    'no ActionState at all': [async () => undefined, /no ActionState/],
    'a value longer than its field admits, stored': [
      async (_prev: unknown, fd: unknown) => {
        await (await getDb()).department.create(dept(String((fd as FormData).get('name'))))
        return { ok: true }
      },
      /longer than the 150 characters it admits/,
      [['name', 'h'.repeat(100_000)]],
    ],
    'a NUL byte accepted': [async () => (await write(), { ok: true }), /accepted a NUL byte in "name"/, [['name', 'Records\0cell']]],
  }
  for (const [what, [fn, expected, sent]] of Object.entries(broken)) {
    it(`fails ${what}`, async () => {
      const log = vi.spyOn(console, 'error').mockImplementation(() => {})
      const { violations } = await checkedCall(fn, staff, sent ?? form, shape)
      log.mockRestore()
      expect(violations.join('\n')).toMatch(expected)
    })
  }

  it('passes a clear refusal that wrote nothing, and a success', async () => {
    expect((await checkedCall(async () => ({ ok: false, fieldErrors: { name: m.errors.required } }), staff, form, shape)).violations).toEqual([])
    expect((await checkedCall(async () => (await write(), { ok: true }), staff, form, shape)).violations).toEqual([])
  })

  it('makes fast-check fail, with the seed to replay it, when an action writes half and refuses', async () => {
    let calls = 0
    const halfWriter: AnyAction = async () => (++calls % 3 === 0 ? (await write(), { ok: false, formError: 'Refused.' }) : { ok: false, formError: 'Refused.' })
    const run = fc.assert(
      fc.asyncProperty(fc.string(), async (s) => {
        const { violations } = await checkedCall(halfWriter, staff, [['name', s]], shape)
        expect(violations).toEqual([])
      }),
      { numRuns: 6, seed: SEED, endOnFailure: true },
    )
    const failure = await run.then(() => undefined, (e: Error) => e)
    expect(failure?.message).toMatch(/seed: -?\d+, path: "[\d:]+"/)
    expect(String(failure?.cause)).toMatch(/refused, yet wrote to Department/)
  })
})

// ------------------------------------------------------------------------------------------

/** One call of the property: the valid form as it stands, edited (or junk instead). */
async function runCall(a: Action, base: Base, shape: Shape, call: Call) {
  const valid = entriesOf(await freshen(a, base.values, call.caller))
  const entries = call.junk ?? applyEdits(valid, call.edits ?? [])
  const { out, violations } = await checkedCall(a.fn, call.caller, entries, shape)
  if (violations.length) {
    throw new Error(`${a.id} as ${call.caller?.role ?? 'anonymous'}\nform: ${showEntries(entries)}\noutcome: ${JSON.stringify(out.state)?.slice(0, 500)}\n- ${violations.join('\n- ')}`)
  }
  count(a, entries, out)
}

/**
 * Actions that close, remove or move on the records others name run last, so the rest find
 * the world as built (an archived department or a withdrawn application refuses everything).
 */
const SPENDS_THE_WORLD = /^(archive|remove|withdraw|end|revoke|unassign|transfer|respond|declare|publish|setCycleStatus|bulkMove|moveOne)/
const inOrder = [...actions.filter((a) => !SPENDS_THE_WORLD.test(a.name)), ...actions.filter((a) => SPENDS_THE_WORLD.test(a.name))]

describe('every server action, called by someone allowed to, with hostile forms', () => {
  for (const a of inOrder) {
    it(`${a.id}`, async () => {
      const base = await findBase(a)
      const shape = shapeOf(a, base.values)
      for (const call of edgeCalls(a, base)) await runCall(a, base, shape, call)
      await fc.assert(
        fc.asyncProperty(callArbitrary(a, base), (call) => runCall(a, base, shape, call)),
        { numRuns: RUNS, seed: seedFor(a.id), endOnFailure: true },
      )
    })
  }
})

describe('what these runs found stays fixed', () => {
  /** The action's valid form with one field changed, from its allowed caller: the refusal. */
  async function refusal(name: string, key: string, value: string | string[]) {
    const a = actions.find((x) => x.name === name)
    if (!a) throw new Error(`${name} is gone: point this regression at its successor`)
    const base = await findBase(a)
    const entries = applyEdits(entriesOf(await freshen(a, base.values, base.caller)), [{ key, values: [value].flat() }])
    const { out, violations } = await checkedCall(a.fn, base.caller, entries, shapeOf(a, base.values))
    expect(violations).toEqual([])
    expect(out.state?.ok, `${name} accepted ${key} = ${shown(value)}`).toBe(false)
    return out.state?.fieldErrors?.[key]
  }

  it('a NUL byte is refused beside its field (PostgreSQL stores none: it was a 500)', async () => {
    expect(await refusal('saveAlumniProfileAction', 'currentRole', 'Data\0analyst')).toBe(m.errors.controlCharacter)
    expect(await refusal('updateProjectAction', 'expectedOutcomes', 'Fewer\0 paper files')).toBe(m.errors.controlCharacter)
    // Answers are read by the domain, not the schema: the same guard covers them.
    expect(await refusal('saveApplicationAction', 'a.motivation', 'I want to\0 serve')).toBe(m.errors.controlCharacter)
    expect(await refusal('acceptInviteAction', 'name', 'Hira\0 Bibi')).toBe(m.errors.controlCharacter)
  })

  it('a version past 32 bits is refused as too big (the database column is 32-bit: it was a 500)', async () => {
    const tooBig = m.errors.tooBig.replace('{max}', '1000000000')
    for (const name of ['updateProfileAction', 'saveApplicationAction', 'updateUserAction']) expect(await refusal(name, 'version', '2147483648'), name).toBe(tooBig)
  })

  it('a date in year 1 or on a day that does not exist is refused (year 1 was a 500; 30 February became 2 March)', async () => {
    expect(await refusal('recordValueAction', 'recordedOn', '0001-01-01')).toBe(m.errors.invalidDate)
    expect(await refusal('recordValueAction', 'recordedOn', '2025-02-30')).toBe(m.errors.invalidDate)
    expect(await refusal('extendOfferAction', 'respondBy', '2026-04-31')).toBe(m.errors.invalidDate)
  })

  it('more eligibility choices than the stored rules keep are refused beside the list (the schema threw: a 500)', async () => {
    const districts = Array.from({ length: 201 }, (_, i) => `District ${i}`)
    expect(await refusal('saveRulesAction', 'districts', districts)).toBe(m.errors.tooBig.replace('{max}', '200'))
    expect(await refusal('saveRulesAction', 'degrees', districts.slice(0, 51))).toBe(m.errors.tooBig.replace('{max}', '50'))
  })
})

describe('the runs reached the domain', () => {
  it('every action got a call past its schema from an allowed caller, and most were accepted', () => {
    const shallow = actions.filter((a) => (tally.get(a.id)?.depth ?? 0) < 1).map((a) => a.id)
    expect(shallow, 'actions whose every call was refused as an invalid form').toEqual([])
    const accepted = actions.filter((a) => (tally.get(a.id)?.accepted ?? 0) > 0).length
    expect(accepted, 'actions that accepted at least one form').toBeGreaterThan(actions.length * 0.6)
  })
})

afterAll(() => {
  if (!process.env.HOSTILE_TALLY) return
  for (const [id, t] of tally) console.info(`[hostile-actions] ${id} ${JSON.stringify(t)}`)
  const calls = [...tally.values()].reduce((n, t) => n + t.calls, 0)
  console.info(`[hostile-actions] ${actions.length} actions, ${calls} calls`)
})
