// The hostile-form tests' checker (tests/support/hostile-checker.ts, used by
// hostile-actions.db.test.ts) catches what it is meant to: fake actions that write half and
// refuse, throw, answer with raw or untranslated text, or store values they should refuse.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import fc from 'fast-check'
import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import { dictionaries } from '../../lib/i18n/messages'
import { runAction } from '../../lib/request/action'
import { getDb } from '../../lib/server/db'
import { text } from '../../lib/validation'
import type { AnyAction } from '../support/server-actions'
import { checkedCall, type Entries, type Shape } from '../support/hostile-checker'
import { SEED, staff, setUpHostileWorld } from '../support/hostile-world'

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
    'a refusal after a write (a partial write)': [
      async () => (await write(), { ok: false, formError: 'Refused.' }),
      /refused, yet wrote to Department/,
    ],
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
      async (_prev: unknown, fd: unknown) =>
        runAction(fd as FormData, z.object({ name: text() }), async () => Promise.reject(new Error('connection refused'))),
      /something went wrong/,
    ],
    'a refusal without a message': [async () => ({ ok: false }), /without saying why/],
    'an object as the message': [async () => ({ ok: false, fieldErrors: { name: '[object Object]' } }), /raw or broken/],
    'a Prisma error as the message': [async () => ({ ok: false, formError: 'Invalid `prisma.user.create()` invocation' }), /raw or broken/],
    'an untranslated key': [async () => ({ ok: false, fieldErrors: { name: 'errors.tooLong' } }), /untranslated/],
    'zod’s own English': [
      async () => ({ ok: false, fieldErrors: { name: 'Invalid input: expected string, received undefined' } }),
      /raw or broken/,
    ],
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
    expect(
      (await checkedCall(async () => ({ ok: false, fieldErrors: { name: m.errors.required } }), staff, form, shape)).violations,
    ).toEqual([])
    expect((await checkedCall(async () => (await write(), { ok: true }), staff, form, shape)).violations).toEqual([])
  })

  it('makes fast-check fail, with the seed to replay it, when an action writes half and refuses', async () => {
    let calls = 0
    const halfWriter: AnyAction = async () =>
      ++calls % 3 === 0 ? (await write(), { ok: false, formError: 'Refused.' }) : { ok: false, formError: 'Refused.' }
    const run = fc.assert(
      fc.asyncProperty(fc.string(), async (s) => {
        const { violations } = await checkedCall(halfWriter, staff, [['name', s]], shape)
        expect(violations).toEqual([])
      }),
      { numRuns: 6, seed: SEED, endOnFailure: true },
    )
    const failure = await run.then(
      () => undefined,
      (e: Error) => e,
    )
    expect(failure?.message).toMatch(/seed: -?\d+, path: "[\d:]+"/)
    expect(String(failure?.cause)).toMatch(/refused, yet wrote to Department/)
  })
})
