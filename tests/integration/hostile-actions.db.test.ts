// Hostile forms at the edge: every server action (found on disk, as in the authorization test)
// called by someone allowed to call it (staff for staff actions, the owner of the record for a
// fellow's, partner's, reviewer's or applicant's own, anyone for a public one) with a valid form
// that fast-check then breaks one to three fields at a time, or replaces with junk. Whatever
// arrives, the caller never gets a 500 (a throw, or the generic "something went wrong"), a
// refusal says what is wrong in words beside the right fields, and writes nothing at all.
//
// This file: the runs, and that they reached the domain. The checker's own tests:
// hostile-actions-checker.db.test.ts; what the runs found, kept fixed:
// hostile-actions-regressions.db.test.ts. The machinery: tests/support/hostile-*.ts.
import { describe, expect, it, vi } from 'vitest'
import fc from 'fast-check'
import { checkedCall, applyEdits, entriesOf, showEntries, type Shape } from '../support/hostile-checker'
import { count, findBase, freshen, shapeOf, type Base } from '../support/hostile-base'
import { callArbitrary, edgeCalls, seedFor, type Call } from '../support/hostile-calls'
import { RUNS, actions, tally, setUpHostileWorld, type Action } from '../support/hostile-world'

// ------------------------------------------------------------------------------------------
// Next outside Next, as in authz-actions.db.test.ts: the request-bound modules answer from
// tests/support/next-request.ts instead.

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

setUpHostileWorld()

// ------------------------------------------------------------------------------------------

/** One call of the property: the valid form as it stands, edited (or junk instead). */
async function runCall(a: Action, base: Base, shape: Shape, call: Call) {
  const valid = entriesOf(await freshen(a, base.values, call.caller))
  const entries = call.junk ?? applyEdits(valid, call.edits ?? [])
  const { out, violations } = await checkedCall(a.fn, call.caller, entries, shape)
  if (violations.length) {
    throw new Error(
      `${a.id} as ${call.caller?.role ?? 'anonymous'}\nform: ${showEntries(entries)}\noutcome: ${JSON.stringify(out.state)?.slice(0, 500)}\n- ${violations.join('\n- ')}`,
    )
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

describe('the runs reached the domain', () => {
  it('every action got a call past its schema from an allowed caller, and most were accepted', () => {
    const shallow = actions.filter((a) => (tally.get(a.id)?.depth ?? 0) < 1).map((a) => a.id)
    expect(shallow, 'actions whose every call was refused as an invalid form').toEqual([])
    const accepted = actions.filter((a) => (tally.get(a.id)?.accepted ?? 0) > 0).length
    expect(accepted, 'actions that accepted at least one form').toBeGreaterThan(actions.length * 0.6)
  })
})
