// The authorization matrix at the edge (see authz-actions.db.test.ts), signed in: every role
// calls every private action outside its area, and inside it with crafted forms naming other
// people's records, alone or mixed with records of the caller's own. A refusal writes nothing;
// the other people's records never change.
import { describe, expect, it, vi } from 'vitest'
import type { Role } from '@prisma/client'
import { dictionaries } from '../../lib/i18n/messages'
import { mayEnter } from '../../lib/auth/roles'
import { rowCounts } from '../support/hostile'
import { craftedForms } from '../support/crafted-forms'
import { uuidFields } from '../support/schema-fields'
import { tableDigests } from '../support/table-digests'
import {
  NOT_STAFF,
  ROLES,
  SELF_SERVICE,
  actions,
  attackers,
  extras,
  ids,
  isPublic,
  tally,
  setUpAuthzWorld,
  viewers,
} from '../support/authz-world'
import { as, describeCall, expectNoServerError, formsOf, victimSnapshot } from '../support/authz-calls'

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

setUpAuthzWorld()

// ------------------------------------------------------------------------------------------

describe('signed-in callers outside their area, and crafted calls naming other people’s records', () => {
  for (const a of actions.filter((x) => !isPublic(x))) {
    // Every non-staff role; staff and admins too where their role may not enter.
    const callers = ROLES.filter((r) => NOT_STAFF.includes(r) || !mayEnter(r, a.route))
    it(`${a.id} (${a.route}) as ${callers.join(', ')}`, async () => {
      const before = await tableDigests()
      const selfServing: Role[] = []
      for (const role of callers) {
        const inArea = mayEnter(role, a.route)
        if (inArea && SELF_SERVICE[a.id]) {
          selfServing.push(role)
          continue
        }
        for (const values of formsOf(a)) {
          const counts = await rowCounts()
          const out = await as(viewers[role], a, values)
          const what = describeCall(role, a, values, out)
          tally.crafted++
          expectNoServerError(out, what)
          expect(out.state?.ok, what).toBe(false)
          // Outside the area the role check refuses before the form is even read. Inside it,
          // the record is not the caller's: "not found" (or "forbidden"), never a refusal for
          // some other reason (a stale version, a closed window) that could hide a missing check.
          if (!inArea) expect(out.state?.formError, what).toBe(m.errors.forbidden)
          else expect([m.errors.notFound, m.errors.forbidden], what).toContain(out.state?.formError)
          expect(await rowCounts(), what).toEqual(counts)
        }
      }
      // Row counts miss an edit in place: the content of every table must be unchanged too.
      expect(await tableDigests(), `${a.id}: a refused call changed a row`).toEqual(before)
      for (const role of selfServing) {
        for (const values of formsOf(a)) {
          const snap = await victimSnapshot()
          const out = await as(viewers[role], a, values)
          const what = describeCall(role, a, values, out)
          tally.selfService++
          expectNoServerError(out, what)
          expect(await victimSnapshot(), what).toEqual(snap)
        }
      }
    })
  }
})

describe('crafted calls mixing the caller’s own records with other people’s', () => {
  // Each caller's own record in one field, someone else's in another (a focal person, a
  // ranking, a comment target...): the other people's records never change, and a form that
  // names one of them in a field of its schema is refused.
  const pairs = actions
    .filter((a) => !isPublic(a) && !SELF_SERVICE[a.id])
    .flatMap((a) => NOT_STAFF.filter((r) => mayEnter(r, a.route)).map((role) => ({ a, role })))
  const succeeded = new Set<Role>()
  for (const { a, role } of pairs) {
    it(`${a.id} as ${role}`, async () => {
      const victims = new Set(Object.values(ids).flat())
      const mine = attackers.own[role] ?? {}
      const merged = Object.fromEntries(Object.entries(ids).map(([k, v]) => [k, [...(mine[k] ?? []), ...v]]))
      const idFields = uuidFields(a.schema!)
      for (const values of craftedForms(a.schema!, merged, extras)) {
        const snap = await victimSnapshot()
        const out = await as(viewers[role], a, values)
        const what = describeCall(role, a, values, out)
        tally.mixed++
        expectNoServerError(out, what)
        if (idFields.some((k) => [values[k]].flat().some((x) => victims.has(x)))) expect(out.state?.ok, what).toBe(false)
        else if (out.state?.ok) succeeded.add(role)
        expect(await victimSnapshot(), what).toEqual(snap)
      }
    })
  }
  it('every role got through on some action with records of its own only (so refusals above were about ownership)', () => {
    expect([...succeeded].sort()).toEqual([...NOT_STAFF].sort())
  })
})
