import { describe, expect, it } from 'vitest'
import { getDb } from './db'
import { AppError } from './errors'
import { queueMail } from './mailer'
import { write, writeAsSystem } from './unit-of-work'
import { permit } from '../auth/permit'
import { makeCycle, makeProgramme, makeViewer } from '../../tests/support/factories'

/** Returns once another connection waits for a row lock (PostgreSQL only). */
async function untilWaitingForLock(db: Awaited<ReturnType<typeof getDb>>) {
  for (let i = 0; i < 500; i++) {
    const [row] = await db.$queryRaw<
      { n: number }[]
    >`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`
    if (row.n > 0) return
  }
  throw new Error('the second writer never waited for the lock')
}

const mailTo = (to: string) => ({ to, subject: 'Hello', body: 'Text', kind: 'test.notice' })

describe('write: the one write path', () => {
  it('refuses a viewer without the permission before anything runs', async () => {
    const fellow = await makeViewer('FELLOW')
    let ran = false
    await expect(write(fellow, permit('programme:manage'), async () => void (ran = true))).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(write(null, permit('programme:manage'), async () => void (ran = true))).rejects.toMatchObject({ code: 'UNAUTHENTICATED' })
    expect(ran).toBe(false)
    // One of several permissions is enough.
    await expect(write(fellow, permit('programme:manage', 'alumni:write:own'), async () => 'ok')).resolves.toBe('ok')
  })

  it('writes the audit row with the viewer as actor, and a system job with none', async () => {
    const staff = await makeViewer('STAFF')
    const cycle = await makeCycle()
    await write(staff, permit('cycle:manage'), (_tx, uow) =>
      uow.audit({ action: 'test.audit', entityType: 'Cycle', entityId: cycle.id, after: { passwordHash: 'x', note: 'kept' } }),
    )
    await writeAsSystem(await getDb(), (_tx, uow) => uow.audit({ action: 'test.system', entityType: 'Cycle', entityId: cycle.id }))
    const rows = await (await getDb()).auditLog.findMany({ where: { entityId: cycle.id }, orderBy: { createdAt: 'asc' } })
    expect(rows.map((r) => [r.action, r.actorId])).toEqual([
      ['test.audit', staff.userId],
      ['test.system', null],
    ])
    expect(rows[0].after).toEqual({ note: 'kept' })
  })

  it('locks a row until commit: two writers read-then-write in turn and neither update is lost', async () => {
    const staff = await makeViewer('STAFF')
    const cycle = await makeCycle()
    const db = await getDb()
    expect(await write(staff, permit('cycle:manage'), (_tx, uow) => uow.lock('Cycle', '00000000-0000-4000-8000-000000000000'))).toBe(false)
    let firstLocked!: () => void
    const locked = new Promise<void>((r) => (firstLocked = r))
    const bump = (holding?: () => Promise<void>) =>
      write(staff, permit('cycle:manage'), async (tx, uow) => {
        expect(await uow.lock('Cycle', cycle.id)).toBe(true)
        const { version } = await tx.cycle.findUniqueOrThrow({ where: { id: cycle.id }, select: { version: true } })
        await holding?.()
        await tx.cycle.update({ where: { id: cycle.id }, data: { version: version + 1 } })
      })
    const first = bump(async () => {
      firstLocked()
      // On PostgreSQL the second writer is now waiting for this lock (PGlite runs one transaction at a time).
      if (process.env.DAFTAR_TEST_DB === 'postgres') await untilWaitingForLock(db)
    })
    const second = locked.then(() => bump())
    await Promise.all([first, second])
    expect((await db.cycle.findUniqueOrThrow({ where: { id: cycle.id } })).version).toBe(cycle.version + 2)
  })

  it('delivers mail only after commit, whoever queued it inside', async () => {
    const staff = await makeViewer('STAFF')
    const db = await getDb()
    const a = `uow-a-${Date.now()}@test.pk`
    const b = `uow-b-${Date.now()}@test.pk`
    await write(staff, permit('outbox:read'), async (tx, uow) => {
      await uow.mail(mailTo(a))
      await queueMail(tx, mailTo(b))
      // Inside the transaction the mail waits.
      expect(
        (await tx.notification.findMany({ where: { toEmail: { in: [a, b] } }, orderBy: { toEmail: 'asc' } })).map((n) => n.status),
      ).toEqual(['QUEUED', 'QUEUED'])
    })
    expect(
      (await db.notification.findMany({ where: { toEmail: { in: [a, b] } }, orderBy: { toEmail: 'asc' } })).map((n) => n.status),
    ).toEqual(['SENT', 'SENT'])
  })

  it('rolls back whole: no record, audit row, mail or after-commit work is left of a refused change', async () => {
    const staff = await makeViewer('STAFF')
    const db = await getDb()
    const slug = `half-${Date.now()}`
    const to = `uow-rollback-${Date.now()}@test.pk`
    let cleaned = false
    await expect(
      write(staff, permit('programme:manage'), async (tx, uow) => {
        const p = await tx.programme.create({
          data: { slug, name: 'Half written', kind: 'FELLOWSHIP', level: 'PROVINCIAL', description: 'x', durationMonths: 12 },
        })
        await uow.audit({ action: 'programme.create', entityType: 'Programme', entityId: p.id })
        await uow.mail(mailTo(to))
        uow.afterCommit(async () => void (cleaned = true))
        throw new AppError('CONFLICT', 'errors.conflict')
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT', messageKey: 'errors.conflict' })
    expect(await db.programme.count({ where: { slug } })).toBe(0)
    expect(await db.auditLog.count({ where: { action: 'programme.create', actorId: staff.userId } })).toBe(0)
    expect(await db.notification.count({ where: { toEmail: to } })).toBe(0)
    expect(cleaned).toBe(false)

    await write(staff, permit('programme:manage'), async (_tx, uow) => uow.afterCommit(async () => void (cleaned = true)))
    expect(cleaned).toBe(true)
  })

  it('turns a unique-key violation into a message, the one given or errors.duplicate', async () => {
    const staff = await makeViewer('STAFF')
    const taken = await makeProgramme()
    const again = {
      slug: taken.slug,
      name: 'Again',
      kind: 'FELLOWSHIP' as const,
      level: 'PROVINCIAL' as const,
      description: 'x',
      durationMonths: 12,
    }
    await expect(write(staff, permit('programme:manage'), (tx) => tx.programme.create({ data: again }))).rejects.toMatchObject({
      code: 'DUPLICATE',
      messageKey: 'errors.duplicate',
    })
    const slugTaken = () => new AppError('DUPLICATE', 'errors.duplicate', { slug: 'errors.duplicate' })
    const e = await write(staff, permit('programme:manage'), (tx) => tx.programme.create({ data: again }), { unique: slugTaken }).catch(
      (x: unknown) => x,
    )
    expect(e).toBeInstanceOf(AppError)
    expect(e).toMatchObject({ code: 'DUPLICATE', fieldErrors: { slug: 'errors.duplicate' } })
  })
})
