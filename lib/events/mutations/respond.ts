// A fellow or partner answers an invitation (yes, maybe, no); answering again changes it.
import 'server-only'
import { write } from '../../server/unit-of-work'
import { permit } from '../../auth/permit'
import { AppError, notFound } from '../../server/errors'
import type { Viewer } from '../../auth/viewer'
import { eventWhereFor } from '../scope'
import { canRespond } from '../policy'
import type { RsvpInput } from '../schema'

export async function respondToEvent(viewer: Viewer, input: RsvpInput, now = new Date()) {
  return write(viewer, permit('event:respond'), async (tx) => {
    const e = await tx.cohortEvent.findFirst({
      where: { AND: [{ id: input.eventId }, await eventWhereFor(tx, viewer)] },
      select: { id: true, startsAt: true, endsAt: true, cancelledAt: true },
    })
    if (!e) throw notFound()
    if (!canRespond(e, now)) throw new AppError('CLOSED', e.cancelledAt ? 'events.errors.cancelled' : 'events.errors.over')
    await tx.eventRsvp.upsert({
      where: { eventId_userId: { eventId: e.id, userId: viewer.userId } },
      create: { eventId: e.id, userId: viewer.userId, answer: input.answer },
      update: { answer: input.answer },
    })
  })
}
