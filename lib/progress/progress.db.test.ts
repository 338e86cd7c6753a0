import { describe, expect, it } from 'vitest'
import { getDb } from '../server/db'
import { makeViewer } from '../../tests/support/factories'
import { makePartner, makePlacedFellow, makeSubmittedUpdate, pk } from '../../tests/support/factories-progress'
import { saveUpdate } from './mutations/save-update'
import { getMyPeriod, getUpdate, listRecentUpdates, myReporting } from './queries'
import { complianceBoard } from './compliance'
import type { SaveUpdateInput } from './schema'

const at = (d: string, t = '12:00') => new Date(`${d}T${t}:00+05:00`)
const input = (fellowshipId: string, periodIndex: number, over: Partial<SaveUpdateInput> = {}): SaveUpdateInput => ({
  fellowshipId,
  periodIndex,
  accomplishments: 'Mapped the licence workflow with the Drug Control Cell.',
  blockers: 'Server access pending',
  nextSteps: 'Import the old database',
  hours: 70,
  links: ['https://git.example/pharmacy/1'],
  intent: 'submit',
  ...over,
})

describe('writing an update', () => {
  it('saves a draft, then submits it on time; nobody but the fellow sees the draft', async () => {
    const { fellow, fellowship, departmentId } = await makePlacedFellow()
    const partner = await makePartner(departmentId)
    const staff = await makeViewer('STAFF')
    const draft = await saveUpdate(fellow, input(fellowship.id, 0, { intent: 'draft' }), at('2026-10-10'))
    expect(draft).toMatchObject({ status: 'DRAFT', late: false })
    await expect(getUpdate(partner, draft.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(getUpdate(staff, draft.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })

    const mine = await getMyPeriod(fellow, fellowship.id, 0, at('2026-10-10'))
    expect(mine.update?.accomplishments).toContain('licence workflow')
    const submitted = await saveUpdate(fellow, input(fellowship.id, 0, { version: mine.update!.version }), at('2026-10-16'))
    expect(submitted).toMatchObject({ status: 'SUBMITTED', late: false })

    const seen = await getUpdate(partner, draft.id)
    expect(seen.update).toMatchObject({ status: 'SUBMITTED', late: false, hours: 70, links: ['https://git.example/pharmacy/1'] })
    expect(seen.fellow.name).toBe(fellow.name)
    const db = await getDb()
    expect(await db.auditLog.count({ where: { entityId: draft.id, action: 'update.submit' } })).toBe(1)
  })

  it('accepts an update after the window has closed but marks it late', async () => {
    const { fellow, fellowship } = await makePlacedFellow()
    const res = await saveUpdate(fellow, input(fellowship.id, 0), at('2026-10-18', '00:01'))
    expect(res).toMatchObject({ status: 'SUBMITTED', late: true })
    const reporting = await myReporting(fellow, at('2026-10-20'))
    expect(reporting[0].periods[0].status).toBe('late')
  })

  it('refuses an update for a period that has not started', async () => {
    const { fellow, fellowship } = await makePlacedFellow()
    await expect(saveUpdate(fellow, input(fellowship.id, 2), at('2026-10-20'))).rejects.toMatchObject({
      code: 'INVALID',
      messageKey: 'errors.futurePeriod',
    })
    const db = await getDb()
    expect(await db.progressUpdate.count({ where: { fellowshipId: fellowship.id } })).toBe(0)
  })

  it('never rewrites a submitted update through the update form: a change is a correction (corrections.db.test.ts)', async () => {
    const { fellow, fellowship } = await makePlacedFellow()
    await saveUpdate(fellow, input(fellowship.id, 0), at('2026-10-12'))
    const mine = await getMyPeriod(fellow, fellowship.id, 0, at('2026-10-12'))
    expect(mine.canWrite).toBe(false)
    expect(mine.correction).toBeNull()
    await expect(
      saveUpdate(fellow, input(fellowship.id, 0, { accomplishments: 'Overwritten', version: mine.update!.version }), at('2026-10-13')),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      messageKey: 'errors.updateAlreadySubmitted',
    })
    expect((await getMyPeriod(fellow, fellowship.id, 0, at('2026-10-13'))).update!.accomplishments).toContain('licence workflow')
  })

  it('refuses a save from a stale tab instead of overwriting', async () => {
    const { fellow, fellowship } = await makePlacedFellow()
    await saveUpdate(fellow, input(fellowship.id, 0, { intent: 'draft' }), at('2026-10-05'))
    const v = (await getMyPeriod(fellow, fellowship.id, 0, at('2026-10-05'))).update!.version
    await saveUpdate(fellow, input(fellowship.id, 0, { intent: 'draft', accomplishments: 'Tab one', version: v }), at('2026-10-05'))
    await expect(
      saveUpdate(fellow, input(fellowship.id, 0, { intent: 'draft', accomplishments: 'Tab two', version: v }), at('2026-10-05')),
    ).rejects.toMatchObject({ code: 'STALE' })
    // A second "new" update for the same period (opened before the first was saved) is stale too.
    await expect(saveUpdate(fellow, input(fellowship.id, 0, { intent: 'draft' }), at('2026-10-05'))).rejects.toMatchObject({
      code: 'STALE',
    })
    expect((await getMyPeriod(fellow, fellowship.id, 0, at('2026-10-05'))).update!.accomplishments).toBe('Tab one')
  })

  it("treats another fellow's fellowship, or a period beyond the cycle, as not found", async () => {
    const a = await makePlacedFellow()
    const b = await makePlacedFellow()
    await expect(saveUpdate(a.fellow, input(b.fellowship.id, 0), at('2026-10-10'))).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(getMyPeriod(a.fellow, b.fellowship.id, 0)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(getMyPeriod(a.fellow, a.fellowship.id, 99)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    const theirs = await makeSubmittedUpdate(b.fellowship.id, 0)
    await expect(getUpdate(a.fellow, theirs.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('refuses updates on a fellowship that has ended', async () => {
    const { fellow, fellowship } = await makePlacedFellow()
    const db = await getDb()
    await db.fellowship.update({ where: { id: fellowship.id }, data: { status: 'WITHDRAWN' } })
    await expect(saveUpdate(fellow, input(fellowship.id, 0), at('2026-10-10'))).rejects.toMatchObject({
      messageKey: 'errors.fellowshipInactive',
    })
  })
})

describe("a fellow's reporting overview", () => {
  it('shows each period as done, late, missing, due or upcoming', async () => {
    const { fellow, fellowship } = await makePlacedFellow()
    await makeSubmittedUpdate(fellowship.id, 0)
    await makeSubmittedUpdate(fellowship.id, 1, { late: true })
    await makeSubmittedUpdate(fellowship.id, 3, { status: 'DRAFT' })
    const [f] = await myReporting(fellow, at('2026-11-28'))
    expect(f.periods.map((p) => p.status)).toEqual(['done', 'late', 'missing', 'due', 'due', 'upcoming', 'upcoming'])
    expect(f.counts).toEqual({ done: 1, late: 1, missing: 1, due: 2, upcoming: 2 })
    expect(f.periods[3].update?.status).toBe('DRAFT')
    expect(f.projects).toHaveLength(1)
  })
})

describe('what partners see', () => {
  it("lists only their own department's fellows' submitted updates", async () => {
    const mine = await makePlacedFellow()
    const other = await makePlacedFellow()
    const partner = await makePartner(mine.departmentId)
    const u1 = await makeSubmittedUpdate(mine.fellowship.id, 0)
    await makeSubmittedUpdate(mine.fellowship.id, 1, { status: 'DRAFT' })
    const u3 = await makeSubmittedUpdate(other.fellowship.id, 0)
    const { rows, total } = await listRecentUpdates(partner)
    expect(rows.map((r) => r.id)).toEqual([u1.id])
    expect(total).toBe(1)
    await expect(getUpdate(partner, u3.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })

  it('loses sight of a fellow whose placement is not published or has moved on', async () => {
    const unpublished = await makePlacedFellow({ published: false })
    const partner = await makePartner(unpublished.departmentId)
    const u = await makeSubmittedUpdate(unpublished.fellowship.id, 0)
    await expect(getUpdate(partner, u.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    const moved = await makePlacedFellow({ placementStatus: 'TRANSFERRED' })
    const u2 = await makeSubmittedUpdate(moved.fellowship.id, 0)
    await expect(getUpdate(await makePartner(moved.departmentId), u2.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})

describe('the compliance board', () => {
  it('counts done, late and missing per fellow and filters by department', async () => {
    const a = await makePlacedFellow({ fellowName: 'Aamna Khan' })
    const b = await makePlacedFellow({ cycleId: a.cycleId, fellowName: 'Bilal Shah' })
    const staff = await makeViewer('STAFF')
    await makeSubmittedUpdate(a.fellowship.id, 0)
    await makeSubmittedUpdate(a.fellowship.id, 1, { late: true })
    await makeSubmittedUpdate(a.fellowship.id, 3)
    await makeSubmittedUpdate(b.fellowship.id, 1)
    // 28 Nov: periods 0-2 are closed, 3 is in its grace days, 4 is open, 5-6 have not started.
    const board = await complianceBoard(staff, a.cycleId, {}, at('2026-11-28'))
    expect(board.periods.map((p) => p.index)).toEqual([0, 1, 2, 3, 4])
    expect(board.closed).toBe(3)
    const rowA = board.rows.find((r) => r.name === 'Aamna Khan')!
    const rowB = board.rows.find((r) => r.name === 'Bilal Shah')!
    expect(rowA.cells.map((c) => c.status)).toEqual(['done', 'late', 'missing', 'done', 'due'])
    expect(rowA).toMatchObject({ done: 2, late: 1, missing: 1 })
    expect(rowB.cells.map((c) => c.status)).toEqual(['missing', 'done', 'missing', 'due', 'due'])
    expect(rowB).toMatchObject({ done: 1, late: 0, missing: 2 })
    expect(board.totals).toEqual({ done: 3, late: 1, missing: 3 })
    expect(board.departments.map((d) => d.id).sort()).toEqual([a.departmentId, b.departmentId].sort())

    const filtered = await complianceBoard(staff, a.cycleId, { departmentId: b.departmentId }, at('2026-11-28'))
    expect(filtered.rows.map((r) => r.name)).toEqual(['Bilal Shah'])
  })

  it('leaves out fellows who withdrew', async () => {
    const a = await makePlacedFellow()
    const db = await getDb()
    await db.fellowship.update({ where: { id: a.fellowship.id }, data: { status: 'WITHDRAWN' } })
    const board = await complianceBoard(await makeViewer('ADMIN'), a.cycleId, {}, pk('2026-11-28'))
    expect(board.rows).toEqual([])
  })
})
