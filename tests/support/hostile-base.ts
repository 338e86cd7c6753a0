// The hostile-form tests' valid forms: for each action an allowed caller and a crafted form
// that gets through (or as far as any gets), kept valid between calls, and how far each call
// got (the tally the last test of hostile-actions.db.test.ts reads).
import { expect } from 'vitest'
import { randomUUID } from 'node:crypto'
import type { z } from 'zod'
import { areaOf } from '../../lib/auth/roles'
import { hashPassword } from '../../lib/auth/password'
import { newToken } from '../../lib/auth/tokens'
import type { Viewer } from '../../lib/auth/viewer'
import { dictionaries } from '../../lib/i18n/messages'
import { getDb } from '../../lib/server/db'
import { resetRateLimits } from '../../lib/server/rate-limit'
import { formToObject } from '../../lib/validation'
import type { Outcome } from './server-actions'
import { craftedForms, type FormValues } from './crafted-forms'
import { fieldsOf } from './schema-fields'
import { checkedCall, entriesOf, formDataOf, showEntries, type Entries, type Shape } from './hostile-checker'
import { CALIBRATION_CALLS, admin, callersOf, extras, ids, owners, staff, tally, type Action } from './hostile-world'

const m = dictionaries.en

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
  versionSql = new Map(
    [...byColumn].map(([c, ts]) => [c, ts.map((t) => `SELECT version FROM "${t}" WHERE "${c}"::text = $1`).join(' UNION ALL ')]),
  )
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
    await (
      await getDb()
    ).invitation.create({
      data: {
        email: `invited-${randomUUID().slice(0, 8)}@test.pk`,
        name: 'Invited',
        role: 'FELLOW',
        invitedById: staff.userId,
        tokenHash,
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    })
    return token
  },
  // A referee of the victims' applicant still waiting to write, with a link of their own.
  submitLetterAction: async () => {
    const { token, tokenHash } = newToken()
    const db = await getDb()
    const app = await db.application.findFirstOrThrow({ where: { applicantId: owners.applicant.userId }, select: { id: true } })
    await db.referee.create({
      data: {
        applicationId: app.id,
        name: 'Hostile referee',
        email: `referee-${randomUUID().slice(0, 8)}@test.pk`,
        relation: 'Teacher',
        tokenHash,
        tokenExpiresAt: new Date(Date.now() + 86_400_000),
      },
    })
    return token
  },
  resetPasswordAction: async () => {
    const { token, tokenHash } = newToken()
    await (
      await getDb()
    ).authToken.create({
      data: { userId: owners.applicant.userId, purpose: 'PASSWORD_RESET', tokenHash, expiresAt: new Date(Date.now() + 3_600_000) },
    })
    return token
  },
}

/** The valid form as it stands now. Runs before the checker's snapshot: its writes are setup. */
export async function freshen(a: Action, values: FormValues, caller: Viewer | null): Promise<FormValues> {
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

export interface Base {
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
export function shapeOf(a: Action, base: FormValues): Shape {
  const fields = a.schema ? fieldsOf(a.schema) : []
  const maxLength = new Map(
    fields.flatMap(([k, kind]) => (kind.t === 'string' && kind.max !== undefined ? [[k, kind.max] as [string, number]] : [])),
  )
  return { fields: new Set([...fields.map(([k]) => k), ...Object.keys(base)]), maxLength }
}

export function count(a: Action, entries: Entries, out: Outcome): number {
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

export async function findBase(a: Action): Promise<Base> {
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
