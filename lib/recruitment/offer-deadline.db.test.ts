import { describe, expect, it } from 'vitest'
import { getDb } from '../server/db'
import { makeViewer } from '../../tests/support/factories'
import { makeApplication, makeOpenCall } from '../../tests/support/factories-recruitment'
import { expireDueOffers } from './expire-offers'
import { extendOffer, withdrawOffer } from './mutations/offers'
import { getMyApplication, listMyApplications } from './queries/applicant'
import { getApplicationForStaff } from './queries/application'
import { listOffers } from './queries/decisions'
import { getRecruitmentSummary, listPipeline } from './queries/pipeline'

const inDays = (n: number) => new Date(Date.now() + n * 24 * 3600_000)

/** Everything a write would leave behind: audit rows, mail, and the offers' and applications' versions. */
async function footprint() {
  const db = await getDb()
  const [audit, mail, offers, apps] = await Promise.all([
    db.auditLog.count(),
    db.notification.count(),
    db.offer.findMany({ orderBy: { id: 'asc' }, select: { id: true, status: true, version: true } }),
    db.application.findMany({ orderBy: { id: 'asc' }, select: { id: true, stage: true, version: true } }),
  ])
  return { audit, mail, offers, apps }
}

async function offerPastDeadline() {
  const staff = await makeViewer('STAFF')
  const { cycle } = await makeOpenCall()
  const made = await makeApplication(cycle.id, { stage: 'INTERVIEW' })
  await extendOffer(staff, { applicationId: made.app.id, respondBy: inDays(3) })
  await (await getDb()).offer.update({ where: { applicationId: made.app.id }, data: { respondBy: inDays(-1) } })
  return { staff, cycle, ...made }
}

describe('offers past their deadline', () => {
  it('read as expired on every page that shows them, and reading writes nothing', async () => {
    const { staff, cycle, app, viewer } = await offerPastDeadline()
    const before = await footprint()

    // What the applicant's pages and the staff pipeline, application and offer pages load.
    const mine = await getMyApplication(viewer, app.id)
    expect(mine).toMatchObject({ stage: 'DECLINED', offer: { status: 'EXPIRED' }, canRespond: false })
    expect((await listMyApplications(viewer))[0]).toMatchObject({ stage: 'DECLINED', offer: { status: 'EXPIRED' }, canRespond: false })
    const forStaff = await getApplicationForStaff(staff, app.id)
    expect(forStaff).toMatchObject({ stage: 'DECLINED', offer: { status: 'EXPIRED' }, canExtendOffer: true, canWithdrawOffer: false })
    const { offers, counts } = await listOffers(staff, cycle.id)
    expect(offers.map((o) => o.status)).toEqual(['EXPIRED'])
    expect(counts).toEqual({ EXPIRED: 1 })
    await getRecruitmentSummary(staff, cycle.id)
    await listPipeline(staff, cycle.id, {})

    expect(await footprint()).toEqual(before)
  })

  it('are written by the scheduled job once, the applicant told once', async () => {
    const { cycle, app, applicant } = await offerPastDeadline()
    const db = await getDb()
    expect(await expireDueOffers(db, { cycleId: cycle.id })).toBe(1)
    expect(await expireDueOffers(db, { cycleId: cycle.id })).toBe(0)
    expect(await db.offer.findUniqueOrThrow({ where: { applicationId: app.id } })).toMatchObject({ status: 'EXPIRED' })
    expect(await db.application.findUniqueOrThrow({ where: { id: app.id } })).toMatchObject({ stage: 'DECLINED' })
    const told = await db.notification.findMany({ where: { toEmail: applicant.email, kind: 'recruitment.offer-expired' } })
    expect(told.map((n) => n.status)).toEqual(['SENT'])
    expect(await db.auditLog.count({ where: { action: 'offer.expire', entityId: app.id, actorId: null } })).toBe(1)
  })

  it('are written by the next mutation that touches them: staff may offer again, or are told it is no longer pending', async () => {
    const first = await offerPastDeadline()
    await extendOffer(first.staff, { applicationId: first.app.id, respondBy: inDays(5) })
    expect((await getMyApplication(first.viewer, first.app.id)).offer?.status).toBe('PENDING')
    expect(await (await getDb()).notification.count({ where: { toEmail: first.applicant.email, kind: 'recruitment.offer-expired' } })).toBe(
      1,
    )

    const second = await offerPastDeadline()
    await expect(withdrawOffer(second.staff, second.app.id)).rejects.toMatchObject({ messageKey: 'recruitment.offerErrors.notPending' })
    // The refusal does not undo the expiry: it was written in its own unit of work.
    expect(await (await getDb()).offer.findUniqueOrThrow({ where: { applicationId: second.app.id } })).toMatchObject({ status: 'EXPIRED' })
  })
})
