// Reads of trainings and events, scoped by the viewer (scope.ts): staff's cycle list and an
// event's page with its register; a fellow's or partner's own invitations with their answer.
import 'server-only'
import { Prisma } from '@prisma/client'
import { getDb } from '../server/db'
import { assertCan } from '../auth/policy'
import { notFound } from '../server/errors'
import type { Viewer } from '../auth/viewer'
import { cycleHeadSelect } from '../cycles/select'
import { livePlacement } from '../fellowships/scope'
import { eventWhereFor, invitedFellowshipWhere } from './scope'
import type { AttendanceMarkName, RsvpAnswerName } from './schema'

export const eventSelect = {
  id: true,
  cycleId: true,
  kind: true,
  title: true,
  titleUr: true,
  description: true,
  descriptionUr: true,
  startsAt: true,
  endsAt: true,
  place: true,
  onlineUrl: true,
  departmentIds: true,
  invitePartners: true,
  cancelledAt: true,
  updatedAt: true,
  version: true,
} satisfies Prisma.CohortEventSelect

export type EventRow = Prisma.CohortEventGetPayload<{ select: typeof eventSelect }>

export type RsvpCounts = Record<RsvpAnswerName, number>
export type MarkCounts = Record<AttendanceMarkName, number>

const noAnswers = (): RsvpCounts => ({ YES: 0, MAYBE: 0, NO: 0 })
const noMarks = (): MarkCounts => ({ PRESENT: 0, LATE: 0, EXCUSED: 0, ABSENT: 0 })

/** RSVP and attendance counts per event, two grouped queries for any number of events. */
async function countsFor(eventIds: string[]) {
  const db = await getDb()
  if (!eventIds.length) return { answers: new Map<string, RsvpCounts>(), marks: new Map<string, MarkCounts>() }
  const [rsvps, marks] = await Promise.all([
    db.eventRsvp.groupBy({ by: ['eventId', 'answer'], where: { eventId: { in: eventIds } }, _count: { _all: true } }),
    db.attendance.groupBy({ by: ['eventId', 'mark'], where: { eventId: { in: eventIds } }, _count: { _all: true } }),
  ])
  const answers = new Map<string, RsvpCounts>()
  for (const r of rsvps) {
    const c = answers.get(r.eventId) ?? noAnswers()
    c[r.answer] = r._count._all
    answers.set(r.eventId, c)
  }
  const byMark = new Map<string, MarkCounts>()
  for (const r of marks) {
    const c = byMark.get(r.eventId) ?? noMarks()
    c[r.mark] = r._count._all
    byMark.set(r.eventId, c)
  }
  return { answers, marks: byMark }
}

/** The departments taking part in a cycle (seats asked for or projects), for "invite" choices. */
export async function cycleDepartments(viewer: Viewer, cycleId: string) {
  assertCan(viewer, 'event:manage')
  const db = await getDb()
  return db.department.findMany({
    where: { OR: [{ cycles: { some: { cycleId } } }, { projects: { some: { cycleId } } }] },
    orderBy: { name: 'asc' },
    select: { id: true, name: true, nameUr: true },
  })
}

/** Staff: a cycle's events, soonest last-first, with answers and attendance counted. */
export async function cycleEvents(viewer: Viewer, cycleId: string) {
  assertCan(viewer, 'event:manage')
  const db = await getDb()
  const cycle = await db.cycle.findUnique({ where: { id: cycleId }, select: cycleHeadSelect })
  if (!cycle) throw notFound()
  const events = await db.cohortEvent.findMany({ where: { cycleId }, orderBy: { startsAt: 'desc' }, select: eventSelect })
  const { answers, marks } = await countsFor(events.map((e) => e.id))
  return {
    cycle,
    events: events.map((e) => ({ ...e, answers: answers.get(e.id) ?? noAnswers(), marks: marks.get(e.id) ?? noMarks() })),
  }
}

/** Staff: an event's titles (for the page title). */
export async function staffEventHead(viewer: Viewer, eventId: string) {
  assertCan(viewer, 'event:manage')
  const db = await getDb()
  const e = await db.cohortEvent.findUnique({ where: { id: eventId }, select: { id: true, title: true, titleUr: true } })
  if (!e) throw notFound()
  return e
}

/**
 * Staff: one event, its answers, and its register: every invited fellow (optionally of one
 * department) with their answer and mark, by name.
 */
export async function staffEvent(viewer: Viewer, eventId: string, filter: { departmentId?: string } = {}) {
  assertCan(viewer, 'event:manage')
  const db = await getDb()
  const event = await db.cohortEvent.findUnique({ where: { id: eventId }, select: { ...eventSelect, cycle: { select: cycleHeadSelect } } })
  if (!event) throw notFound()
  const where = invitedFellowshipWhere(event)
  const fellows = await db.fellowship.findMany({
    where: filter.departmentId
      ? { AND: [where, { placements: { some: { ...livePlacement, project: { departmentId: filter.departmentId } } } }] }
      : where,
    orderBy: [{ user: { name: 'asc' } }, { id: 'asc' }],
    select: {
      id: true,
      user: { select: { name: true, rsvps: { where: { eventId }, select: { answer: true } } } },
      placements: {
        where: livePlacement,
        take: 1,
        select: { project: { select: { title: true, titleUr: true, department: { select: { name: true, nameUr: true } } } } },
      },
      attendance: { where: { eventId }, select: { mark: true } },
    },
  })
  const { answers, marks } = await countsFor([eventId])
  const [invitedCount, departments] = await Promise.all([db.fellowship.count({ where }), cycleDepartments(viewer, event.cycleId)])
  return {
    event,
    answers: answers.get(eventId) ?? noAnswers(),
    marks: marks.get(eventId) ?? noMarks(),
    invitedCount,
    departments,
    register: fellows.map((f) => ({
      fellowshipId: f.id,
      name: f.user.name,
      project: f.placements[0]?.project ?? null,
      answer: (f.user.rsvps[0]?.answer ?? null) as RsvpAnswerName | null,
      mark: (f.attendance[0]?.mark ?? null) as AttendanceMarkName | null,
    })),
  }
}

export type StaffEvent = Awaited<ReturnType<typeof staffEvent>>

/** A fellow's or partner's invitations: upcoming (soonest first) and past, with their answer. */
export async function myEvents(viewer: Viewer, now = new Date(), opts: { pastLimit?: number; upcomingLimit?: number } = {}) {
  assertCan(viewer, 'event:respond')
  const db = await getDb()
  const scope = await eventWhereFor(db, viewer)
  const select = {
    ...eventSelect,
    cycle: { select: cycleHeadSelect },
    rsvps: { where: { userId: viewer.userId }, select: { answer: true } },
    attendance: { where: { fellowship: { userId: viewer.userId } }, select: { mark: true } },
  } satisfies Prisma.CohortEventSelect
  const [upcoming, past] = await Promise.all([
    db.cohortEvent.findMany({
      where: { AND: [scope, { endsAt: { gt: now } }] },
      orderBy: { startsAt: 'asc' },
      take: opts.upcomingLimit ?? 50,
      select,
    }),
    db.cohortEvent.findMany({
      where: { AND: [scope, { endsAt: { lte: now } }] },
      orderBy: { startsAt: 'desc' },
      take: opts.pastLimit ?? 50,
      select,
    }),
  ])
  const shape = ({ rsvps, attendance, ...e }: (typeof upcoming)[number]) => ({
    ...e,
    answer: (rsvps[0]?.answer ?? null) as RsvpAnswerName | null,
    mark: (attendance[0]?.mark ?? null) as AttendanceMarkName | null,
  })
  return { upcoming: upcoming.map(shape), past: past.map(shape) }
}

export type MyEvent = Awaited<ReturnType<typeof myEvents>>['upcoming'][number]

/** One event the viewer is invited to (for its .ics file); anything else is not found. */
export async function myEvent(viewer: Viewer, eventId: string) {
  assertCan(viewer, 'event:respond')
  const db = await getDb()
  const e = await db.cohortEvent.findFirst({ where: { AND: [{ id: eventId }, await eventWhereFor(db, viewer)] }, select: eventSelect })
  if (!e) throw notFound()
  return e
}

/** Whether the viewer has a calendar feed, and since when (the address itself is never kept). */
export async function myCalendarFeed(viewer: Viewer) {
  assertCan(viewer, 'event:respond')
  const db = await getDb()
  return db.calendarFeed.findUnique({ where: { userId: viewer.userId }, select: { createdAt: true } })
}
