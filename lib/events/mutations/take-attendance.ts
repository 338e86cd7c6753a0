// Staff save a session's attendance register in one go: one transaction, a handful of batched
// statements whatever the number of fellows (2,000 at the scale seed), never one per fellow.
import 'server-only'
import { write } from '../../server/unit-of-work'
import { permit } from '../../auth/permit'
import { AppError, notFound } from '../../server/errors'
import type { Viewer } from '../../auth/viewer'
import { invitedFellowshipWhere } from '../scope'
import { canTakeAttendance } from '../policy'
import { ATTENDANCE_MARKS, type SaveAttendanceInput } from '../schema'

const CHUNK = 2000

export async function saveAttendance(viewer: Viewer, input: SaveAttendanceInput, now = new Date()) {
  return write(
    viewer,
    permit('event:manage'),
    async (tx, uow) => {
      const e = await tx.cohortEvent.findUnique({
        where: { id: input.eventId },
        select: { id: true, cycleId: true, departmentIds: true, startsAt: true, endsAt: true, cancelledAt: true },
      })
      if (!e) throw notFound()
      if (!canTakeAttendance(e, now)) throw new AppError('CLOSED', e.cancelledAt ? 'events.errors.cancelled' : 'events.errors.notStarted')
      const ids = input.fellowshipIds
      // Every fellow on the form must be one the session invites (the register shows no one else).
      const invited = ids.length ? await tx.fellowship.count({ where: { AND: [invitedFellowshipWhere(e), { id: { in: ids } }] } }) : 0
      if (invited !== ids.length) throw notFound()

      const cleared = ids.filter((id) => !input.marks.has(id))
      const marked = [...input.marks]
      let removed = 0
      for (let i = 0; i < cleared.length; i += CHUNK)
        removed += (await tx.attendance.deleteMany({ where: { eventId: e.id, fellowshipId: { in: cleared.slice(i, i + CHUNK) } } })).count
      let added = 0
      for (let i = 0; i < marked.length; i += CHUNK) {
        const data = marked
          .slice(i, i + CHUNK)
          .map(([fellowshipId, mark]) => ({ eventId: e.id, fellowshipId, mark, markedById: viewer.userId, markedAt: now }))
        added += (await tx.attendance.createMany({ data, skipDuplicates: true })).count
      }
      // Marks that changed: one statement per mark; unchanged rows keep who marked them and when.
      let changed = 0
      for (const mark of ATTENDANCE_MARKS) {
        const withMark = marked.filter(([, m]) => m === mark).map(([id]) => id)
        for (let i = 0; i < withMark.length; i += CHUNK) {
          changed += (
            await tx.attendance.updateMany({
              where: { eventId: e.id, fellowshipId: { in: withMark.slice(i, i + CHUNK) }, mark: { not: mark } },
              data: { mark, markedById: viewer.userId, markedAt: now },
            })
          ).count
        }
      }
      const counts = Object.fromEntries(ATTENDANCE_MARKS.map((m) => [m, marked.filter(([, x]) => x === m).length]))
      await uow.audit({
        action: 'event.attendance',
        entityType: 'CohortEvent',
        entityId: e.id,
        after: { fellows: ids.length, ...counts, added, changed, removed },
      })
      return { fellows: ids.length, added, changed, removed }
    },
    { timeout: 30_000 },
  )
}
