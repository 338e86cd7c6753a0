// Staff send reminders from a cycle's compliance board: first the list of who would get an
// email (for the department shown), then the send, to those confirmed fellows only.
import 'server-only'
import { getDb } from '../../server/db'
import { assertCan } from '../../auth/policy'
import { AppError, notFound } from '../../server/errors'
import type { Viewer } from '../../auth/viewer'
import { pendingReminders, sendUpdateReminders } from '../reminders'

export interface CycleReminderScope {
  departmentId?: string
  /** The fellowships listed on the confirmation; without it, every fellow in scope. */
  fellowshipIds?: string[]
}

async function activeCycle(cycleId: string) {
  const db = await getDb()
  const cycle = await db.cycle.findUnique({ where: { id: cycleId }, select: { status: true } })
  if (!cycle) throw notFound()
  // Fellows of a cycle that has not started or has finished are not chased.
  if (cycle.status !== 'ACTIVE') throw new AppError('CLOSED', 'errors.closed')
  return db
}

/** Who pressing "Send" would email now: name and number of missing periods, for the confirmation. */
export async function previewCycleReminders(viewer: Viewer, cycleId: string, scope: CycleReminderScope = {}, now = new Date()) {
  assertCan(viewer, 'reminder:send')
  const db = await activeCycle(cycleId)
  const pending = await pendingReminders(db, { cycleId, departmentId: scope.departmentId, fellowshipIds: scope.fellowshipIds, now })
  return pending.map((p) => ({ fellowshipId: p.fellowshipId, name: p.user.name, periods: p.missing.length }))
}

export async function sendCycleReminders(viewer: Viewer, cycleId: string, now = new Date(), scope: CycleReminderScope = {}) {
  assertCan(viewer, 'reminder:send')
  const db = await activeCycle(cycleId)
  return sendUpdateReminders(db, {
    cycleId,
    now,
    actorId: viewer.userId,
    departmentId: scope.departmentId,
    fellowshipIds: scope.fellowshipIds,
  })
}
