// Staff keep a ranked waitlist per cycle, and offer a freed place to the first on it in one
// step, never automatically: a person confirms each offer. Two staff confirming at once take
// turns on the cycle's row; the second finds the place already offered and is told so.
import 'server-only'
import { write } from '../../server/unit-of-work'
import { permit } from '../../auth/permit'
import { getDb } from '../../server/db'
import { assertCan } from '../../auth/policy'
import { AppError, notFound } from '../../server/errors'
import type { Viewer } from '../../auth/viewer'
import { WAITLISTABLE } from '../stages'
import { cycleNamesSelect } from '../access'
import { queueNotice } from '../notify'
import { expireDueOffers } from '../expire-offers'
import { makeOffer } from '../mutations/offers'
import { slotEmails } from '../../i18n/emails/interview-slots'
import { rankWaitlist } from './order'
import { placesOf } from './places'
import type { OfferNextInput, WaitlistInput } from './schema'

/** Puts an application on the waitlist at a rank (blank: last), or moves it within the list. */
export async function waitlistApplication(viewer: Viewer, input: WaitlistInput) {
  return write(viewer, permit('application:manage'), async (tx, uow) => {
    const a = await tx.application.findUnique({
      where: { id: input.applicationId },
      select: {
        id: true,
        stage: true,
        cycleId: true,
        waitlistRank: true,
        applicant: { select: { id: true, name: true, email: true } },
        cycle: { select: { ...cycleNamesSelect, archivedAt: true } },
      },
    })
    if (!a || a.stage === 'DRAFT' || a.cycle.archivedAt) throw notFound()
    if (!WAITLISTABLE.includes(a.stage)) throw new AppError('CONFLICT', 'waitlist.errors.notWaitlistable')
    await uow.lock('Cycle', a.cycleId)
    const joining = a.stage !== 'WAITLISTED'
    if (joining) {
      const res = await tx.application.updateMany({
        where: { id: a.id, stage: a.stage },
        data: { stage: 'WAITLISTED', decidedAt: null, version: { increment: 1 } },
      })
      if (res.count !== 1) throw new AppError('STALE', 'errors.stale')
    }
    const order = await rankWaitlist(tx, a.cycleId, { applicationId: a.id, rank: input.rank ?? null })
    const rank = order.indexOf(a.id) + 1
    await uow.audit({
      action: joining ? 'waitlist.add' : 'waitlist.rank',
      entityType: 'Application',
      entityId: a.id,
      before: { stage: a.stage, rank: a.waitlistRank },
      after: { stage: 'WAITLISTED', rank },
    })
    if (joining)
      await queueNotice(tx, a.applicant, 'recruitment.waitlisted', { ...slotEmails.waitlisted(a.cycle, a.applicant.name), path: '/apply' })
    return { rank }
  })
}

/**
 * Offers a freed place to the first on the waitlist, as staff confirmed it on the page. Refused
 * when no place is free (someone offered it a moment ago) or the first on the list is no longer
 * the person the page showed.
 */
export async function offerNextOnWaitlist(viewer: Viewer, input: OfferNextInput) {
  assertCan(viewer, 'offer:manage')
  // Offers past their deadline free their place first (in their own unit of work).
  await expireDueOffers(await getDb(), { cycleId: input.cycleId })
  return write(viewer, permit('offer:manage'), async (tx, uow) => {
    if (!(await uow.lock('Cycle', input.cycleId))) throw notFound()
    const cycle = await tx.cycle.findUnique({ where: { id: input.cycleId }, select: { archivedAt: true } })
    if (!cycle || cycle.archivedAt) throw notFound()
    const places = await placesOf(tx, input.cycleId)
    if (!places || places.free < 1) throw new AppError('CONFLICT', 'waitlist.errors.noFreePlace')
    const [first] = await rankWaitlist(tx, input.cycleId)
    if (!first) throw new AppError('CONFLICT', 'waitlist.errors.empty')
    if (first !== input.applicationId) throw new AppError('CONFLICT', 'waitlist.errors.listChanged')
    await makeOffer(
      tx,
      uow,
      viewer,
      { applicationId: first, respondBy: input.respondBy, message: input.message },
      { fromWaitlist: true, rank: 1 },
    )
    return { applicationId: first }
  })
}
