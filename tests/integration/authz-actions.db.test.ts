// The authorization matrix at the edge: every server action (every exported async function of
// a 'use server' file under app/, found on disk) and every route handler, called as Next would
// call them, by an anonymous visitor and by every role, with forms naming records of other
// people and other departments. Nobody gets in where they may not, a refusal writes nothing,
// and no call ends in the generic "something went wrong" (a 500).
//
// This file: the inventory, anonymous callers, and the public actions called by signed-in
// people. Signed-in callers with crafted forms: authz-actions-crafted.db.test.ts; route
// handlers: authz-actions-routes.db.test.ts; the owners getting through with the same forms:
// authz-actions-owners.db.test.ts. The world they share: tests/support/authz-world.ts.
import { describe, expect, it, vi } from 'vitest'
import path from 'node:path'
import { dictionaries } from '../../lib/i18n/messages'
import { formToObject } from '../../lib/validation'
import { rowCounts } from '../support/hostile'
import { ROOT, exportedAsyncNames, serverActionFiles } from '../support/server-actions'
import { toFormData } from '../support/crafted-forms'
import {
  PUBLIC_ACTIONS,
  ROLES,
  SELF_SERVICE,
  actions,
  isPublic,
  looksPublic,
  tally,
  setUpAuthzWorld,
  viewers,
} from '../support/authz-world'
import { as, describeCall, expectNoServerError, formsOf } from '../support/authz-calls'

// ------------------------------------------------------------------------------------------
// Next outside Next: the request-bound modules answer from tests/support/next-request.ts.

// Next's request scope needs AsyncLocalStorage on globalThis before its modules load.
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

const files = serverActionFiles()

setUpAuthzWorld()

// ------------------------------------------------------------------------------------------

describe('the inventory', () => {
  it('finds every exported async function of every use-server file, and only those', async () => {
    expect(files.length).toBeGreaterThan(0)
    for (const file of files) {
      const mod = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>
      const fns = Object.keys(mod)
        .filter((k) => typeof mod[k] === 'function')
        .sort()
      expect(fns, file).toEqual(exportedAsyncNames(file))
      for (const k of fns) expect((mod[k] as () => unknown).constructor.name, `${file}#${k}`).toBe('AsyncFunction')
    }
  })

  it('lists exactly the public-looking actions as public', () => {
    const existing = new Set(actions.map((a) => a.id))
    expect(
      PUBLIC_ACTIONS.filter((id) => !existing.has(id)),
      'listed as public but gone',
    ).toEqual([])
    expect(
      actions.filter((a) => looksPublic(a) && !isPublic(a)).map((a) => a.id),
      'public-looking but not listed',
    ).toEqual([])
    expect(
      actions.filter((a) => isPublic(a) && !looksPublic(a)).map((a) => a.id),
      'listed as public inside a role’s area',
    ).toEqual([])
    expect(
      Object.keys(SELF_SERVICE).filter((id) => !existing.has(id)),
      'self-service entries that are gone',
    ).toEqual([])
  })

  it('every action that validates a form gets a crafted form that passes its schema, so calls reach the domain', () => {
    const failing: string[] = []
    for (const a of actions) {
      if (!a.schema) continue
      for (const values of formsOf(a)) {
        const r = a.schema.safeParse(formToObject(toFormData(values)))
        if (!r.success) failing.push(`${a.id}: ${JSON.stringify(r.error.issues.map((i) => [i.path.join('.'), i.message]))}`)
      }
    }
    expect(failing).toEqual([])
    expect(
      actions.filter((a) => !a.schema && !isPublic(a)).map((a) => a.id),
      'private actions that validate no form',
    ).toEqual([])
  })
})

// ------------------------------------------------------------------------------------------

describe('anonymous callers', () => {
  for (const a of actions) {
    it(`${a.id}: ${isPublic(a) ? 'public, never a 500' : 'refused as forbidden, nothing written'}`, async () => {
      for (const values of [{}, ...formsOf(a)]) {
        const counts = await rowCounts()
        const out = await as(null, a, values)
        const what = describeCall('anonymous', a, values, out)
        tally.anonymous++
        expectNoServerError(out, what)
        if (isPublic(a)) continue
        expect(out.state, what).toEqual({ ok: false, formError: m.errors.forbidden })
        expect(await rowCounts(), what).toEqual(counts)
      }
    })
  }
})

describe('public actions called by signed-in people', () => {
  for (const a of actions.filter(isPublic)) {
    it(`${a.id}: never a 500, whoever calls`, async () => {
      for (const role of ROLES) {
        for (const values of [{}, ...formsOf(a)]) {
          const out = await as(viewers[role], a, values)
          tally.signedInPublic++
          expectNoServerError(out, describeCall(role, a, values, out))
        }
      }
    })
  }
})
