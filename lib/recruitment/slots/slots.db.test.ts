import { describe, expect, it } from 'vitest'
import { getDb } from '../../server/db'
import { AppError } from '../../server/errors'
import { makeUser, makeViewer, viewerOf } from '../../../tests/support/factories'
import { lastMailTo, makeApplication, makeOpenCall } from '../../../tests/support/factories-recruitment'
import { getPanelInterview, listMyPanelInterviews } from '../queries/panel'
import { recordScorecard } from '../mutations/interviews'
import { withdrawApplication } from '../mutations/withdraw-application'
import { scorecardSchema } from '../schema/interview'
import { cancelSlot, publishSlots, setRescheduleHours } from './publish'
import { bookSlot } from './book'
import { myInterviewBooking } from './queries'
import { sendInterviewReminders } from './reminders'
import { bookingAttachments } from './interview-ics'
import { interviewIcsResponse } from './ics-file'
import { publishSlotsSchema } from './schema'

const HOUR = 3_600_000
const inHours = (n: number) => new Date(Date.now() + n * HOUR)

async function world(opts: { firstInHours?: number; count?: number } = {}) {
  const staff = await makeViewer('STAFF')
  const panelist = await makeUser('REVIEWER')
  const { cycle } = await makeOpenCall()
  const { ids } = await publishSlots(staff, {
    cycleId: cycle.id,
    firstStartsAt: inHours(opts.firstInHours ?? 72),
    count: opts.count ?? 3,
    durationMinutes: 30,
    gapMinutes: 15,
    mode: 'VIDEO',
    location: 'https://meet.example.pk/kp8',
    panelistIds: [panelist.id],
  })
  const invited = await makeApplication(cycle.id, { stage: 'INTERVIEW' })
  return { staff, panelist, cycle, ids, invited }
}

const codeOf = async (p: Promise<unknown>) => {
  try {
    await p
    return 'ok'
  } catch (e) {
    if (e instanceof AppError) return e.messageKey
    throw e
  }
}

describe('publishing slots', () => {
  it('lays a batch back to back with the gap, each with the panel, and refuses a panelist sitting twice at once', async () => {
    const { staff, panelist, cycle, ids } = await world({ count: 3 })
    const db = await getDb()
    const slots = await db.interviewSlot.findMany({ where: { id: { in: ids } }, orderBy: { startsAt: 'asc' }, include: { panel: true } })
    expect(slots.map((s) => (s.startsAt.getTime() - slots[0].startsAt.getTime()) / 60_000)).toEqual([0, 45, 90])
    expect(slots.every((s) => s.panel.length === 1 && s.panel[0].userId === panelist.id)).toBe(true)
    const again = publishSlots(staff, {
      cycleId: cycle.id,
      firstStartsAt: new Date(slots[1].startsAt.getTime() + 10 * 60_000),
      count: 1,
      durationMinutes: 30,
      gapMinutes: 0,
      mode: 'PHONE',
      panelistIds: [panelist.id],
    })
    expect(await codeOf(again)).toBe('slots.errors.panelBusy')
  })

  it('asks a video slot for an https link and an in-person slot for its place', () => {
    const base = { cycleId: crypto.randomUUID(), firstStartsAt: '2030-01-02T10:00', count: '1', durationMinutes: '30', gapMinutes: '0' }
    expect(publishSlotsSchema.safeParse({ ...base, mode: 'VIDEO', location: 'javascript:alert(1)' }).error?.issues[0].message).toBe(
      'slots.errors.videoLink',
    )
    expect(publishSlotsSchema.safeParse({ ...base, mode: 'IN_PERSON' }).error?.issues[0].message).toBe('slots.errors.placeNeeded')
    expect(publishSlotsSchema.safeParse({ ...base, mode: 'VIDEO', location: 'https://meet.example.pk/x' }).success).toBe(true)
  })
})

describe('booking', () => {
  it('books one slot: the interview takes its time, place and panel, and the email carries the .ics', async () => {
    const { panelist, ids, invited } = await world()
    const { interviewId, moved } = await bookSlot(invited.viewer, { applicationId: invited.app.id, slotId: ids[0] })
    expect(moved).toBe(false)
    const db = await getDb()
    const iv = await db.interview.findUniqueOrThrow({ where: { id: interviewId }, include: { panel: true, slot: true } })
    expect(iv).toMatchObject({ status: 'SCHEDULED', slotId: ids[0], mode: 'VIDEO', location: 'https://meet.example.pk/kp8' })
    expect(iv.scheduledAt).toEqual(iv.slot!.startsAt)
    expect(iv.panel.map((p) => p.userId)).toEqual([panelist.id])
    const mail = await db.notification.findFirstOrThrow({ where: { toEmail: invited.applicant.email }, orderBy: { createdAt: 'desc' } })
    expect(mail.kind).toBe(`recruitment.interview-booked#${interviewId}`)
    expect(mail.status).toBe('SENT')
    const [ics] = await bookingAttachments(db, interviewId)
    expect(ics.filename).toMatch(/^daftar-interview-\d{4}-\d{2}-\d{2}\.ics$/)
    expect(ics.content).toContain('BEGIN:VEVENT')
    expect(ics.content).toContain('URL:https://meet.example.pk/kp8')
    expect((await lastMailTo(panelist.email))?.subject).toContain(invited.applicant.name)
    // Their portal shows it, with the calendar file to download.
    const view = await myInterviewBooking(invited.viewer, invited.app.id)
    expect(view).toMatchObject({ booked: { id: interviewId }, mayMove: true })
    expect(view!.open.map((s) => s.id)).toEqual(ids.slice(1))
    const res = await interviewIcsResponse(invited.viewer, invited.app.id, 'ur')
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('SUMMARY:انٹرویو')
  })

  it('two applicants racing for one slot: one gets it, the other a clear message, never an error', async () => {
    const { cycle, ids } = await world()
    const rival = await makeApplication(cycle.id, { stage: 'INTERVIEW' })
    const { invited } = { invited: await makeApplication(cycle.id, { stage: 'INTERVIEW' }) }
    const outcomes = await Promise.all([
      codeOf(bookSlot(invited.viewer, { applicationId: invited.app.id, slotId: ids[0] })),
      codeOf(bookSlot(rival.viewer, { applicationId: rival.app.id, slotId: ids[0] })),
    ])
    expect(outcomes.sort()).toEqual(['ok', 'slots.errors.taken'])
    expect(await (await getDb()).interview.count({ where: { slotId: ids[0] } })).toBe(1)
  })

  it('a withdrawn applicant’s time goes back to the open slots, and someone else books it', async () => {
    const { cycle, ids, invited } = await world()
    await bookSlot(invited.viewer, { applicationId: invited.app.id, slotId: ids[0] })
    const db = await getDb()
    const { version } = await db.application.findUniqueOrThrow({ where: { id: invited.app.id }, select: { version: true } })
    await withdrawApplication(invited.viewer, { applicationId: invited.app.id, version })
    const next = await makeApplication(cycle.id, { stage: 'INTERVIEW' })
    expect(await codeOf(bookSlot(next.viewer, { applicationId: next.app.id, slotId: ids[0] }))).toBe('ok')
    expect(await db.interview.findMany({ where: { applicationId: invited.app.id }, select: { status: true, slotId: true } })).toEqual([
      { status: 'CANCELLED', slotId: null },
    ])
  })

  it('a move to a time with another panel tells the panelist left behind that they are free', async () => {
    const { staff, panelist, cycle, ids, invited } = await world()
    const other = await makeUser('REVIEWER')
    const { ids: later } = await publishSlots(staff, {
      cycleId: cycle.id,
      firstStartsAt: inHours(120),
      count: 1,
      durationMinutes: 30,
      gapMinutes: 0,
      mode: 'VIDEO',
      location: 'https://meet.example.pk/kp8-b',
      panelistIds: [other.id],
    })
    await bookSlot(invited.viewer, { applicationId: invited.app.id, slotId: ids[0] })
    expect((await lastMailTo(panelist.email))?.subject).toContain('booked')
    await bookSlot(invited.viewer, { applicationId: invited.app.id, slotId: later[0] })
    expect((await lastMailTo(panelist.email))?.subject).toContain('moved away from you')
    expect((await lastMailTo(other.email))?.subject).toContain('moved')
  })

  it('keeps one booking per application: a second booking moves it, and two at once leave one', async () => {
    const { ids, invited } = await world()
    await Promise.all([
      codeOf(bookSlot(invited.viewer, { applicationId: invited.app.id, slotId: ids[0] })),
      codeOf(bookSlot(invited.viewer, { applicationId: invited.app.id, slotId: ids[1] })),
    ])
    const db = await getDb()
    expect(await db.interview.count({ where: { applicationId: invited.app.id, status: 'SCHEDULED' } })).toBe(1)
    const { moved } = await bookSlot(invited.viewer, { applicationId: invited.app.id, slotId: ids[2] })
    expect(moved).toBe(true)
    const ivs = await db.interview.findMany({ where: { applicationId: invited.app.id } })
    expect(ivs).toHaveLength(1)
    expect(ivs[0]).toMatchObject({ slotId: ids[2], status: 'SCHEDULED' })
    // The slot left behind is open again.
    expect((await myInterviewBooking(invited.viewer, invited.app.id))!.open.map((s) => s.id)).toEqual(ids.slice(0, 2))
  })

  it('staff set the cut-off: a slot 20 hours away opens under a 12-hour rule; a reviewer or a stale form changes nothing', async () => {
    const late = await world({ firstInHours: 20 })
    const db = await getDb()
    const { version } = await db.cycle.findUniqueOrThrow({ where: { id: late.cycle.id }, select: { version: true } })
    expect(await codeOf(setRescheduleHours(viewerOf(late.panelist), { cycleId: late.cycle.id, version, hours: 0 }))).not.toBe('ok')
    await setRescheduleHours(late.staff, { cycleId: late.cycle.id, version, hours: 12 })
    expect(await codeOf(setRescheduleHours(late.staff, { cycleId: late.cycle.id, version, hours: 1 }))).not.toBe('ok')
    expect((await db.cycle.findUniqueOrThrow({ where: { id: late.cycle.id } })).interviewRescheduleHours).toBe(12)
    expect(await codeOf(bookSlot(late.invited.viewer, { applicationId: late.invited.app.id, slotId: late.ids[0] }))).toBe('ok')
    expect(await db.auditLog.count({ where: { entityId: late.cycle.id, action: 'call.settings' } })).toBe(1)
  })

  it('stops moves and bookings at the cut-off before the slot', async () => {
    // Slots 20 hours away, the cycle's cut-off 24 hours: nothing can be booked.
    const late = await world({ firstInHours: 20 })
    expect(await codeOf(bookSlot(late.invited.viewer, { applicationId: late.invited.app.id, slotId: late.ids[0] }))).toBe(
      'slots.errors.tooLateToBook',
    )
    // Booked while it was allowed, then the cycle's cut-off grows past now: no more moves.
    const { cycle, ids, invited } = await world({ firstInHours: 30 })
    await bookSlot(invited.viewer, { applicationId: invited.app.id, slotId: ids[0] })
    const db = await getDb()
    await db.cycle.update({ where: { id: cycle.id }, data: { interviewRescheduleHours: 48 } })
    expect(await codeOf(bookSlot(invited.viewer, { applicationId: invited.app.id, slotId: ids[1] }))).toBe('slots.errors.tooLateToMove')
    expect((await myInterviewBooking(invited.viewer, invited.app.id))!.mayMove).toBe(false)
  })

  it('refuses someone not invited, another person’s application and another cycle’s slot, as not found or closed', async () => {
    const { ids, cycle, invited } = await world()
    const screening = await makeApplication(cycle.id, { stage: 'SCREENING' })
    expect(await codeOf(bookSlot(screening.viewer, { applicationId: screening.app.id, slotId: ids[0] }))).toBe('slots.errors.notInvited')
    const stranger = await makeViewer('APPLICANT')
    expect(await codeOf(bookSlot(stranger, { applicationId: invited.app.id, slotId: ids[0] }))).toBe('errors.notFound')
    const other = await world()
    expect(await codeOf(bookSlot(invited.viewer, { applicationId: invited.app.id, slotId: other.ids[0] }))).toBe('slots.errors.gone')
    expect((await interviewIcsResponse(stranger, invited.app.id, 'en')).status).toBe(404)
  })

  it('staff cancel a booked slot: the interview is cancelled, the applicant told, and they can book again', async () => {
    const { staff, ids, invited } = await world()
    await bookSlot(invited.viewer, { applicationId: invited.app.id, slotId: ids[0] })
    await cancelSlot(staff, { slotId: ids[0], version: 1 })
    const db = await getDb()
    expect((await db.interview.findFirstOrThrow({ where: { applicationId: invited.app.id } })).status).toBe('CANCELLED')
    expect((await lastMailTo(invited.applicant.email))?.subject).toContain('please book another')
    const view = await myInterviewBooking(invited.viewer, invited.app.id)
    expect(view).toMatchObject({ booked: null })
    expect(view!.open.map((s) => s.id)).toEqual(ids.slice(1))
    await bookSlot(invited.viewer, { applicationId: invited.app.id, slotId: ids[1] })
    expect(await codeOf(bookSlot(invited.viewer, { applicationId: invited.app.id, slotId: ids[0] }))).toBe('slots.errors.gone')
  })
})

describe('panelists and reminders', () => {
  it('a panelist sees and scores only the interviews they sit on', async () => {
    const { panelist, ids, invited } = await world()
    const { interviewId } = await bookSlot(invited.viewer, { applicationId: invited.app.id, slotId: ids[0] })
    const mine = await listMyPanelInterviews(viewerOf(panelist))
    expect(mine.map((i) => i.id)).toEqual([interviewId])
    const outsider = viewerOf(await makeUser('REVIEWER'))
    expect(await listMyPanelInterviews(outsider)).toEqual([])
    expect(await codeOf(getPanelInterview(outsider, interviewId))).toBe('errors.notFound')
    const card = scorecardSchema.parse({
      interviewId,
      version: '0',
      status: 'COMPLETED',
      communication: '4',
      problemSolving: '4',
      motivation: '5',
      publicServiceFit: '4',
      recommendation: 'YES',
    })
    expect(await codeOf(recordScorecard(outsider, card))).toBe('errors.notFound')
    await recordScorecard(viewerOf(panelist), card)
    expect((await (await getDb()).interview.findUniqueOrThrow({ where: { id: interviewId } })).score).toBe(4.25)
  })

  it('reminds applicant and panel the day before, once, and again after a move to another day', async () => {
    const { panelist, ids, invited, staff, cycle } = await world({ firstInHours: 30 })
    await bookSlot(invited.viewer, { applicationId: invited.app.id, slotId: ids[0] })
    const db = await getDb()
    const iv = await db.interview.findFirstOrThrow({ where: { applicationId: invited.app.id } })
    // Other tests of this file book interviews too: count this one's reminders.
    const reminded = () => db.reminder.count({ where: { dedupeKey: { startsWith: `interview:${iv.id}:` } } })
    const dayBefore = new Date(iv.scheduledAt.getTime() - 20 * HOUR)
    expect(await sendInterviewReminders(db, new Date(iv.scheduledAt.getTime() - 50 * HOUR))).toBeDefined()
    expect(await reminded()).toBe(0)
    await sendInterviewReminders(db, dayBefore)
    expect(await reminded()).toBe(2)
    await sendInterviewReminders(db, dayBefore)
    expect(await reminded()).toBe(2)
    expect((await lastMailTo(invited.applicant.email))?.subject).toContain('Reminder')
    expect((await lastMailTo(panelist.email))?.subject).toContain(invited.applicant.name)
    // Moved three days on: reminded again the day before the new time.
    const later = await publishSlots(staff, {
      cycleId: cycle.id,
      firstStartsAt: new Date(iv.scheduledAt.getTime() + 72 * HOUR),
      count: 1,
      durationMinutes: 30,
      gapMinutes: 0,
      mode: 'PHONE',
      location: 'We will call you',
      panelistIds: [],
    })
    await bookSlot(invited.viewer, { applicationId: invited.app.id, slotId: later.ids[0] })
    const moved = await db.interview.findUniqueOrThrow({ where: { id: iv.id } })
    await sendInterviewReminders(db, new Date(moved.scheduledAt.getTime() - 20 * HOUR))
    // The applicant again (the phone slot has no panel).
    expect(await reminded()).toBe(3)
  })
})
