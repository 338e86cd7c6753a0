// The confirmation of a bulk move lists who would be emailed, and sends nothing itself.
import { describe, expect, it } from 'vitest'
import { getDb } from '../../server/db'
import { makeViewer } from '../../../tests/support/factories'
import { makeApplication, makeOpenCall } from '../../../tests/support/factories-recruitment'
import { previewMove } from './move-preview'

describe('the bulk-move confirmation', () => {
  it('lists the applicants who would be emailed, apart from those who cannot move, and sends nothing', async () => {
    const staff = await makeViewer('STAFF')
    const { cycle } = await makeOpenCall()
    const a = await makeApplication(cycle.id)
    const b = await makeApplication(cycle.id, { stage: 'REVIEW' })
    const accepted = await makeApplication(cycle.id, { stage: 'ACCEPTED' })
    const draft = await makeApplication(cycle.id, { stage: 'DRAFT' })
    const foreign = await makeApplication((await makeOpenCall()).cycle.id)
    const db = await getDb()
    const mailBefore = await db.notification.count()

    const p = await previewMove(staff, cycle.id, [a.app.id, b.app.id, accepted.app.id, draft.app.id, foreign.app.id, a.app.id], 'REJECTED')
    expect(p.movable.map((x) => [x.id, x.applicant.email, x.stage]).sort()).toEqual(
      [
        [a.app.id, a.applicant.email, 'SUBMITTED'],
        [b.app.id, b.applicant.email, 'REVIEW'],
      ].sort(),
    )
    expect(p.blocked.map((x) => x.id)).toEqual([accepted.app.id])
    expect(await db.notification.count()).toBe(mailBefore)
    expect((await db.application.findUniqueOrThrow({ where: { id: a.app.id } })).stage).toBe('SUBMITTED')
  })

  it('is for staff only', async () => {
    const { cycle } = await makeOpenCall()
    for (const role of ['REVIEWER', 'PARTNER', 'FELLOW', 'APPLICANT'] as const) {
      await expect(previewMove(await makeViewer(role), cycle.id, [], 'REJECTED')).rejects.toMatchObject({ code: 'FORBIDDEN' })
    }
  })
})
