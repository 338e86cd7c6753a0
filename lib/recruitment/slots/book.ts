// An invited applicant books an interview slot, or moves their booking to another open one
// until the cycle's cut-off before it. The interview takes the slot's time, place and panel;
// the applicant gets the booking with its .ics attached, and each panelist is told.
// Two applicants racing for one slot: the slot's row is locked and the unique Interview.slotId
// backs it up, so the loser is told the time was just taken. One booking per application.
import 'server-only'
import { write } from '../../server/unit-of-work'
import { permit } from '../../auth/permit'
import { AppError, notFound } from '../../server/errors'
import type { Viewer } from '../../auth/viewer'
import { cycleNamesSelect } from '../access'
import { bothDates, modeWords, queueNotice } from '../notify'
import { slotEmails } from '../../i18n/emails/interview-slots'
import { bookedKind } from './interview-ics'
import { canReschedule, isBookable, isInvited } from './rules'
import type { BookSlotInput } from './schema'

const taken = () => new AppError('CONFLICT', 'slots.errors.taken', { slotId: 'slots.errors.taken' })

export async function bookSlot(viewer: Viewer, input: BookSlotInput) {
  return write(
    viewer,
    permit('application:write:own'),
    async (tx, uow) => {
      const a = await tx.application.findFirst({
        where: { id: input.applicationId, applicantId: viewer.userId },
        select: { id: true, stage: true, cycleId: true, cycle: { select: { ...cycleNamesSelect, interviewRescheduleHours: true } } },
      })
      if (!a) throw notFound()
      if (!isInvited(a.stage)) throw new AppError('CONFLICT', 'slots.errors.notInvited')
      // One booking per application: two bookings sent at once take turns here.
      await uow.lock('Application', a.id)
      const current = await tx.interview.findFirst({
        where: { applicationId: a.id, status: 'SCHEDULED' },
        select: { id: true, slotId: true, scheduledAt: true },
      })
      if (current && !current.slotId) throw new AppError('CONFLICT', 'slots.errors.staffScheduled')
      if (current?.slotId === input.slotId)
        throw new AppError('CONFLICT', 'slots.errors.alreadyYours', { slotId: 'slots.errors.alreadyYours' })
      const hours = a.cycle.interviewRescheduleHours
      if (current && !canReschedule(current.scheduledAt, hours))
        throw new AppError('CLOSED', 'slots.errors.tooLateToMove', undefined, { hours })
      // Locks the slot's row (cancelling it takes the same lock), then looks at it.
      const held = await tx.interviewSlot.updateMany({
        where: { id: input.slotId, cycleId: a.cycleId, cancelledAt: null },
        data: { version: { increment: 1 } },
      })
      if (held.count !== 1) throw new AppError('NOT_FOUND', 'slots.errors.gone', { slotId: 'slots.errors.gone' })
      const slot = await tx.interviewSlot.findUniqueOrThrow({
        where: { id: input.slotId },
        select: {
          id: true,
          startsAt: true,
          durationMinutes: true,
          mode: true,
          location: true,
          cancelledAt: true,
          interview: { select: { id: true } },
          panel: { select: { user: { select: { id: true, name: true, email: true, active: true } } } },
        },
      })
      if (slot.interview) throw taken()
      if (!isBookable({ ...slot, booked: false }, hours))
        throw new AppError('CLOSED', 'slots.errors.tooLateToBook', { slotId: 'slots.errors.tooLateToBook' }, { hours })
      const panel = slot.panel.map((p) => p.user).filter((u) => u.active)
      const data = {
        slotId: slot.id,
        scheduledAt: slot.startsAt,
        durationMinutes: slot.durationMinutes,
        mode: slot.mode,
        location: slot.location,
      }
      let interviewId: string
      // Panelists of the time left behind who do not sit on the new one are told they are free.
      const released = current
        ? (
            await tx.interviewPanelist.findMany({
              where: { interviewId: current.id, userId: { notIn: panel.map((p) => p.id) }, user: { active: true } },
              select: { user: { select: { id: true, name: true, email: true } } },
            })
          ).map((p) => p.user)
        : []
      if (current) {
        await tx.interviewPanelist.deleteMany({ where: { interviewId: current.id } })
        await tx.interview.update({
          where: { id: current.id },
          data: { ...data, version: { increment: 1 }, panel: { create: panel.map((p) => ({ userId: p.id })) } },
        })
        interviewId = current.id
      } else {
        const iv = await tx.interview.create({
          data: { ...data, applicationId: a.id, panel: { create: panel.map((p) => ({ userId: p.id })) } },
          select: { id: true },
        })
        interviewId = iv.id
      }
      const moved = Boolean(current)
      await uow.audit({
        action: moved ? 'interview-slot.reschedule' : 'interview-slot.book',
        entityType: 'Interview',
        entityId: interviewId,
        before: current ? { slotId: current.slotId, scheduledAt: current.scheduledAt } : undefined,
        after: { slotId: slot.id, scheduledAt: slot.startsAt },
      })
      const when = bothDates(slot.startsAt)
      const me = { id: viewer.userId, name: viewer.name, email: viewer.email }
      await queueNotice(tx, me, bookedKind(interviewId), {
        ...slotEmails.booked(a.cycle, me.name, when, modeWords[slot.mode], slot.location, moved),
        path: `/apply/applications/${a.id}`,
      })
      for (const p of panel)
        await queueNotice(tx, p, 'recruitment.interview-panel-booked', slotEmails.panelBooked(a.cycle, p.name, me.name, when, moved))
      if (current)
        for (const p of released)
          await queueNotice(
            tx,
            p,
            'recruitment.interview-panel-released',
            slotEmails.panelReleased(a.cycle, p.name, me.name, bothDates(current.scheduledAt)),
          )
      return { interviewId, moved }
    },
    { unique: taken },
  )
}
