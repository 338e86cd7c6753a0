import { describe, expect, it } from 'vitest'
import { randomUUID } from 'node:crypto'
import { getDb } from '../server/db'
import { makeViewer } from '../../tests/support/factories'
import { makePartner, makePlacedFellow } from '../../tests/support/factories-progress'
import { createEvent, updateEvent, cancelEvent } from './mutations/schedule-event'
import { respondToEvent } from './mutations/respond'
import { saveAttendance } from './mutations/take-attendance'
import { createCalendarFeed, revokeCalendarFeed } from './mutations/calendar-feed'
import { cycleEvents, myEvent, myEvents, staffEvent } from './queries'
import { calendarForToken } from './feed'
import { attendanceByFellowship } from './attendance'
import { complianceBoard } from '../progress/compliance'
import { attendanceSummary } from '../insight/dashboard/attendance'
import { createEventSchema, saveAttendanceSchema, type CreateEventInput } from './schema'

const HOUR = 3_600_000
const later = (h: number) => new Date(Date.now() + h * HOUR)
const feedOpts = { name: () => 'Daftar sessions', domain: 'daftar.test' }

/** A running cycle with two departments: Ayesha placed with Health, Bilal with Education. */
async function world() {
  const a = await makePlacedFellow({ startDate: later(-24 * 60), endDate: later(24 * 300), fellowName: 'Ayesha Khan' })
  const b = await makePlacedFellow({ cycleId: a.cycleId, fellowName: 'Bilal Ahmad' })
  const elsewhere = await makePlacedFellow()
  const staff = await makeViewer('STAFF')
  const partnerA = await makePartner(a.departmentId)
  const partnerB = await makePartner(b.departmentId)
  return { a, b, elsewhere, staff, partnerA, partnerB }
}

const fields = (cycleId: string, over: Partial<CreateEventInput> = {}): CreateEventInput => ({
  cycleId,
  kind: 'TRAINING',
  title: 'Human-centred design',
  titleUr: 'انسان مرکز ڈیزائن',
  startsAt: later(48),
  endsAt: later(51),
  place: 'Civil Secretariat, Peshawar',
  departmentIds: [],
  invitePartners: false,
  ...over,
})

describe('scheduling and who sees a session', () => {
  it('invites every active fellow of the cycle, or only those placed with the named departments; partners when asked', async () => {
    const { a, b, elsewhere, staff, partnerA, partnerB } = await world()
    const all = await createEvent(staff, fields(a.cycleId))
    const health = await createEvent(
      staff,
      fields(a.cycleId, { title: 'Health only', departmentIds: [a.departmentId], invitePartners: true }),
    )

    const seen = async (v: typeof a.fellow) => (await myEvents(v)).upcoming.map((e) => e.id).sort()
    expect(await seen(a.fellow)).toEqual([all.id, health.id].sort())
    expect(await seen(b.fellow)).toEqual([all.id])
    expect(await seen(elsewhere.fellow)).toEqual([])
    expect(await seen(partnerA)).toEqual([health.id])
    expect(await seen(partnerB)).toEqual([])
    await expect(myEvent(b.fellow, health.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(myEvent(partnerB, health.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    for (const role of ['APPLICANT', 'REVIEWER'] as const)
      await expect(myEvents(await makeViewer(role))).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(createEvent(a.fellow, fields(a.cycleId))).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(cycleEvents(partnerA, a.cycleId)).rejects.toMatchObject({ code: 'FORBIDDEN' })

    // The register lists exactly the invited fellows.
    expect((await staffEvent(staff, health.id)).register.map((r) => r.name)).toEqual(['Ayesha Khan'])
    expect((await staffEvent(staff, all.id)).register.map((r) => r.name)).toEqual(['Ayesha Khan', 'Bilal Ahmad'])
    // A department not in the cycle cannot be invited.
    const stranger = (await makePlacedFellow()).departmentId
    await expect(createEvent(staff, fields(a.cycleId, { departmentIds: [stranger] }))).rejects.toMatchObject({
      code: 'NOT_FOUND',
      fieldErrors: { departmentIds: 'errors.notFound' },
    })
  })

  it('refuses an end before the start and a link that is not a web address, beside the fields', () => {
    const r = createEventSchema.safeParse({
      cycleId: randomUUID(),
      kind: 'WORKSHOP',
      title: 'x',
      titleUr: 'y',
      startsAt: '2026-12-14T10:00',
      endsAt: '2026-12-14T09:00',
      onlineUrl: 'meet.example',
    })
    expect(r.success).toBe(false)
    const issues = Object.fromEntries(r.error!.issues.map((i) => [i.path.join('.'), i.message]))
    expect(issues).toMatchObject({ onlineUrl: 'errors.invalidUrl' })
    const ok = createEventSchema.safeParse({
      cycleId: randomUUID(),
      kind: 'WORKSHOP',
      title: 'x',
      titleUr: 'y',
      startsAt: '2026-12-14T10:00',
      endsAt: '2026-12-14T09:00',
    })
    expect(ok.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['endsAt', 'errors.endBeforeStart']])
    // Karachi time: 10:00 there is 05:00 UTC.
    const good = createEventSchema.parse({
      cycleId: randomUUID(),
      kind: 'WORKSHOP',
      title: 'x',
      titleUr: 'y',
      startsAt: '2026-12-14T10:00',
      endsAt: '2026-12-14T12:00',
    })
    expect(good.startsAt.toISOString()).toBe('2026-12-14T05:00:00.000Z')
  })

  it('edits with the version loaded (a stale one is refused), cancels and restores, each with an audit row', async () => {
    const { a, staff } = await world()
    const e = await createEvent(staff, fields(a.cycleId))
    await updateEvent(staff, { ...fields(a.cycleId, { title: 'Renamed' }), eventId: e.id, version: 0 })
    await expect(updateEvent(staff, { ...fields(a.cycleId, { title: 'Lost' }), eventId: e.id, version: 0 })).rejects.toMatchObject({
      code: 'STALE',
    })
    await cancelEvent(staff, { eventId: e.id, version: 1, intent: 'cancel' })
    const feed = await myEvents(a.fellow)
    expect(feed.upcoming.find((x) => x.id === e.id)).toMatchObject({ title: 'Renamed' })
    expect(feed.upcoming.find((x) => x.id === e.id)?.cancelledAt).toBeInstanceOf(Date)
    await expect(respondToEvent(a.fellow, { eventId: e.id, answer: 'YES' })).rejects.toMatchObject({
      messageKey: 'events.errors.cancelled',
    })
    await cancelEvent(staff, { eventId: e.id, version: 2, intent: 'restore' })
    const db = await getDb()
    const actions = (await db.auditLog.findMany({ where: { entityId: e.id }, orderBy: { createdAt: 'asc' } })).map((x) => x.action)
    expect(actions).toEqual(['event.create', 'event.update', 'event.cancel', 'event.restore'])
  })
})

describe('answers', () => {
  it('a fellow answers and changes the answer; staff see the counts; a finished session takes none', async () => {
    const { a, b, staff } = await world()
    const e = await createEvent(staff, fields(a.cycleId))
    await respondToEvent(a.fellow, { eventId: e.id, answer: 'MAYBE' })
    await respondToEvent(a.fellow, { eventId: e.id, answer: 'YES' })
    await respondToEvent(b.fellow, { eventId: e.id, answer: 'NO' })
    expect((await myEvents(a.fellow)).upcoming[0].answer).toBe('YES')
    expect((await staffEvent(staff, e.id)).answers).toEqual({ YES: 1, MAYBE: 0, NO: 1 })
    const past = await createEvent(staff, fields(a.cycleId, { startsAt: later(-5), endsAt: later(-3) }))
    await expect(respondToEvent(a.fellow, { eventId: past.id, answer: 'YES' })).rejects.toMatchObject({ code: 'CLOSED' })
    await expect(respondToEvent(staff, { eventId: e.id, answer: 'YES' })).rejects.toMatchObject({ code: 'FORBIDDEN' })
  })
})

describe('the attendance register', () => {
  const form = (eventId: string, marks: Record<string, string>, shown = Object.keys(marks)) =>
    saveAttendanceSchema.parse({
      eventId,
      fellowshipIds: shown,
      ...Object.fromEntries(Object.entries(marks).map(([k, v]) => [`mark.${k}`, v])),
    })

  it('saves every mark at once, changes and clears them, and counts the rate (excused left out)', async () => {
    const { a, b, staff } = await world()
    const s1 = await createEvent(staff, fields(a.cycleId, { startsAt: later(-50), endsAt: later(-48) }))
    const s2 = await createEvent(staff, fields(a.cycleId, { startsAt: later(-26), endsAt: later(-24) }))
    const s3 = await createEvent(staff, fields(a.cycleId, { startsAt: later(-2), endsAt: later(1) }))
    const [fa, fb] = [a.fellowship.id, b.fellowship.id]
    await saveAttendance(staff, form(s1.id, { [fa]: 'PRESENT', [fb]: 'ABSENT' }))
    await saveAttendance(staff, form(s2.id, { [fa]: 'LATE', [fb]: 'EXCUSED' }))
    await saveAttendance(staff, form(s3.id, { [fa]: 'ABSENT', [fb]: 'PRESENT' }))
    // Changed and cleared in a second save of the same register.
    await saveAttendance(staff, form(s3.id, { [fa]: 'PRESENT', [fb]: '' }, [fa, fb]))
    expect((await staffEvent(staff, s3.id)).register.map((r) => [r.name, r.mark])).toEqual([
      ['Ayesha Khan', 'PRESENT'],
      ['Bilal Ahmad', null],
    ])
    const rates = await attendanceByFellowship(staff, a.cycleId, [fa, fb])
    expect(rates.get(fa)).toMatchObject({ present: 2, late: 1, absent: 0, rate: 1 })
    expect(rates.get(fb)).toMatchObject({ present: 0, excused: 1, absent: 1, rate: 0 })
    const board = await complianceBoard(staff, a.cycleId)
    expect(board.rows.find((r) => r.fellowshipId === fa)?.attendance?.rate).toBe(1)
    // The fellow sees their own mark on a past session.
    expect((await myEvents(a.fellow)).past.find((x) => x.id === s1.id)?.mark).toBe('PRESENT')
    const dashboard = await attendanceSummary(staff, a.cycleId)
    expect(dashboard).toMatchObject({ sessions: 3, bands: { high: 1, poor: 1 } })
    expect(dashboard.rate).toBeCloseTo(3 / 4)
    // A cancelled session no longer counts.
    await cancelEvent(staff, { eventId: s1.id, version: 0, intent: 'cancel' })
    expect((await attendanceByFellowship(staff, a.cycleId, [fb])).get(fb)).toMatchObject({ absent: 0, rate: null })
  })

  it('refuses fellows the session does not invite, a session not yet started, and non-staff; writes nothing then', async () => {
    const { a, b, elsewhere, staff } = await world()
    const health = await createEvent(staff, fields(a.cycleId, { departmentIds: [a.departmentId], startsAt: later(-3), endsAt: later(-1) }))
    const db = await getDb()
    await expect(
      saveAttendance(staff, form(health.id, { [a.fellowship.id]: 'PRESENT', [b.fellowship.id]: 'PRESENT' })),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    await expect(saveAttendance(staff, form(health.id, { [elsewhere.fellowship.id]: 'PRESENT' }))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    const future = await createEvent(staff, fields(a.cycleId))
    await expect(saveAttendance(staff, form(future.id, { [a.fellowship.id]: 'PRESENT' }))).rejects.toMatchObject({
      messageKey: 'events.errors.notStarted',
    })
    await expect(saveAttendance(a.fellow, form(health.id, { [a.fellowship.id]: 'PRESENT' }))).rejects.toMatchObject({ code: 'FORBIDDEN' })
    expect(await db.attendance.count({ where: { eventId: { in: [health.id, future.id] } } })).toBe(0)
    // A mark for a fellow the form did not list, or not a mark at all, is refused beside its field.
    const bad = saveAttendanceSchema.safeParse({ eventId: health.id, fellowshipIds: [], [`mark.${a.fellowship.id}`]: 'PRESENT' })
    expect(bad.error?.issues[0]).toMatchObject({ path: [`mark.${a.fellowship.id}`], message: 'errors.notFound' })
    const junk = saveAttendanceSchema.safeParse({
      eventId: health.id,
      fellowshipIds: [a.fellowship.id],
      [`mark.${a.fellowship.id}`]: 'ASLEEP',
    })
    expect(junk.error?.issues[0]).toMatchObject({ message: 'errors.invalidChoice' })
  })
})

describe('calendars', () => {
  it('a private feed lists the person’s sessions in their language; a new address or revoking ends the old one', async () => {
    const { a, b, staff } = await world()
    const all = await createEvent(staff, fields(a.cycleId))
    const health = await createEvent(staff, fields(a.cycleId, { title: 'Health only', departmentIds: [a.departmentId] }))
    const db = await getDb()
    await db.user.update({ where: { id: b.user.id }, data: { locale: 'ur' } })
    const tokenA = await createCalendarFeed(a.fellow)
    const tokenB = await createCalendarFeed(b.fellow)
    const stored = await db.calendarFeed.findUniqueOrThrow({ where: { userId: a.user.id } })
    expect(stored.tokenHash).not.toContain(tokenA)
    const feedA = await calendarForToken(tokenA, feedOpts)
    expect(feedA).toContain(`UID:event-${all.id}@daftar.test`)
    expect(feedA).toContain(`UID:event-${health.id}@daftar.test`)
    const feedB = await calendarForToken(tokenB, feedOpts)
    expect(feedB).toContain('SUMMARY:انسان مرکز ڈیزائن')
    expect(feedB).not.toContain(health.id)
    // A new address replaces the old; revoking leaves none.
    const again = await createCalendarFeed(a.fellow)
    expect(await calendarForToken(tokenA, feedOpts)).toBeNull()
    expect(await calendarForToken(again, feedOpts)).toContain(all.id)
    expect(await revokeCalendarFeed(a.fellow)).toBe(true)
    expect(await calendarForToken(again, feedOpts)).toBeNull()
    expect(await revokeCalendarFeed(a.fellow)).toBe(false)
    // A deactivated account's feed goes dark; a made-up token finds nothing.
    await db.user.update({ where: { id: b.user.id }, data: { active: false } })
    expect(await calendarForToken(tokenB, feedOpts)).toBeNull()
    expect(await calendarForToken('x'.repeat(43), feedOpts)).toBeNull()
    await expect(createCalendarFeed(staff)).rejects.toMatchObject({ code: 'FORBIDDEN' })
  })
})
