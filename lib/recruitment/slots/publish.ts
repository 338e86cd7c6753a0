// Staff publish interview slots for a cycle (one or a batch back to back, each with its mode,
// place or link and panel) and cancel one; a booked applicant is told and may book again.
import 'server-only'
import { write } from '../../server/unit-of-work'
import { permit } from '../../auth/permit'
import { AppError, notFound, stale } from '../../server/errors'
import type { Viewer } from '../../auth/viewer'
import { loadStaffCycle } from '../access'
import { REVIEWER_ROLES } from '../mutations/assign-reviewers'
import { bothDates, queueNotice } from '../notify'
import { slotEmails } from '../../i18n/emails/interview-slots'
import { batchStarts, overlaps, slotEnd } from './rules'
import { updateVersioned } from '../../server/versioned'
import type { CancelSlotInput, PublishSlotsInput, RescheduleHoursInput } from './schema'

export async function publishSlots(viewer: Viewer, input: PublishSlotsInput) {
  return write(viewer, permit('interview:manage'), async (tx, uow) => {
    const cycle = await loadStaffCycle(tx, input.cycleId)
    if (input.firstStartsAt.getTime() <= Date.now())
      throw new AppError('INVALID', 'slots.errors.inPast', { firstStartsAt: 'slots.errors.inPast' })
    const panelIds = [...new Set(input.panelistIds)]
    const panel = await tx.user.findMany({
      where: { id: { in: panelIds }, active: true, role: { in: REVIEWER_ROLES } },
      select: { id: true },
    })
    if (panel.length !== panelIds.length) throw new AppError('NOT_FOUND', 'errors.notFound', { panelistIds: 'errors.notFound' })
    const starts = batchStarts(input.firstStartsAt, input.count, input.durationMinutes, input.gapMinutes)
    const ranges = starts.map((start) => ({ start, end: slotEnd({ startsAt: start, durationMinutes: input.durationMinutes }) }))
    // A panelist cannot sit on two slots at once (in any cycle).
    if (panelIds.length) {
      const busy = await tx.interviewSlot.findMany({
        where: {
          cancelledAt: null,
          panel: { some: { userId: { in: panelIds } } },
          startsAt: { lt: ranges.at(-1)!.end, gte: new Date(ranges[0].start.getTime() - 24 * 3_600_000) },
        },
        select: { startsAt: true, durationMinutes: true },
      })
      if (busy.some((b) => ranges.some((r) => overlaps(r, { start: b.startsAt, end: slotEnd(b) }))))
        throw new AppError('CONFLICT', 'slots.errors.panelBusy', { firstStartsAt: 'slots.errors.panelBusy' })
    }
    const ids: string[] = []
    for (const start of starts) {
      const s = await tx.interviewSlot.create({
        data: {
          cycleId: cycle.id,
          startsAt: start,
          durationMinutes: input.durationMinutes,
          mode: input.mode,
          location: input.location ?? null,
          createdById: viewer.userId,
          panel: { create: panelIds.map((userId) => ({ userId })) },
        },
        select: { id: true },
      })
      ids.push(s.id)
    }
    await uow.audit({
      action: 'interview-slot.publish',
      entityType: 'Cycle',
      entityId: cycle.id,
      after: {
        count: ids.length,
        firstStartsAt: input.firstStartsAt,
        durationMinutes: input.durationMinutes,
        mode: input.mode,
        panelistIds: panelIds,
      },
    })
    return { count: ids.length, ids }
  })
}

/** The cycle's booking cut-off; bookings already made keep their time and follow the new rule. */
export async function setRescheduleHours(viewer: Viewer, input: RescheduleHoursInput) {
  await write(viewer, permit('interview:manage'), async (tx, uow) => {
    const before = await tx.cycle.findFirst({
      where: { id: input.cycleId, archivedAt: null },
      select: { interviewRescheduleHours: true },
    })
    if (!before) throw notFound()
    await updateVersioned(tx.cycle, input.cycleId, input.version, { interviewRescheduleHours: input.hours })
    await uow.audit({
      action: 'call.settings',
      entityType: 'Cycle',
      entityId: input.cycleId,
      before,
      after: { interviewRescheduleHours: input.hours },
    })
  })
}

export async function cancelSlot(viewer: Viewer, input: CancelSlotInput) {
  await write(viewer, permit('interview:manage'), async (tx, uow) => {
    const slot = await tx.interviewSlot.findFirst({
      where: { id: input.slotId, cycle: { archivedAt: null } },
      select: {
        id: true,
        cancelledAt: true,
        startsAt: true,
        cycle: { select: { id: true, name: true, programme: { select: { name: true, nameUr: true } } } },
        interview: {
          select: { id: true, status: true, application: { select: { applicant: { select: { id: true, name: true, email: true } } } } },
        },
      },
    })
    if (!slot) throw notFound()
    if (slot.cancelledAt) throw new AppError('CONFLICT', 'slots.errors.alreadyCancelled')
    const res = await tx.interviewSlot.updateMany({
      where: { id: slot.id, version: input.version, cancelledAt: null },
      data: { cancelledAt: new Date(), version: { increment: 1 } },
    })
    if (res.count !== 1) throw stale()
    const booked = slot.interview?.status === 'SCHEDULED' ? slot.interview : null
    if (booked) {
      // The interview keeps its slot for the record; the applicant is asked to book another.
      await tx.interview.update({ where: { id: booked.id }, data: { status: 'CANCELLED', version: { increment: 1 } } })
      const p = booked.application.applicant
      await queueNotice(tx, p, 'recruitment.interview-slot-cancelled', {
        ...slotEmails.slotCancelled(slot.cycle, p.name, bothDates(slot.startsAt)),
        path: '/apply',
      })
    }
    await uow.audit({
      action: 'interview-slot.cancel',
      entityType: 'InterviewSlot',
      entityId: slot.id,
      before: { startsAt: slot.startsAt },
      after: { cancelled: true, interviewId: booked?.id ?? null },
    })
  })
}
