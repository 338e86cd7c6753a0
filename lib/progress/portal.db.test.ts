import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { getDb } from '../server/db'
import { makeDeliverable, makePartner, makePlacedFellow, makeSubmittedUpdate, pk } from '../../tests/support/factories-progress'
import { submitVersion } from '../deliverables/mutations/submit-version'
import { pageDeliverables } from '../deliverables/queries'
import { partnerPortal, PORTAL_LIST } from './portal'

describe('the department portal', () => {
  it("shows the partner's fellows with missing updates, what awaits them, and what is overdue", async () => {
    const a = await makePlacedFellow({ fellowName: 'Aamna Khan' })
    const b = await makePlacedFellow({ cycleId: a.cycleId, departmentId: a.departmentId, fellowName: 'Bilal Shah' })
    const elsewhere = await makePlacedFellow({ cycleId: a.cycleId })
    const partner = await makePartner(a.departmentId)
    const colleague = await makePartner(a.departmentId)
    await makeSubmittedUpdate(a.fellowship.id, 0)
    await makeSubmittedUpdate(a.fellowship.id, 1)
    await makeSubmittedUpdate(b.fellowship.id, 0)
    // Written early, for a period still open on 20 November: it is not a closed period done.
    await makeSubmittedUpdate(b.fellowship.id, 3)

    const mine = await makeDeliverable(a.project.id, { reviewerId: partner.userId, title: 'Requirements', dueDate: pk('2026-11-01') })
    const theirs = await makeDeliverable(b.project.id, { reviewerId: colleague.userId, title: 'Pilot', dueDate: pk('2026-12-20') })
    const open = await makeDeliverable(b.project.id, { reviewerId: null, title: 'Handover', dueDate: pk('2027-01-10') })
    for (const [d, who] of [
      [mine, a],
      [theirs, b],
      [open, b],
    ] as const) {
      await submitVersion(who.fellow, { deliverableId: d.id, notes: 'v1', links: [], idempotencyKey: randomUUID() })
    }
    await makeDeliverable(elsewhere.project.id, { title: 'Not ours', dueDate: pk('2026-10-01') })
    const db = await getDb()
    await db.deliverable.update({ where: { id: open.id }, data: { status: 'APPROVED' } })

    // 20 Nov: periods 0 to 2 have closed.
    const p = (await partnerPortal(partner, pk('2026-11-20')))!
    expect(p.department?.id).toBe(a.departmentId)
    expect(p.fellows.map((f) => [f.name, f.missing])).toEqual([
      ['Aamna Khan', 1],
      ['Bilal Shah', 2],
    ])
    expect(p.fellows[0].lastUpdate).toBeInstanceOf(Date)
    expect(p.fellows[1].lastUpdate).toBeInstanceOf(Date)
    // Awaiting: the one naming this partner; not the one naming a colleague.
    expect(p.awaiting.map((d) => d.title)).toEqual(['Requirements'])
    expect(p.overdue.map((d) => d.title)).toEqual(['Requirements'])
    expect(p.projects).toHaveLength(2)
    expect(p.recent.map((u) => u.fellowship.user.name).sort()).toEqual(['Aamna Khan', 'Aamna Khan', 'Bilal Shah', 'Bilal Shah'])
  })

  it('lists the first overdue deliverables with the true total, and the full list pages through the rest', async () => {
    const a = await makePlacedFellow()
    const partner = await makePartner(a.departmentId)
    for (let i = 0; i < 30; i++) {
      await makeDeliverable(a.project.id, {
        title: `Survey batch ${String(i).padStart(2, '0')}`,
        dueDate: pk(`2026-10-${String(i + 1).padStart(2, '0')}`),
      })
    }
    await makeDeliverable(a.project.id, { title: 'Not yet due', dueDate: pk('2027-03-01') })
    const p = (await partnerPortal(partner, pk('2026-11-20')))!
    expect(p.overdue).toHaveLength(PORTAL_LIST)
    expect(p.overdueTotal).toBe(30)
    expect(p.overdue[0].title).toBe('Survey batch 00')

    const first = await pageDeliverables(partner, { overdueAt: pk('2026-11-20') }, 1)
    const second = await pageDeliverables(partner, { overdueAt: pk('2026-11-20') }, 2)
    expect([first.total, first.pageCount, first.rows.length, second.rows.length]).toEqual([30, 2, 25, 5])
    expect(new Set([...first.rows, ...second.rows].map((d) => d.id)).size).toBe(30)
    const everything = await pageDeliverables(partner, {}, 2)
    expect(everything.total).toBe(31)
    expect(everything.rows.at(-1)!.title).toBe('Not yet due')
    // Latest activity first: the one just approved leads, whatever its due date.
    const db = await getDb()
    const batch = await db.deliverable.findFirstOrThrow({ where: { title: 'Survey batch 17' } })
    await db.deliverable.update({ where: { id: batch.id }, data: { status: 'APPROVED' } })
    expect((await pageDeliverables(partner, {}, 1, 25, 'recent')).rows[0].title).toBe('Survey batch 17')
  })
})
