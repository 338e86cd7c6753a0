// The world the hostile-form tests (tests/integration/hostile-actions*.db.test.ts) call into:
// every server action found on disk, the authorization tests' world of records and their
// owners, staff and an admin, and a stranger's records. Each test file calls setUpHostileWorld()
// once; the bindings below are filled in by its beforeAll. The test file must still mock the
// request-bound modules itself (see next-request.ts).
import { afterAll, beforeAll } from 'vitest'
import type { z } from 'zod'
import { areaOf, mayEnter } from '../../lib/auth/roles'
import type { Viewer } from '../../lib/auth/viewer'
import { LONG_MAX } from '../../lib/recruitment/answers'
import { buildVictims, victimExtras, victimIds, victimOwners, type Owner } from './action-world'
import { makeUser, viewerOf } from './factories'
import { makeApplication, makeOpenCall, useMemoryStorage } from './factories-recruitment'
import { makeDeliverable, makeMetric, makePlacedFellow, makeSubmittedUpdate } from './factories-progress'
import { callAction, discoverActions, type DiscoveredAction } from './server-actions'
import type { FormValues } from './crafted-forms'
import { request as req } from './next-request'

/** Fixed, so a failure replays; HOSTILE_SEED and HOSTILE_RUNS explore further. */
export const SEED = Number(process.env.HOSTILE_SEED ?? 20_250_601)
export const RUNS = Number(process.env.HOSTILE_RUNS ?? 5)
/** Calls spent looking for a form that an allowed caller gets through with. */
export const CALIBRATION_CALLS = 14

export type Action = DiscoveredAction
export const actions: Action[] = await discoverActions()

/** Outside every role's area (app/(public)/, app/actions/): open to anonymous visitors. */
const isPublic = (a: Action) => a.file.startsWith('app/(public)/') || a.file.startsWith('app/actions/') || areaOf(a.route) === null

// ------------------------------------------------------------------------------------------
// The world (the one the authorization test calls into), its owners, and staff

export let ids: Record<string, string[]> = {}
export let extras: FormValues = {}
export let owners: Record<Owner, Viewer>
export let staff: Viewer
export let admin: Viewer
/** Ids of records of every kind, the world's and a stranger's: "other records" for id fields. */
export let otherIds: string[] = []
/** The longest value any field admits: the limit for fields the schema does not list (answers). */
export let storeLimit = LONG_MAX

/** How each action fared, for the summary test at the end (and HOSTILE_TALLY=1). */
export const tally = new Map<string, { calls: number; accepted: number; invalid: number; refused: number; depth: number }>()

/** Builds the world before the file's tests, and learns the schema of every action. */
export function setUpHostileWorld() {
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

  afterAll(() => {
    if (!process.env.HOSTILE_TALLY) return
    for (const [id, t] of tally) console.info(`[hostile-actions] ${id} ${JSON.stringify(t)}`)
    const calls = [...tally.values()].reduce((n, t) => n + t.calls, 0)
    console.info(`[hostile-actions] ${actions.length} actions, ${calls} calls`)
  })
}

/** The largest max length of any string in a schema, looking inside every wrapper. */
function longestString(schema: unknown, seen = new Set<unknown>()): number {
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return 0
  seen.add(schema)
  const def = (schema as { _zod?: { def?: Record<string, unknown> } })._zod?.def
  if (!def) return 0
  const own = ((def.checks ?? []) as { _zod: { def: { check?: string; maximum?: number } } }[]).map((c) =>
    c._zod.def.check === 'max_length' ? (c._zod.def.maximum ?? 0) : 0,
  )
  const inner = Object.values(def).flatMap((v) =>
    Array.isArray(v) ? v : v && typeof v === 'object' && !('_zod' in v) ? Object.values(v) : [v],
  )
  return Math.max(0, ...own, ...inner.map((x) => longestString(x, seen)))
}

/** Who may call the action: anyone, staff (or admins), or the people whose records it names. */
export function callersOf(a: Action): (Viewer | null)[] {
  if (isPublic(a)) return [null]
  if (areaOf(a.route) === '/staff') return [staff, admin]
  return Object.values(owners).filter((v) => mayEnter(v.role, a.route))
}
