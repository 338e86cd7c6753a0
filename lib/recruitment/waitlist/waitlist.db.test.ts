import { describe, expect, it } from 'vitest'
import { getDb } from '../../server/db'
import { AppError } from '../../server/errors'
import { makeViewer } from '../../../tests/support/factories'
import { lastMailTo, makeApplication, makeOpenCall } from '../../../tests/support/factories-recruitment'
import { extendOffer } from '../mutations/offers'
import { respondToOffer } from '../mutations/respond-offer'
import { moveApplications } from '../mutations/move-applications'
import { withdrawApplication } from '../mutations/withdraw-application'
import { expireDueOffers } from '../expire-offers'
import { offerNextOnWaitlist, waitlistApplication } from './mutations'
import { cycleWaitlist } from './queries'

const DAY = 86_400_000
const inDays = (n: number) => new Date(Date.now() + n * DAY)

const codeOf = async (p: Promise<unknown>) => {
  try {
    await p
    return 'ok'
  } catch (e) {
    if (e instanceof AppError) return e.messageKey
    throw e
  }
}

/** A cycle of `target` places, one offer pending, and `waiting` applications on the waitlist in order. */
async function world(target = 1, waiting = 3) {
  const staff = await makeViewer('STAFF')
  const { cycle } = await makeOpenCall()
  const db = await getDb()
  await db.cycle.update({ where: { id: cycle.id }, data: { targetFellowCount: target } })
  const holder = await makeApplication(cycle.id, { stage: 'INTERVIEW' })
  await extendOffer(staff, { applicationId: holder.app.id, respondBy: inDays(5) })
  const list = []
  for (let i = 0; i < waiting; i++) {
    const a = await makeApplication(cycle.id, { stage: 'INTERVIEW', scoreMean: 4 - i / 10 })
    await waitlistApplication(staff, { applicationId: a.app.id })
    list.push(a)
  }
  return { staff, cycle, holder, list }
}

const ranks = async (cycleId: string) =>
  (await (await getDb()).application.findMany({ where: { cycleId, waitlistRank: { not: null } }, orderBy: { waitlistRank: 'asc' } })).map(
    (a) => [a.id, a.waitlistRank, a.stage],
  )

describe('the waitlist', () => {
  it('keeps ranks 1..n: added last, moved within, and closed up when someone leaves it', async () => {
    const { staff, cycle, list } = await world(1, 3)
    const [a, b, c] = list.map((x) => x.app.id)
    expect(await ranks(cycle.id)).toEqual([
      [a, 1, 'WAITLISTED'],
      [b, 2, 'WAITLISTED'],
      [c, 3, 'WAITLISTED'],
    ])
    expect((await lastMailTo(list[0].applicant.email))?.subject).toContain('waiting list')
    await waitlistApplication(staff, { applicationId: c, rank: 1 })
    expect((await ranks(cycle.id)).map((r) => r[0])).toEqual([c, a, b])
    await waitlistApplication(staff, { applicationId: c, rank: 99 })
    expect((await ranks(cycle.id)).map((r) => [r[0], r[1]])).toEqual([
      [a, 1],
      [b, 2],
      [c, 3],
    ])
    // A board move off the list, and an applicant withdrawing, each close the gap.
    await moveApplications(staff, { cycleId: cycle.id, ids: [a], to: 'REJECTED' })
    expect((await ranks(cycle.id)).map((r) => [r[0], r[1]])).toEqual([
      [b, 1],
      [c, 2],
    ])
    await withdrawApplication(list[1].viewer, { applicationId: b, version: 1 })
    expect((await ranks(cycle.id)).map((r) => [r[0], r[1]])).toEqual([[c, 1]])
    // A board move onto the list puts the application last.
    const d = await makeApplication(cycle.id, { stage: 'REVIEW' })
    await moveApplications(staff, { cycleId: cycle.id, ids: [d.app.id], to: 'WAITLISTED' })
    expect((await ranks(cycle.id)).map((r) => [r[0], r[1]])).toEqual([
      [c, 1],
      [d.app.id, 2],
    ])
  })

  it('refuses an application holding an offer: only screening, review or interview can be waitlisted', async () => {
    const { staff, holder } = await world(1, 0)
    expect(await codeOf(waitlistApplication(staff, { applicationId: holder.app.id }))).toBe('waitlist.errors.notWaitlistable')
  })
})

describe('offering a freed place', () => {
  it('counts places as target less accepted and pending; a decline frees one, offered to rank 1 in one step, the rest move up', async () => {
    const { staff, cycle, holder, list } = await world(1, 3)
    let w = await cycleWaitlist(staff, cycle.id)
    expect(w.places).toMatchObject({ target: 1, accepted: 0, pending: 1, free: 0 })
    expect(w.next).toBeNull()
    // Nothing is offered while no place is free.
    expect(await codeOf(offerNextOnWaitlist(staff, { cycleId: cycle.id, applicationId: list[0].app.id, respondBy: inDays(7) }))).toBe(
      'waitlist.errors.noFreePlace',
    )
    await respondToOffer(holder.viewer, { applicationId: holder.app.id, version: 1, decision: 'DECLINE' })
    w = await cycleWaitlist(staff, cycle.id)
    expect(w.places.free).toBe(1)
    expect(w.next?.id).toBe(list[0].app.id)
    // Nothing happened by itself: the first on the list still waits.
    expect((await (await getDb()).application.findUniqueOrThrow({ where: { id: list[0].app.id } })).stage).toBe('WAITLISTED')
    await offerNextOnWaitlist(staff, { cycleId: cycle.id, applicationId: list[0].app.id, respondBy: inDays(7) })
    const db = await getDb()
    expect(await db.application.findUniqueOrThrow({ where: { id: list[0].app.id }, include: { offer: true } })).toMatchObject({
      stage: 'OFFER',
      waitlistRank: null,
      offer: { status: 'PENDING' },
    })
    expect((await lastMailTo(list[0].applicant.email))?.subject).toContain('An offer')
    expect((await ranks(cycle.id)).map((r) => [r[0], r[1]])).toEqual([
      [list[1].app.id, 1],
      [list[2].app.id, 2],
    ])
  })

  it('an expired offer frees its place too', async () => {
    const { staff, cycle, holder, list } = await world(1, 1)
    const db = await getDb()
    await db.offer.update({ where: { applicationId: holder.app.id }, data: { respondBy: new Date(Date.now() - 1000) } })
    // Reads treat it as expired before the job writes it.
    expect((await cycleWaitlist(staff, cycle.id)).next?.id).toBe(list[0].app.id)
    await expireDueOffers(db)
    await offerNextOnWaitlist(staff, { cycleId: cycle.id, applicationId: list[0].app.id, respondBy: inDays(7) })
    expect((await db.application.findUniqueOrThrow({ where: { id: list[0].app.id } })).stage).toBe('OFFER')
  })

  it('two staff confirming at once make one offer for one freed place; the other is told', async () => {
    const { cycle, holder, list } = await world(1, 2)
    await respondToOffer(holder.viewer, { applicationId: holder.app.id, version: 1, decision: 'DECLINE' })
    const [s1, s2] = [await makeViewer('STAFF'), await makeViewer('STAFF')]
    const input = { cycleId: cycle.id, applicationId: list[0].app.id, respondBy: inDays(7) }
    const outcomes = await Promise.all([codeOf(offerNextOnWaitlist(s1, input)), codeOf(offerNextOnWaitlist(s2, input))])
    expect(outcomes.sort()).toEqual(['ok', 'waitlist.errors.noFreePlace'])
    const db = await getDb()
    expect(await db.offer.count({ where: { application: { cycleId: cycle.id }, status: 'PENDING' } })).toBe(1)
    expect((await db.application.findUniqueOrThrow({ where: { id: list[1].app.id } })).stage).toBe('WAITLISTED')
  })

  it('with two places free, a page showing an old first is refused: the list changed', async () => {
    const { staff, cycle, holder, list } = await world(2, 2)
    await respondToOffer(holder.viewer, { applicationId: holder.app.id, version: 1, decision: 'DECLINE' })
    await offerNextOnWaitlist(staff, { cycleId: cycle.id, applicationId: list[0].app.id, respondBy: inDays(7) })
    expect(await codeOf(offerNextOnWaitlist(staff, { cycleId: cycle.id, applicationId: list[0].app.id, respondBy: inDays(7) }))).toBe(
      'waitlist.errors.listChanged',
    )
  })
})
