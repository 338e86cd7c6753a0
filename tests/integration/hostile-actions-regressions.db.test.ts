// What the hostile-form runs (hostile-actions.db.test.ts) found stays fixed: each a valid form
// from an allowed caller with one field changed to what once was a 500 or was stored wrong,
// now refused beside that field in words.
import { describe, expect, it, vi } from 'vitest'
import { dictionaries } from '../../lib/i18n/messages'
import { applyEdits, checkedCall, entriesOf, shown } from '../support/hostile-checker'
import { findBase, freshen, shapeOf } from '../support/hostile-base'
import { actions, setUpHostileWorld } from '../support/hostile-world'

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

const m = dictionaries.en

setUpHostileWorld()

// ------------------------------------------------------------------------------------------

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
    for (const name of ['updateProfileAction', 'saveApplicationAction', 'updateUserAction'])
      expect(await refusal(name, 'version', '2147483648'), name).toBe(tooBig)
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
