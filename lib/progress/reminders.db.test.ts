import { describe, expect, it } from 'vitest'
import { getDb } from '../server/db'
import { makeViewer } from '../../tests/support/factories'
import { makePlacedFellow, makeSubmittedUpdate } from '../../tests/support/factories-progress'
import { sendUpdateReminders } from './reminders'
import { previewCycleReminders, sendCycleReminders } from './mutations/send-reminders'

const at = (d: string) => new Date(`${d}T12:00:00+05:00`)

describe('update reminders', () => {
  it('reminds a fellow once about each ended period without a submitted update, never twice', async () => {
    const { fellowship, cycleId, user } = await makePlacedFellow()
    await makeSubmittedUpdate(fellowship.id, 0)
    await makeSubmittedUpdate(fellowship.id, 2, { status: 'DRAFT' })
    const db = await getDb()
    // 20 Nov: periods 0-2 have ended (0 submitted); period 3 is still running.
    const first = await sendUpdateReminders(db, { cycleId, now: at('2026-11-20') })
    expect(first).toEqual({ fellows: 1, periods: 2 })
    const mails = await db.notification.findMany({ where: { userId: user.id, kind: 'update-reminder' } })
    expect(mails).toHaveLength(1)
    expect(mails[0].status).toBe('SENT')
    expect(mails[0].body).toContain('Period 2:')
    expect(mails[0].body).toContain('Period 3:')
    expect(mails[0].body).not.toContain('Period 1:')
    expect(mails[0].body).toContain('مدت 3')

    // Running again (the scheduler, or staff pressing the button) sends nothing new.
    expect(await sendUpdateReminders(db, { cycleId, now: at('2026-11-21') })).toEqual({ fellows: 0, periods: 0 })
    // Two runs at the same moment still remind once.
    const both = await Promise.all([
      sendUpdateReminders(db, { cycleId, now: at('2026-11-27') }),
      sendUpdateReminders(db, { cycleId, now: at('2026-11-27') }),
    ])
    expect(both.map((r) => r.periods).sort()).toEqual([0, 1])
    expect(await db.notification.count({ where: { userId: user.id, kind: 'update-reminder' } })).toBe(2)
    expect(await db.reminder.count({ where: { fellowshipId: fellowship.id } })).toBe(3)
  })

  it('leaves out cycles that are not active, fellows who left and periods that are still running', async () => {
    const db = await getDb()
    const planned = await makePlacedFellow()
    await db.cycle.update({ where: { id: planned.cycleId }, data: { status: 'COMPLETED' } })
    const gone = await makePlacedFellow()
    await db.fellowship.update({ where: { id: gone.fellowship.id }, data: { status: 'WITHDRAWN' } })
    const early = await makePlacedFellow()
    expect(await sendUpdateReminders(db, { cycleId: planned.cycleId, now: at('2026-12-01') })).toEqual({ fellows: 0, periods: 0 })
    expect(await sendUpdateReminders(db, { cycleId: gone.cycleId, now: at('2026-12-01') })).toEqual({ fellows: 0, periods: 0 })
    expect(await sendUpdateReminders(db, { cycleId: early.cycleId, now: at('2026-10-10') })).toEqual({ fellows: 0, periods: 0 })
  })

  it('emails only the department shown and only the fellows listed on the confirmation', async () => {
    const db = await getDb()
    const a = await makePlacedFellow({ fellowName: 'Ayesha Department-A' })
    const b = await makePlacedFellow({ cycleId: a.cycleId, fellowName: 'Bilal Department-B' })
    const c = await makePlacedFellow({ cycleId: a.cycleId, departmentId: a.departmentId, fellowName: 'Chand Department-A' })
    const staff = await makeViewer('STAFF')
    const now = at('2026-10-20')
    // The confirmation lists who would get an email, for the department shown only.
    const preview = await previewCycleReminders(staff, a.cycleId, { departmentId: a.departmentId }, now)
    expect(preview.map((r) => r.name)).toEqual(['Ayesha Department-A', 'Chand Department-A'])
    expect(preview.every((r) => r.periods === 1)).toBe(true)
    // Staff confirm, but Chand was dropped from the list they saw: only Ayesha is emailed.
    const run = await sendCycleReminders(staff, a.cycleId, now, { departmentId: a.departmentId, fellowshipIds: [a.fellowship.id] })
    expect(run).toEqual({ fellows: 1, periods: 1 })
    expect(await db.notification.count({ where: { userId: a.user.id, kind: 'update-reminder' } })).toBe(1)
    expect(await db.notification.count({ where: { userId: { in: [b.user.id, c.user.id] }, kind: 'update-reminder' } })).toBe(0)
    // A fellow of another department named in a forged form is not emailed either.
    expect(await sendCycleReminders(staff, a.cycleId, now, { departmentId: a.departmentId, fellowshipIds: [b.fellowship.id] })).toEqual({
      fellows: 0,
      periods: 0,
    })
    expect(await db.notification.count({ where: { userId: b.user.id, kind: 'update-reminder' } })).toBe(0)
    // Ayesha is reminded, so she is no longer listed.
    expect((await previewCycleReminders(staff, a.cycleId, { departmentId: a.departmentId }, now)).map((r) => r.name)).toEqual([
      'Chand Department-A',
    ])
  })

  it('records who pressed the button, and refuses a cycle that is not running', async () => {
    const { cycleId, fellowship } = await makePlacedFellow()
    const staff = await makeViewer('STAFF')
    const res = await sendCycleReminders(staff, cycleId, at('2026-10-20'))
    expect(res).toEqual({ fellows: 1, periods: 1 })
    const db = await getDb()
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: fellowship.id, action: 'reminder.update' } })
    expect(audit.actorId).toBe(staff.userId)
    await db.cycle.update({ where: { id: cycleId }, data: { status: 'COMPLETED' } })
    await expect(sendCycleReminders(staff, cycleId)).rejects.toMatchObject({ code: 'CLOSED' })
  })
})
