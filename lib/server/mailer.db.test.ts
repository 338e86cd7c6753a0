import { afterEach, describe, expect, it } from 'vitest'
import { getDb } from './db'
import { INTERRUPTED_MS, MAX_ATTEMPTS, STUCK_QUEUED_MS, deliverQueued, retryMail, setMailTransport } from './mailer'

const MIN = 60_000

/** A mail server that takes every message (or refuses while `down`), counting each address it is given. */
function fakeServer() {
  const given: string[] = []
  const server = {
    down: false,
    given,
    async sendMail(m: object) {
      await new Promise((r) => setImmediate(r))
      if (server.down) throw new Error('connect ECONNREFUSED 10.0.0.25:587')
      given.push((m as { to: string }).to)
    },
  }
  setMailTransport(server)
  return server
}

afterEach(() => setMailTransport(null))

async function queue(n: number, tag: string, createdAt?: Date) {
  const db = await getDb()
  const rows = Array.from({ length: n }, (_, i) => ({
    toEmail: `${tag}-${i}@example.pk`,
    subject: 'Notice',
    body: 'Text',
    kind: 'test.notice',
    ...(createdAt ? { createdAt } : {}),
  }))
  await db.notification.createMany({ data: rows })
  return (await db.notification.findMany({ where: { toEmail: { startsWith: `${tag}-` } }, select: { id: true } })).map((r) => r.id)
}

const statusOf = async (ids: string[]) =>
  (await getDb()).notification.findMany({
    where: { id: { in: ids } },
    select: { status: true, attempts: true, nextAttemptAt: true, error: true },
  })

describe('mail delivery and the retry sweep', () => {
  it('delivers every message a change queued, beyond one batch, each once', async () => {
    const server = fakeServer()
    const ids = await queue(450, 'batch')
    await deliverQueued(await getDb(), ids)
    const rows = await statusOf(ids)
    expect(rows.filter((r) => r.status === 'SENT')).toHaveLength(450)
    expect(new Set(server.given).size).toBe(450)
    expect(server.given).toHaveLength(450)
  })

  it('records a failure with the next try, retries it after the back-off, and stops after the last attempt', async () => {
    const db = await getDb()
    const server = fakeServer()
    server.down = true
    const [id] = await queue(1, 'backoff')
    const t0 = Date.now()
    await deliverQueued(db, [id])
    let [row] = await statusOf([id])
    expect(row).toMatchObject({ status: 'FAILED', attempts: 1 })
    expect(row.error).toContain('ECONNREFUSED')
    expect(row.nextAttemptAt!.getTime() - t0).toBeGreaterThanOrEqual(2 * MIN - 1000)
    // Before the back-off is over nothing is tried.
    server.down = false
    expect(await retryMail(db, new Date(t0 + MIN))).toMatchObject({ sent: 0 })
    expect(server.given).toHaveLength(0)
    // After it, the message goes, once.
    expect((await retryMail(db, new Date(t0 + 3 * MIN))).sent).toBeGreaterThanOrEqual(1)
    ;[row] = await statusOf([id])
    expect(row).toMatchObject({ status: 'SENT', attempts: 2, error: null })
    expect(server.given.filter((to) => to === 'backoff-0@example.pk')).toHaveLength(1)

    // A server down for good: tried MAX_ATTEMPTS times in all, then left FAILED with no next try.
    server.down = true
    const [dead] = await queue(1, 'dead')
    await deliverQueued(db, [dead])
    for (let i = 1; i < MAX_ATTEMPTS + 3; i++) {
      const [r] = await statusOf([dead])
      await retryMail(db, new Date((r.nextAttemptAt ?? new Date()).getTime() + 1000))
    }
    ;[row] = await statusOf([dead])
    expect(row).toMatchObject({ status: 'FAILED', attempts: MAX_ATTEMPTS, nextAttemptAt: null })
  })

  it('sends mail that stayed queued (its process stopped), but not mail a request is handing over now', async () => {
    const db = await getDb()
    const server = fakeServer()
    const old = await queue(2, 'stuck', new Date(Date.now() - STUCK_QUEUED_MS - MIN))
    const fresh = await queue(1, 'fresh')
    await retryMail(db)
    expect((await statusOf(old)).map((r) => r.status)).toEqual(['SENT', 'SENT'])
    expect((await statusOf(fresh)).map((r) => r.status)).toEqual(['QUEUED'])
    expect(server.given.filter((to) => to.startsWith('fresh-'))).toEqual([])
  })

  it('never sends a message twice when two sweeps run at once', async () => {
    const db = await getDb()
    const server = fakeServer()
    const ids = await queue(300, 'twice', new Date(Date.now() - STUCK_QUEUED_MS - MIN))
    await Promise.all([retryMail(db), retryMail(db), deliverQueued(db, ids)])
    const mine = server.given.filter((to) => to.startsWith('twice-'))
    expect(mine).toHaveLength(300)
    expect(new Set(mine).size).toBe(300)
  })

  it('marks a message interrupted mid-send as failed and does not send it again', async () => {
    const db = await getDb()
    const server = fakeServer()
    const [id] = await queue(1, 'interrupted')
    await db.notification.update({
      where: { id },
      data: { status: 'SENDING', attempts: 1, lastAttemptAt: new Date(Date.now() - INTERRUPTED_MS - MIN) },
    })
    const run = await retryMail(db)
    expect(run.interrupted).toBeGreaterThanOrEqual(1)
    const [row] = await statusOf([id])
    expect(row).toMatchObject({ status: 'FAILED', nextAttemptAt: null })
    await retryMail(db, new Date(Date.now() + 60 * MIN))
    expect(server.given).not.toContain('interrupted-0@example.pk')
  })
})
