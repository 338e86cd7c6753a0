// Staff press "Send reminders" on a cycle's compliance board.
import 'server-only'
import { getDb } from '../../server/db'
import { assertCan } from '../../auth/policy'
import { AppError, notFound } from '../../server/errors'
import type { Viewer } from '../../auth/viewer'
import { sendUpdateReminders } from '../reminders'

export async function sendCycleReminders(viewer: Viewer, cycleId: string, now = new Date()) {
  assertCan(viewer, 'reminder:send')
  const db = await getDb()
  const cycle = await db.cycle.findUnique({ where: { id: cycleId }, select: { status: true } })
  if (!cycle) throw notFound()
  // Fellows of a cycle that has not started or has finished are not chased.
  if (cycle.status !== 'ACTIVE') throw new AppError('CLOSED', 'errors.closed')
  return sendUpdateReminders(db, { cycleId, now, actorId: viewer.userId })
}
