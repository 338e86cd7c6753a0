// The demo's referees: KP cycle 8 asks for two; submitted applications have letters in and
// awaited, the demo applicant one of each, one letter redacted and released to the blind
// reviewers of an application the demo reviewer scores; no draft has referees. Seeding twice adds nothing.
import { beforeAll, describe, expect, it } from 'vitest'
import { getDb } from '../server/db'
import { seed } from '../../prisma/seed'
import { demoAccounts } from '../demo'
import { viewerOf } from '../../tests/support/factories'
import { listLettersForReview, listMyReferees } from './queries'

beforeAll(async () => {
  await seed(await getDb())
}, 600_000)

describe('the demo seed', () => {
  it('gives KP cycle 8 referees and letters, the demo applicant one received and one awaited, once', async () => {
    const db = await getDb()
    const c8 = await db.cycle.findFirstOrThrow({ where: { status: 'RECRUITING', number: 8 }, select: { id: true, refereesRequired: true } })
    expect(c8.refereesRequired).toBe(2)
    const tally = async () => ({
      received: await db.referee.count({ where: { status: 'RECEIVED', application: { cycleId: c8.id } } }),
      requested: await db.referee.count({ where: { status: 'REQUESTED', application: { cycleId: c8.id } } }),
      drafts: await db.referee.count({ where: { application: { cycleId: c8.id, stage: 'DRAFT' } } }),
    })
    const first = await tally()
    expect(first.received).toBeGreaterThan(10)
    expect(first.requested).toBeGreaterThan(3)
    expect(first.drafts).toBe(0)

    const hiraUser = await db.user.findUniqueOrThrow({ where: { email: demoAccounts.find((a) => a.role === 'APPLICANT')!.email } })
    const hiraApp = await db.application.findFirstOrThrow({ where: { cycleId: c8.id, applicantId: hiraUser.id } })
    const mine = await listMyReferees(viewerOf(hiraUser), hiraApp.id)
    expect(mine.referees.map((r) => r.status).sort()).toEqual(['RECEIVED', 'REQUESTED'])

    const reviewer = await db.user.findUniqueOrThrow({ where: { email: demoAccounts.find((a) => a.role === 'REVIEWER')!.email } })
    const released = await db.referee.findFirstOrThrow({
      where: { releasedAt: { not: null }, application: { cycleId: c8.id } },
      select: { application: { select: { reviews: { where: { reviewerId: reviewer.id }, select: { id: true } } } } },
    })
    const seen = await listLettersForReview(viewerOf(reviewer), released.application.reviews[0].id)
    expect(seen.letters).toHaveLength(1)
    expect(seen.letters[0]).toMatchObject({ kind: 'redacted' })

    await seed(db)
    expect(await tally()).toEqual(first)
  })
})
