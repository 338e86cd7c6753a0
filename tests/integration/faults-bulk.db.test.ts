// Faults in the middle of a bulk operation: the staff bulk move/reject of applications fails
// after some rows were already updated in its transaction; nothing of it may remain.
import { afterEach, describe, expect, it } from 'vitest'
import type { PrismaClient } from '@prisma/client'
import { getDb, setDb } from '../../lib/server/db'
import { moveApplications } from '../../lib/recruitment/mutations/move-applications'
import { makeViewer } from '../support/factories'
import { makeApplication, makeOpenCall } from '../support/factories-recruitment'
import { rowCounts } from '../support/hostile'

let real: PrismaClient | undefined
afterEach(() => {
  if (real) setDb(real)
  real = undefined
})

/**
 * Installs a client whose interactive transactions fail on the Nth write to `model`, as a
 * crashed connection or a full disk would, after the earlier writes of the same transaction.
 */
async function failOnNthWrite(model: string, n: number) {
  real = await getDb()
  const base = real
  let writes = 0
  const wrapTx = (tx: object) =>
    new Proxy(tx, {
      get(target, prop, recv) {
        const delegate = Reflect.get(target, prop, recv)
        if (prop !== model) return delegate
        return new Proxy(delegate as object, {
          get(d, op, r) {
            const fn = Reflect.get(d, op, r)
            if (typeof fn !== 'function' || !/^(create|update|delete|upsert)/.test(String(op))) return fn
            return (...args: unknown[]) => {
              if (++writes === n) throw new Error('injected fault: connection lost')
              return fn.apply(d, args)
            }
          },
        })
      },
    })
  const faulty = new Proxy(base, {
    get(target, prop, recv) {
      if (prop !== '$transaction') return Reflect.get(target, prop, recv)
      return (fn: unknown, opts?: unknown) =>
        typeof fn === 'function'
          ? base.$transaction(
              (async (tx: object) => (fn as (t: object) => Promise<unknown>)(wrapTx(tx as never) as object)) as never,
              opts as never,
            )
          : base.$transaction(fn as never)
    },
  })
  setDb(faulty)
}

describe('bulk move of applications, interrupted midway', () => {
  it('leaves every application at its stage, and no audit entry or email behind', async () => {
    const staff = await makeViewer('STAFF')
    const { cycle } = await makeOpenCall()
    const apps = []
    for (let i = 0; i < 6; i++) apps.push((await makeApplication(cycle.id, { stage: i % 2 ? 'SCREENING' : 'SUBMITTED' })).app)
    const db = await getDb()
    const before = await rowCounts()

    // The stage updates have run; the fourth audit entry fails.
    await failOnNthWrite('auditLog', 4)
    await expect(moveApplications(staff, { cycleId: cycle.id, ids: apps.map((a) => a.id), to: 'REJECTED' })).rejects.toThrow(
      'injected fault',
    )

    const after = await db.application.findMany({
      where: { cycleId: cycle.id },
      select: { id: true, stage: true, version: true, decidedAt: true },
    })
    for (const a of apps) {
      const now = after.find((x) => x.id === a.id)!
      expect(now).toMatchObject({ stage: a.stage, version: a.version, decidedAt: null })
    }
    expect(await rowCounts()).toEqual(before)
  })

  it('applies the whole batch when nothing fails (the same call, as a control)', async () => {
    const staff = await makeViewer('STAFF')
    const { cycle } = await makeOpenCall()
    const ids = [(await makeApplication(cycle.id)).app.id, (await makeApplication(cycle.id, { stage: 'SCREENING' })).app.id]
    await failOnNthWrite('auditLog', 99)
    await moveApplications(staff, { cycleId: cycle.id, ids, to: 'REJECTED' })
    const db = await getDb()
    const rows = await db.application.findMany({ where: { id: { in: ids } }, select: { stage: true } })
    expect(rows.map((r) => r.stage)).toEqual(['REJECTED', 'REJECTED'])
  })
})
