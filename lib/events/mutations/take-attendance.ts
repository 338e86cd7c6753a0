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
      // New and changed marks in one statement per 2,000: an upsert that leaves unchanged rows
      // (and who marked them, and when) alone. Prisma's createMany and one updateMany per mark
      // took 1.8 s for a 2,000-fellow register.
      let added = 0
      let changed = 0
      for (let i = 0; i < marked.length; i += CHUNK) {
        const part = marked.slice(i, i + CHUNK)
        const [row] = await tx.$queryRaw<{ added: number; changed: number }[]>`
          WITH up AS (
            INSERT INTO "Attendance" ("id", "eventId", "fellowshipId", "mark", "markedById", "markedAt")
            SELECT gen_random_uuid(), ${e.id}::uuid, t.f, t.m::"AttendanceMark", ${viewer.userId}::uuid, ${now}
            FROM unnest(${part.map(([id]) => id)}::uuid[], ${part.map(([, m]) => m)}::text[]) AS t(f, m)
            ON CONFLICT ("eventId", "fellowshipId") DO UPDATE
              SET "mark" = EXCLUDED."mark", "markedById" = EXCLUDED."markedById", "markedAt" = EXCLUDED."markedAt"
              WHERE "Attendance"."mark" <> EXCLUDED."mark"
            RETURNING (xmax = 0) AS inserted
          )
          SELECT count(*) FILTER (WHERE inserted)::int AS added, count(*) FILTER (WHERE NOT inserted)::int AS changed FROM up`
        added += row.added
        changed += row.changed
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
