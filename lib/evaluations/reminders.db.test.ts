import { describe, expect, it } from 'vitest'
import { getDb } from '../server/db'
import { makeViewer } from '../../tests/support/factories'
import { makePartner, makePlacedFellow } from '../../tests/support/factories-progress'
import { answersFor, makeEvaluationRound } from '../../tests/support/factories-evaluations'
import { lateEvaluators, sendEvaluationReminders } from './reminders'
import { saveEvaluation } from './mutations/save-evaluation'
import { remindLate } from './mutations/remind'

const at = (d: string) => new Date(`${d}T12:00:00+05:00`)

describe('reminding late evaluators', () => {
  it('reminds each late person at most once per round per day, and stops once they submit', async () => {
    const a = await makePlacedFellow()
    const partner = await makePartner(a.departmentId)
    const { round, criteria } = await makeEvaluationRound(a.cycleId, { dueAt: at('2026-11-10') })
    // Not yet due: nobody is late.
    expect(await lateEvaluators(await getDb(), round.id, at('2026-11-09'))).toEqual([])
    const db = await getDb()
    const late = await lateEvaluators(db, round.id, at('2026-11-12'))
    expect(late.map((x) => [x.role, x.pending]).sort()).toEqual([
      ['FELLOW', 2],
      ['PARTNER', 1],
    ])
    expect(await sendEvaluationReminders(db, { roundId: round.id, now: at('2026-11-12') })).toEqual({ people: 2 })
    // Again the same day (the button, the job, both at once): nothing more.
    const both = await Promise.all([
      sendEvaluationReminders(db, { roundId: round.id, now: at('2026-11-12') }),
      sendEvaluationReminders(db, { now: new Date(at('2026-11-12').getTime() + 3_600_000) }),
    ])
    expect(both.map((r) => r.people)).toEqual([0, 0])
    const mails = await db.notification.findMany({ where: { kind: 'evaluation-reminder', userId: { in: [a.user.id, partner.userId] } } })
    expect(mails).toHaveLength(2)
    expect(mails.find((m) => m.userId === a.user.id)!.body).toContain('/fellow/evaluations')
    expect(mails.find((m) => m.userId === partner.userId)!.body).toContain('/partner/evaluations')

    // The fellow submits both views: the next day only the supervisor is reminded.
    await saveEvaluation(
      a.fellow,
      { roundId: round.id, direction: 'SELF', intent: 'submit', raw: answersFor(criteria, 'SELF') },
      at('2026-11-12'),
    )
    await saveEvaluation(
      a.fellow,
      { roundId: round.id, direction: 'DEPARTMENT', intent: 'submit', raw: answersFor(criteria, 'DEPARTMENT') },
      at('2026-11-12'),
    )
    expect(await sendEvaluationReminders(db, { roundId: round.id, now: at('2026-11-13') })).toEqual({ people: 1 })
    expect(await db.notification.count({ where: { kind: 'evaluation-reminder', userId: partner.userId } })).toBe(2)
    expect(await db.reminder.count({ where: { dedupeKey: { startsWith: `evaluation:${round.id}:` } } })).toBe(3)
  })

  it('staff’s button: only for an open round past its due date', async () => {
    const a = await makePlacedFellow()
    const staff = await makeViewer('STAFF')
    const { round: early } = await makeEvaluationRound(a.cycleId, { dueAt: new Date(Date.now() + 86_400_000) })
    await expect(remindLate(staff, early.id)).rejects.toMatchObject({ code: 'CLOSED' })
    const { round: closed } = await makeEvaluationRound(a.cycleId, { opened: false, dueAt: new Date(Date.now() - 86_400_000) })
    await expect(remindLate(staff, closed.id)).rejects.toMatchObject({ code: 'CLOSED' })
    const { round: due } = await makeEvaluationRound(a.cycleId, { dueAt: new Date(Date.now() - 86_400_000) })
    expect(await remindLate(staff, due.id)).toEqual({ people: 1 })
    await expect(remindLate(a.fellow, due.id)).rejects.toMatchObject({ code: 'FORBIDDEN' })
  })
})
