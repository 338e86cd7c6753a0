// Offers past their deadline expire: the offer becomes EXPIRED and the application DECLINED,
// each applicant told once. Pages never write this (decision 014): reads already treat a
// pending offer past its deadline as expired (offer-deadline.ts); the rows are written by the
// scheduled job (`npm run remind`, scripts/remind.ts) and, lazily, by the next mutation that
// touches the offer. Idempotent: running it twice, or from two requests at once, expires each
// offer once. Not server-only: the scheduled job calls it directly.
import type { PrismaClient } from '@prisma/client'
import { writeAsSystem } from '../server/unit-of-work'
import { notices, queueNotice } from './notify'

const cycleNames = { id: true, name: true, programme: { select: { name: true, nameUr: true } } } as const

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
  return writeAsSystem(db, async (tx, uow) => {
    let expired = 0
    for (const { id } of due) {
      // The conditional update is what makes this idempotent under concurrency.
      const res = await tx.offer.updateMany({
        where: { id, status: 'PENDING', respondBy: { lte: now } },
        data: { status: 'EXPIRED', version: { increment: 1 } },
      })
      if (res.count !== 1) continue
      const o = await tx.offer.findUniqueOrThrow({
        where: { id },
        select: {
          applicationId: true,
          application: { select: { applicant: { select: { id: true, name: true, email: true } }, cycle: { select: cycleNames } } },
        },
      })
      await tx.application.updateMany({
        where: { id: o.applicationId, stage: 'OFFER' },
        data: { stage: 'DECLINED', decidedAt: now, version: { increment: 1 } },
      })
      await uow.audit({
        action: 'offer.expire',
        entityType: 'Application',
        entityId: o.applicationId,
        before: { stage: 'OFFER' },
        after: { stage: 'DECLINED', offer: 'EXPIRED' },
      })
      const p = o.application.applicant
      await queueNotice(tx, p, 'recruitment.offer-expired', notices.offerExpired(o.application.cycle, p.name))
      expired++
    }
    return expired
  })
}
