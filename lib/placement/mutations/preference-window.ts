// Staff set when fellows may rank projects, and nudge the fellows who have not ranked yet.
import 'server-only'
import { getDb } from '../../server/db'
import { assertCan } from '../../auth/policy'
import { AppError, notFound } from '../../server/errors'
import { updateVersioned } from '../../server/versioned'
import { deliverQueued } from '../../server/mailer'
import { writeAudit } from '../../audit/write'
import type { Tx } from '../../server/tx'
import type { Viewer } from '../../auth/viewer'
import { windowState } from '../access'
import { placementMail, queueNotice } from '../notify'
import type { PreferenceWindowInput } from '../schema'

/** Fellows the next matching run would place: active in the cycle, no active placement. */
function fellowsToPlace(tx: Tx, cycleId: string, extra: object = {}) {
  return tx.fellowship.findMany({
    where: { cycleId, status: 'ACTIVE', placements: { none: { status: 'ACTIVE' } }, user: { active: true }, ...extra },
    select: { user: { select: { id: true, email: true, name: true } } },
  })
}

export async function setPreferenceWindow(viewer: Viewer, input: PreferenceWindowInput) {
  assertCan(viewer, 'placement:manage')
  const db = await getDb()
  const mailIds: string[] = []
  await db.$transaction(async (tx) => {
    const before = await tx.cycle.findUnique({ where: { id: input.cycleId }, select: { name: true, nameUr: true, preferenceOpensAt: true, preferenceClosesAt: true } })
    if (!before) throw notFound()
    const data = { preferenceOpensAt: input.opensAt, preferenceClosesAt: input.closesAt }
    await updateVersioned(tx.cycle, input.cycleId, input.version, data)
    await writeAudit(tx, {
      actorId: viewer.userId,
      action: 'cycle.preference-window',
      entityType: 'Cycle',
      entityId: input.cycleId,
      before: { preferenceOpensAt: before.preferenceOpensAt, preferenceClosesAt: before.preferenceClosesAt },
      after: data,
    })
    if (!input.notifyFellows) return
    for (const f of await fellowsToPlace(tx, input.cycleId)) {
      const r = { to: f.user.email, userId: f.user.id, name: f.user.name }
      mailIds.push(await queueNotice(tx, r, 'placement.window', placementMail.windowOpen({ name: r.name, cycle: before.name, cycleUr: before.nameUr, opens: input.opensAt, closes: input.closesAt })))
    }
  })
  await deliverQueued(db, mailIds)
  return { notified: mailIds.length }
}

export async function remindUnranked(viewer: Viewer, cycleId: string) {
  assertCan(viewer, 'placement:manage')
  const db = await getDb()
  const mailIds: string[] = []
  await db.$transaction(async (tx) => {
    const cycle = await tx.cycle.findUnique({ where: { id: cycleId }, select: { name: true, nameUr: true, preferenceOpensAt: true, preferenceClosesAt: true } })
    if (!cycle) throw notFound()
    // A reminder to rank is only fair while ranking is possible.
    if (windowState(cycle) !== 'open') throw new AppError('CLOSED', 'placement.errors.windowNotOpenForReminder')
    const fellows = await fellowsToPlace(tx, cycleId, { preferences: { none: {} } })
    for (const f of fellows) {
      const r = { to: f.user.email, userId: f.user.id, name: f.user.name }
      mailIds.push(await queueNotice(tx, r, 'placement.remind', placementMail.reminder({ name: r.name, cycle: cycle.name, cycleUr: cycle.nameUr, closes: cycle.preferenceClosesAt! })))
    }
    await writeAudit(tx, { actorId: viewer.userId, action: 'preference.remind', entityType: 'Cycle', entityId: cycleId, after: { reminded: fellows.length } })
  })
  await deliverQueued(db, mailIds)
  return { reminded: mailIds.length }
}
