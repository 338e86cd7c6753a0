// Staff's "remind the late ones" on a round's page: the same run as the scheduled job, for
// this round only (each late person at most once a day: lib/evaluations/reminders.ts).
import 'server-only'
import { getDb } from '../../server/db'
import { assertCan } from '../../auth/policy'
import { AppError, notFound } from '../../server/errors'
import type { Viewer } from '../../auth/viewer'
import { sendEvaluationReminders } from '../reminders'

export async function remindLate(viewer: Viewer, roundId: string, now = new Date()) {
  assertCan(viewer, 'evaluation:manage')
  const db = await getDb()
  const round = await db.evaluationRound.findUnique({ where: { id: roundId }, select: { openedAt: true, dueAt: true } })
  if (!round) throw notFound()
  if (!round.openedAt) throw new AppError('CLOSED', 'evaluations.errors.notOpen')
  if (round.dueAt > now) throw new AppError('CLOSED', 'evaluations.staff.remindNotDue')
  return sendEvaluationReminders(db, { roundId, now, actorId: viewer.userId })
}
