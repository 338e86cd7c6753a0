// The applicant answers their offer. Accepting makes them a fellow of the cycle (a Fellowship
// row, counted against the target; an applicant account becomes a fellow account); declining
// closes the application. Staff who made the offer are told either way.
import 'server-only'
import { write } from '../../server/unit-of-work'
import { permit } from '../../auth/permit'
import { getDb } from '../../server/db'
import { assertCan } from '../../auth/policy'
import { updateVersioned } from '../../server/versioned'
import type { Viewer } from '../../auth/viewer'
import { loadOwnApplication } from '../access'
import { notices, queueNotice } from '../notify'
import { offerRefusal, respondBlock } from '../policy'
import type { RespondOfferInput } from '../schema/interview'
import { expireDueOffers } from '../expire-offers'

export async function respondToOffer(viewer: Viewer, input: RespondOfferInput) {
  assertCan(viewer, 'offer:respond:own')
  // A reply after the deadline finds the offer expired, with a clear message.
  await expireDueOffers(await getDb(), { applicationId: input.applicationId })
  const accept = input.decision === 'ACCEPT'
  await write(viewer, permit('offer:respond:own'), async (tx, uow) => {
    const a = await loadOwnApplication(tx, viewer, input.applicationId)
    const block = respondBlock(viewer, a)
    if (block || !a.offer) throw offerRefusal(block ?? 'noOffer')
    const now = new Date()
    await updateVersioned(tx.application, a.id, input.version, { stage: accept ? 'ACCEPTED' : 'DECLINED', decidedAt: now })
    await tx.offer.update({
      where: { id: a.offer.id },
      data: { status: accept ? 'ACCEPTED' : 'DECLINED', respondedAt: now, version: { increment: 1 } },
    })
    if (accept) {
      const f = await tx.fellowship.upsert({
        where: { userId_cycleId: { userId: viewer.userId, cycleId: a.cycleId } },
        create: { userId: viewer.userId, cycleId: a.cycleId, applicationId: a.id },
        update: { applicationId: a.id, status: 'ACTIVE' },
        select: { id: true },
      })
      // A promotion the person asked for: their session stays valid, and the fellow portal
      // opens at once (pages read the role from the database, not from the session cookie).
      await tx.user.updateMany({ where: { id: viewer.userId, role: 'APPLICANT' }, data: { role: 'FELLOW', version: { increment: 1 } } })
      await uow.audit({
        action: 'fellowship.create',
        entityType: 'Fellowship',
        entityId: f.id,
        after: { cycleId: a.cycleId, applicationId: a.id },
      })
    }
    await uow.audit({
      action: accept ? 'offer.accept' : 'offer.decline',
      entityType: 'Application',
      entityId: a.id,
      before: { stage: 'OFFER' },
      after: { stage: accept ? 'ACCEPTED' : 'DECLINED' },
    })
    const me = { id: viewer.userId, email: viewer.email, name: viewer.name }
    await queueNotice(tx, me, 'recruitment.offer-answered', notices.offerAnswered(a.cycle, viewer.name, accept))
    const staff = a.offer.extendedBy
    await queueNotice(tx, staff, 'recruitment.offer-answered', notices.offerAnsweredStaff(a.cycle, staff.name, viewer.name, accept))
  })
}
