// The register at the scale seed's size: a 2,000-fellow cycle's whole register saved in one
// transaction with a handful of batched statements, not one per fellow, and read back in a few.
import { describe, expect, it } from 'vitest'
import { randomUUID } from 'node:crypto'
import { getDb, setDb } from '../server/db'
import { createCountingDatabase } from '../../tests/support/query-count'
import { makeCycle, makeViewer } from '../../tests/support/factories'
import { ATTENDANCE_MARKS, saveAttendanceSchema } from './schema'
import { saveAttendance } from './mutations/take-attendance'
import { staffEvent } from './queries'
import { attendanceByFellowship } from './attendance'

const FELLOWS = 2000

describe('a 2,000-fellow register', () => {
  it('saves in one transaction with batched writes, then again with every mark changed', async () => {
    const own = await getDb()
    const qc = await createCountingDatabase()
    setDb(qc.prisma)
    try {
      const db = qc.prisma
      const staff = await makeViewer('STAFF')
      const cycle = await makeCycle({ status: 'ACTIVE' })
      const users = Array.from({ length: FELLOWS }, (_, i) => ({
        id: randomUUID(),
        email: `scale-${i}-${randomUUID().slice(0, 6)}@test.pk`,
        name: `Fellow ${String(i).padStart(4, '0')}`,
        role: 'FELLOW' as const,
      }))
      await db.user.createMany({ data: users })
      const fellowships = users.map((u) => ({ id: randomUUID(), userId: u.id, cycleId: cycle.id, status: 'ACTIVE' as const }))
      await db.fellowship.createMany({ data: fellowships })
      const event = await db.cohortEvent.create({
        data: {
          cycleId: cycle.id,
          kind: 'BOOTCAMP',
          title: 'Bootcamp',
          titleUr: 'بوٹ کیمپ',
          startsAt: new Date(Date.now() - 3 * 3_600_000),
          endsAt: new Date(Date.now() - 3_600_000),
          createdById: staff.userId,
        },
      })
      const form = (shift: number) =>
        saveAttendanceSchema.parse({
          eventId: event.id,
          fellowshipIds: fellowships.map((f) => f.id),
          ...Object.fromEntries(fellowships.map((f, i) => [`mark.${f.id}`, ATTENDANCE_MARKS[(i + shift) % 4]])),
        })

      const first = await qc.count(() => saveAttendance(staff, form(0)))
      expect(first.result).toMatchObject({ fellows: FELLOWS, added: FELLOWS, changed: 0 })
      // BEGIN/COMMIT, the event, the invitation check, one upsert, the audit row.
      expect(first.queries.length).toBeLessThan(15)
      const second = await qc.count(() => saveAttendance(staff, form(1)))
      expect(second.result).toMatchObject({ added: 0, changed: FELLOWS })
      expect(second.queries.length).toBeLessThan(15)
      expect(await db.attendance.count({ where: { eventId: event.id, mark: 'LATE' } })).toBe(FELLOWS / 4)

      const page = await qc.count(() => staffEvent(staff, event.id))
      expect(page.result.register).toHaveLength(FELLOWS)
      expect(page.queries.length).toBeLessThan(15)
      const rates = await qc.count(() =>
        attendanceByFellowship(
          staff,
          cycle.id,
          fellowships.map((f) => f.id),
        ),
      )
      expect(rates.queries).toHaveLength(1)
    } finally {
      setDb(own)
      await qc.close()
    }
  }, 120_000)
})
