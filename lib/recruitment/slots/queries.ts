// Reads of interview slots: the cycle's slots for staff (who booked which, the panel), the pool
// panelists are chosen from, and an invited applicant's booking with the times still open.
import 'server-only'
import { getDb } from '../../server/db'
import { assertCan } from '../../auth/policy'
import { notFound } from '../../server/errors'
import type { Viewer } from '../../auth/viewer'
import { canReschedule, changeCutoff, isBookable, isInvited } from './rules'

const slotListSelect = {
  id: true,
  startsAt: true,
  durationMinutes: true,
  mode: true,
  location: true,
  cancelledAt: true,
  version: true,
  panel: { orderBy: { user: { name: 'asc' } }, select: { user: { select: { id: true, name: true } } } },
  interview: {
    select: { id: true, status: true, score: true, application: { select: { id: true, applicant: { select: { name: true } } } } },
  },
} as const

/** Every slot of a cycle, soonest first (staff). */
export async function listCycleSlots(viewer: Viewer, cycleId: string) {
  assertCan(viewer, 'interview:manage')
  const db = await getDb()
  return db.interviewSlot.findMany({
    where: { cycleId },
    orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
    take: 500,
    select: slotListSelect,
  })
}
export type StaffSlot = Awaited<ReturnType<typeof listCycleSlots>>[number]

/** Slots of this cycle the viewer sits on the panel of (staff panelists score from here). */
export async function listMyPanelSlots(viewer: Viewer, cycleId: string) {
  assertCan(viewer, 'interview:panel')
  const db = await getDb()
  return db.interviewSlot.findMany({
    where: { cycleId, cancelledAt: null, panel: { some: { userId: viewer.userId } }, interview: { isNot: null } },
    orderBy: { startsAt: 'asc' },
    take: 200,
    select: slotListSelect,
  })
}

/** How many hours before a slot bookings of this cycle close, and the cycle's version to change it. */
export async function rescheduleHours(viewer: Viewer, cycleId: string) {
  assertCan(viewer, 'interview:manage')
  const db = await getDb()
  const c = await db.cycle.findUnique({ where: { id: cycleId }, select: { interviewRescheduleHours: true, version: true } })
  if (!c) throw notFound()
  return { hours: c.interviewRescheduleHours, version: c.version }
}

/** Who may sit on a panel: active staff, and the reviewers assigned in this cycle. */
export async function panelPool(viewer: Viewer, cycleId: string) {
  assertCan(viewer, 'interview:manage')
  const db = await getDb()
  return db.user.findMany({
    where: {
      active: true,
      OR: [{ role: { in: ['STAFF', 'ADMIN'] } }, { role: 'REVIEWER', reviews: { some: { application: { cycleId } } } }],
    },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    take: 300,
    select: { id: true, name: true, role: true },
  })
}

/**
 * An applicant's own booking on one application: the interview booked (if any), whether it may
 * still move and until when, and the open times of the cycle. Null when they are not invited.
 */
export async function myInterviewBooking(viewer: Viewer, applicationId: string, now = new Date()) {
  assertCan(viewer, 'application:write:own')
  const db = await getDb()
  const a = await db.application.findFirst({
    where: { id: applicationId, applicantId: viewer.userId },
    select: { id: true, stage: true, cycleId: true, cycle: { select: { interviewRescheduleHours: true } } },
  })
  if (!a) throw notFound()
  const hours = a.cycle.interviewRescheduleHours
  const booked = await db.interview.findFirst({
    where: { applicationId: a.id, status: 'SCHEDULED' },
    orderBy: { scheduledAt: 'asc' },
    select: { id: true, slotId: true, scheduledAt: true, durationMinutes: true, mode: true, location: true },
  })
  if (!isInvited(a.stage)) return null
  const mayChoose = !booked || (booked.slotId !== null && canReschedule(booked.scheduledAt, hours, now))
  const open = mayChoose
    ? await db.interviewSlot.findMany({
        where: { cycleId: a.cycleId, cancelledAt: null, interview: { is: null }, startsAt: { gt: changeCutoff(now, -hours) } },
        orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
        take: 100,
        select: { id: true, startsAt: true, durationMinutes: true, mode: true, location: true, cancelledAt: true },
      })
    : []
  return {
    applicationId: a.id,
    hours,
    booked,
    /** The booking may move (it came from a slot and the cut-off has not passed). */
    mayMove: Boolean(booked?.slotId) && mayChoose,
    moveUntil: booked ? changeCutoff(booked.scheduledAt, hours) : null,
    open: open.filter((s) => isBookable({ ...s, booked: false }, hours, now)),
  }
}
export type MyInterviewBooking = NonNullable<Awaited<ReturnType<typeof myInterviewBooking>>>
