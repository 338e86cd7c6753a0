// Staff extend offers with a response deadline, or withdraw them; offers past their deadline
// expire. Expiry is computed when offers are read (expireDueOffers is idempotent: running it
// twice, or from two requests at once, expires each offer once).
import 'server-only'
import type { PrismaClient } from '@prisma/client'
import { getDb } from '../../server/db'
import { assertCan } from '../../auth/policy'
import { AppError, notFound } from '../../server/errors'
import { deliverQueued } from '../../server/mailer'
import { writeAudit } from '../../audit/write'
import type { Viewer } from '../../auth/viewer'
import { extendOfferBlock, offerRefusal, withdrawOfferBlock } from '../policy'
import { cycleNamesSelect } from '../access'
import { bothDates, notices, queueNotice } from '../notify'
import type { ExtendOfferInput } from '../schema/interview'

const offerApp = { id: true, stage: true, version: true, applicant: { select: { id: true, name: true, email: true } }, cycle: { select: cycleNamesSelect }, offer: { select: { id: true, status: true } } } as const

export async function extendOffer(viewer: Viewer, input: ExtendOfferInput) {
  assertCan(viewer, 'offer:manage')
  if (input.respondBy.getTime() <= Date.now() + 60 * 60_000) throw new AppError('INVALID', 'recruitment.offerErrors.deadlineSoon', { respondBy: 'recruitment.offerErrors.deadlineSoon' })
  const db = await getDb()
  const mailIds: string[] = []
  await db.$transaction(async (tx) => {
    const a = await tx.application.findUnique({ where: { id: input.applicationId }, select: offerApp })
    if (!a || a.stage === 'DRAFT') throw notFound()
    // An offer that expired unanswered may be made again; any other decided case may not.
    const block = extendOfferBlock(viewer, a)
    if (block) throw offerRefusal(block)
    const data = { extendedById: viewer.userId, respondBy: input.respondBy, message: input.message ?? null, status: 'PENDING' as const, respondedAt: null }
    await tx.offer.upsert({ where: { applicationId: a.id }, create: { ...data, applicationId: a.id }, update: { ...data, createdAt: new Date(), version: { increment: 1 } } })
    const moved = await tx.application.updateMany({ where: { id: a.id, stage: a.stage }, data: { stage: 'OFFER', decidedAt: null, version: { increment: 1 } } })
    if (moved.count !== 1) throw new AppError('STALE', 'errors.stale')
    await writeAudit(tx, { actorId: viewer.userId, action: 'offer.extend', entityType: 'Application', entityId: a.id, before: { stage: a.stage }, after: { stage: 'OFFER', respondBy: input.respondBy } })
    mailIds.push(await queueNotice(tx, a.applicant, 'recruitment.offer', notices.offer(a.cycle, a.applicant.name, bothDates(input.respondBy), input.message)))
  })
  await deliverQueued(db, mailIds)
}

export async function withdrawOffer(viewer: Viewer, applicationId: string) {
  assertCan(viewer, 'offer:manage')
  const db = await getDb()
  const mailIds: string[] = []
  await db.$transaction(async (tx) => {
    const a = await tx.application.findUnique({ where: { id: applicationId }, select: offerApp })
    if (!a || !a.offer) throw notFound()
    const block = withdrawOfferBlock(viewer, a)
    if (block) throw offerRefusal(block)
    const res = await tx.offer.updateMany({ where: { id: a.offer.id, status: 'PENDING' }, data: { status: 'WITHDRAWN', respondedAt: new Date(), version: { increment: 1 } } })
    if (res.count !== 1) throw new AppError('STALE', 'errors.stale')
    // Back to where the decision is made; staff may reject it from there.
    await tx.application.update({ where: { id: a.id }, data: { stage: 'INTERVIEW', version: { increment: 1 } } })
    await writeAudit(tx, { actorId: viewer.userId, action: 'offer.withdraw', entityType: 'Application', entityId: a.id, before: { stage: 'OFFER' }, after: { stage: 'INTERVIEW' } })
    mailIds.push(await queueNotice(tx, a.applicant, 'recruitment.offer-withdrawn', notices.offerWithdrawn(a.cycle, a.applicant.name)))
  })
  await deliverQueued(db, mailIds)
}

/**
 * Expires pending offers past their deadline (all, or one cycle's): the offer becomes
 * EXPIRED and the application DECLINED, each applicant told once. A system step: pages
 * that show offers call it first, so nobody ever sees a stale "pending".
 */
export async function expireDueOffers(db: PrismaClient, opts: { cycleId?: string; applicationId?: string; now?: Date } = {}) {
  const now = opts.now ?? new Date()
  const due = await db.offer.findMany({
    where: {
      status: 'PENDING',
      respondBy: { lte: now },
      ...(opts.cycleId ? { application: { cycleId: opts.cycleId } } : {}),
      ...(opts.applicationId ? { applicationId: opts.applicationId } : {}),
    },
    select: { id: true },
    take: 500,
  })
  if (!due.length) return 0
  const mailIds: string[] = []
  let expired = 0
  await db.$transaction(async (tx) => {
    for (const { id } of due) {
      // The conditional update is what makes this idempotent under concurrency.
      const res = await tx.offer.updateMany({ where: { id, status: 'PENDING', respondBy: { lte: now } }, data: { status: 'EXPIRED', version: { increment: 1 } } })
      if (res.count !== 1) continue
      const o = await tx.offer.findUniqueOrThrow({ where: { id }, select: { applicationId: true, application: { select: { applicant: { select: { id: true, name: true, email: true } }, cycle: { select: cycleNamesSelect } } } } })
      await tx.application.updateMany({ where: { id: o.applicationId, stage: 'OFFER' }, data: { stage: 'DECLINED', decidedAt: now, version: { increment: 1 } } })
      await writeAudit(tx, { actorId: null, action: 'offer.expire', entityType: 'Application', entityId: o.applicationId, before: { stage: 'OFFER' }, after: { stage: 'DECLINED', offer: 'EXPIRED' } })
      const p = o.application.applicant
      mailIds.push(await queueNotice(tx, p, 'recruitment.offer-expired', notices.offerExpired(o.application.cycle, p.name)))
      expired++
    }
  })
  await deliverQueued(db, mailIds)
  return expired
}

/** For pages: expire what is due before reading, using the process's client. */
export async function expireDueOffersNow(cycleId?: string) {
  return expireDueOffers(await getDb(), { cycleId })
}

