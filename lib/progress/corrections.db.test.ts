// Correcting a submitted progress update (docs/decisions/012): only the fellow's own, only
// until staff mark it reviewed or the cycle ends, and the text it replaces is kept for everyone
// who may read the update, while the audit row holds no private text.
import { describe, expect, it } from 'vitest'
import { getDb } from '../server/db'
import { makeViewer } from '../../tests/support/factories'
import { makePartner, makePlacedFellow } from '../../tests/support/factories-progress'
import { saveUpdate } from './mutations/save-update'
import { correctUpdate, markUpdateReviewed } from './mutations/correct-update'
import { getMyPeriod, getUpdate, listRecentUpdates } from './queries'
import type { CorrectUpdateInput, SaveUpdateInput } from './schema'

const at = (d: string, t = '12:00') => new Date(`${d}T${t}:00+05:00`)
const TYPO = 'Trained 9 drug inpsectors in Mardan on the mobile checklist.'
const FIXED = 'Trained 9 drug inspectors in Mardan on the mobile checklist.'

const submit = (fellowshipId: string): SaveUpdateInput => ({
  fellowshipId,
  periodIndex: 0,
  accomplishments: TYPO,
  blockers: 'Server access pending',
  hours: 72,
  links: ['https://git.example/pharmacy/88'],
  intent: 'submit',
})

/** A placed fellow with a submitted update for period 0 (late: sent after its window closed). */
async function submitted() {
  const w = await makePlacedFellow()
  const { id } = await saveUpdate(w.fellow, submit(w.fellowship.id), at('2026-10-20'))
  const version = (await getMyPeriod(w.fellow, w.fellowship.id, 0, at('2026-10-20'))).update!.version
  const fix = (over: Partial<CorrectUpdateInput> = {}): CorrectUpdateInput => ({
    updateId: id,
    accomplishments: FIXED,
    blockers: 'Server access pending',
    hours: 72,
    links: ['https://git.example/pharmacy/88'],
    reason: 'Typo in “inspectors”',
    version,
    ...over,
  })
  return { ...w, id, version, fix }
}

describe('correcting a submitted update', () => {
  it('lets the fellow fix a late update and keeps the original for the fellow, the partner and staff', async () => {
    const w = await submitted()
    const partner = await makePartner(w.departmentId)
    const staff = await makeViewer('STAFF')
    await correctUpdate(w.fellow, w.fix(), at('2026-10-21'))

    const mine = await getMyPeriod(w.fellow, w.fellowship.id, 0, at('2026-10-21'))
    // Lateness and the submission time are those of the first submission.
    expect(mine.update).toMatchObject({
      accomplishments: FIXED,
      status: 'SUBMITTED',
      late: true,
      correctedAt: at('2026-10-21'),
      submittedAt: at('2026-10-20'),
    })
    expect(mine.correction).toBeNull()
    for (const reader of [w.fellow, partner, staff]) {
      const seen = await getUpdate(reader, w.id)
      expect(seen.update.accomplishments).toBe(FIXED)
      expect(seen.update.correctedAt).toEqual(at('2026-10-21'))
      expect(seen.update.revisions).toEqual([
        expect.objectContaining({
          accomplishments: TYPO,
          blockers: 'Server access pending',
          hours: 72,
          links: ['https://git.example/pharmacy/88'],
          reason: 'Typo in “inspectors”',
          createdAt: at('2026-10-21'),
        }),
      ])
    }
    expect((await listRecentUpdates(partner)).rows[0]).toMatchObject({ id: w.id, correctedAt: at('2026-10-21') })

    // A second correction keeps both earlier texts, oldest first.
    await correctUpdate(
      w.fellow,
      w.fix({ accomplishments: `${FIXED} Two found bugs.`, version: mine.update!.version, reason: undefined }),
      at('2026-10-22'),
    )
    const again = await getUpdate(staff, w.id)
    expect(again.update.revisions.map((r) => [r.accomplishments, r.reason])).toEqual([
      [TYPO, 'Typo in “inspectors”'],
      [FIXED, null],
    ])
  })

  it('audits the correction without the private text or the reason', async () => {
    const w = await submitted()
    const { revisionId } = await correctUpdate(w.fellow, w.fix(), at('2026-10-21'))
    const db = await getDb()
    const row = await db.auditLog.findFirstOrThrow({ where: { entityId: w.id, action: 'update.correct' } })
    expect(row.actorId).toBe(w.fellow.userId)
    expect(row.before).toMatchObject({ accomplishmentsLength: TYPO.length, blockersLength: 21, linksCount: 1, hours: 72 })
    expect(row.after).toMatchObject({ accomplishmentsLength: FIXED.length, revisionId, reasonLength: 'Typo in “inspectors”'.length })
    const stored = JSON.stringify([row.before, row.after])
    for (const secret of ['inpsectors', 'inspectors', 'Server access', 'git.example']) expect(stored).not.toContain(secret)
  })

  it("gives another fellow, or a draft, 'not found'; staff and partners cannot correct", async () => {
    const w = await submitted()
    const other = await makePlacedFellow({ cycleId: w.cycleId })
    await expect(correctUpdate(other.fellow, w.fix(), at('2026-10-21'))).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(correctUpdate(await makeViewer('STAFF'), w.fix(), at('2026-10-21'))).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(correctUpdate(await makePartner(w.departmentId), w.fix(), at('2026-10-21'))).rejects.toMatchObject({ code: 'FORBIDDEN' })

    const draft = await saveUpdate(other.fellow, { ...submit(other.fellowship.id), intent: 'draft' }, at('2026-10-10'))
    await expect(correctUpdate(other.fellow, w.fix({ updateId: draft.id, version: 0 }), at('2026-10-11'))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })

    const db = await getDb()
    expect(await db.progressUpdateRevision.count({ where: { progressUpdateId: { in: [w.id, draft.id] } } })).toBe(0)
    expect((await db.progressUpdate.findUniqueOrThrow({ where: { id: w.id } })).accomplishments).toBe(TYPO)
  })

  it('refuses a correction once staff have marked the update reviewed, and keeps what was there', async () => {
    const w = await submitted()
    const staff = await makeViewer('STAFF')
    await correctUpdate(w.fellow, w.fix(), at('2026-10-21'))
    const read = await getUpdate(staff, w.id)
    await markUpdateReviewed(staff, { updateId: w.id, version: read.update.version }, at('2026-10-25'))

    const mine = await getMyPeriod(w.fellow, w.fellowship.id, 0, at('2026-10-26'))
    expect(mine.correction).toBe('reviewed')
    expect(mine.update).toMatchObject({ reviewedAt: at('2026-10-25'), reviewedBy: { name: staff.name } })
    await expect(
      correctUpdate(w.fellow, w.fix({ accomplishments: 'Rewritten after review', version: mine.update!.version }), at('2026-10-26')),
    ).rejects.toMatchObject({
      code: 'CLOSED',
      messageKey: 'errors.updateReviewed',
    })
    await expect(markUpdateReviewed(staff, { updateId: w.id, version: mine.update!.version })).rejects.toMatchObject({ code: 'CONFLICT' })
    const after = await getUpdate(staff, w.id)
    expect(after.update.accomplishments).toBe(FIXED)
    expect(after.update.revisions).toHaveLength(1)
    const db = await getDb()
    expect(await db.auditLog.count({ where: { entityId: w.id, action: 'update.reviewed' } })).toBe(1)
  })

  it('refuses a review made on a text the fellow has corrected since (and a correction from a stale page)', async () => {
    const w = await submitted()
    const staff = await makeViewer('ADMIN')
    const readByStaff = (await getUpdate(staff, w.id)).update.version
    await correctUpdate(w.fellow, w.fix(), at('2026-10-21'))
    await expect(markUpdateReviewed(staff, { updateId: w.id, version: readByStaff })).rejects.toMatchObject({ code: 'STALE' })
    // The page the fellow corrected from is now old too.
    await expect(correctUpdate(w.fellow, w.fix({ accomplishments: 'From an old tab' }), at('2026-10-22'))).rejects.toMatchObject({
      code: 'STALE',
    })
    const db = await getDb()
    expect(await db.progressUpdateRevision.count({ where: { progressUpdateId: w.id } })).toBe(1)
  })

  it('refuses a correction that changes nothing, and one after the cycle or the fellowship has ended', async () => {
    const w = await submitted()
    await expect(correctUpdate(w.fellow, w.fix({ accomplishments: TYPO }), at('2026-10-21'))).rejects.toMatchObject({
      code: 'INVALID',
      messageKey: 'errors.correctionUnchanged',
    })
    const db = await getDb()
    await db.cycle.update({ where: { id: w.cycleId }, data: { status: 'COMPLETED' } })
    await expect(correctUpdate(w.fellow, w.fix(), at('2026-10-21'))).rejects.toMatchObject({
      code: 'CLOSED',
      messageKey: 'errors.updateCorrectionClosed',
    })
    expect((await getMyPeriod(w.fellow, w.fellowship.id, 0, at('2026-10-21'))).correction).toBe('ended')
    await db.cycle.update({ where: { id: w.cycleId }, data: { status: 'ACTIVE' } })
    await db.fellowship.update({ where: { id: w.fellowship.id }, data: { status: 'WITHDRAWN' } })
    await expect(correctUpdate(w.fellow, w.fix(), at('2026-10-21'))).rejects.toMatchObject({
      code: 'CLOSED',
      messageKey: 'errors.updateCorrectionClosed',
    })
    expect(await db.progressUpdateRevision.count({ where: { progressUpdateId: w.id } })).toBe(0)
  })

  it('lets staff mark reviewed only what they can see; a partner cannot', async () => {
    const w = await submitted()
    await expect(markUpdateReviewed(await makePartner(w.departmentId), { updateId: w.id, version: w.version })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    })
    await expect(markUpdateReviewed(w.fellow, { updateId: w.id, version: w.version })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    const other = await makePlacedFellow({ cycleId: w.cycleId })
    const draft = await saveUpdate(other.fellow, { ...submit(other.fellowship.id), intent: 'draft' }, at('2026-10-10'))
    await expect(markUpdateReviewed(await makeViewer('STAFF'), { updateId: draft.id, version: 0 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
  })
})
