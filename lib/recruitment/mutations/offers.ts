// Staff extend offers with a response deadline, or withdraw them. An offer past its deadline
// is expired first (expire-offers.ts), in its own unit of work: that stands even when the
// change asked for is then refused.
import 'server-only'
import { write, type UnitOfWork } from '../../server/unit-of-work'
import type { Tx } from '../../server/tx'
import { rankWaitlist } from '../waitlist/order'
import { permit } from '../../auth/permit'
import { getDb } from '../../server/db'
import { assertCan } from '../../auth/policy'
import { expireDueOffers } from '../expire-offers'
import { AppError, notFound } from '../../server/errors'
import type { Viewer } from '../../auth/viewer'
import { extendOfferBlock, offerRefusal, withdrawOfferBlock } from '../policy'
import { cycleNamesSelect } from '../access'
import { bothDates, notices, queueNotice } from '../notify'
import type { ExtendOfferInput } from '../schema/interview'

const offerApp = {
  id: true,
  stage: true,
  version: true,
  applicant: { select: { id: true, name: true, email: true } },
  cycle: { select: cycleNamesSelect },
  offer: { select: { id: true, status: true } },
} as const

export async function extendOffer(viewer: Viewer, input: ExtendOfferInput) {
  assertCan(viewer, 'offer:manage')
  await expireDueOffers(await getDb(), { applicationId: input.applicationId })
  await write(viewer, permit('offer:manage'), (tx, uow) => makeOffer(tx, uow, viewer, input))
}

/**
 * The offer itself, inside the caller's unit of work (extendOffer, and offering a freed place
 * to the first on the waitlist). An application taken off the waitlist closes the list's gap.
 */
export async function makeOffer(tx: Tx, uow: UnitOfWork, viewer: Viewer, input: ExtendOfferInput, audit: Record<string, unknown> = {}) {
  if (input.respondBy.getTime() <= Date.now() + 60 * 60_000)
    throw new AppError('INVALID', 'recruitment.offerErrors.deadlineSoon', { respondBy: 'recruitment.offerErrors.deadlineSoon' })
  const a = await tx.application.findUnique({ where: { id: input.applicationId }, select: { ...offerApp, cycleId: true } })
  if (!a || a.stage === 'DRAFT') throw notFound()
  // An offer that expired unanswered may be made again; any other decided case may not.
  const block = extendOfferBlock(viewer, a)
  if (block) throw offerRefusal(block)
  // The cycle's row first, as every waitlist write takes it (parents before children).
  if (a.stage === 'WAITLISTED') await uow.lock('Cycle', a.cycleId)
  const data = {
    extendedById: viewer.userId,
    respondBy: input.respondBy,
    message: input.message ?? null,
    status: 'PENDING' as const,
    respondedAt: null,
  }
  await tx.offer.upsert({
    where: { applicationId: a.id },
    create: { ...data, applicationId: a.id },
    update: { ...data, createdAt: new Date(), version: { increment: 1 } },
  })
  const moved = await tx.application.updateMany({
    where: { id: a.id, stage: a.stage },
    data: { stage: 'OFFER', decidedAt: null, version: { increment: 1 } },
  })
  if (moved.count !== 1) throw new AppError('STALE', 'errors.stale')
  if (a.stage === 'WAITLISTED') await rankWaitlist(tx, a.cycleId)
  await uow.audit({
    action: 'offer.extend',
    entityType: 'Application',
    entityId: a.id,
    before: { stage: a.stage },
    after: { stage: 'OFFER', respondBy: input.respondBy, ...audit },
  })
  await queueNotice(
    tx,
    a.applicant,
    'recruitment.offer',
    notices.offer(a.cycle, a.applicant.name, bothDates(input.respondBy), input.message),
  )
}

export async function withdrawOffer(viewer: Viewer, applicationId: string) {
  assertCan(viewer, 'offer:manage')
  await expireDueOffers(await getDb(), { applicationId })
  await write(viewer, permit('offer:manage'), async (tx, uow) => {
    const a = await tx.application.findUnique({ where: { id: applicationId }, select: offerApp })
    if (!a || !a.offer) throw notFound()
    const block = withdrawOfferBlock(viewer, a)
    if (block) throw offerRefusal(block)
    const res = await tx.offer.updateMany({
      where: { id: a.offer.id, status: 'PENDING' },
      data: { status: 'WITHDRAWN', respondedAt: new Date(), version: { increment: 1 } },
    })
    if (res.count !== 1) throw new AppError('STALE', 'errors.stale')
    // Back to where the decision is made; staff may reject it from there.
    await tx.application.update({ where: { id: a.id }, data: { stage: 'INTERVIEW', version: { increment: 1 } } })
    await uow.audit({
      action: 'offer.withdraw',
      entityType: 'Application',
      entityId: a.id,
      before: { stage: 'OFFER' },
      after: { stage: 'INTERVIEW' },
    })
    await queueNotice(tx, a.applicant, 'recruitment.offer-withdrawn', notices.offerWithdrawn(a.cycle, a.applicant.name))
  })
}

export { expireDueOffers } from '../expire-offers'
