// Issue 13: "Only you can see it until you submit it" must hold in the audit log too.
import { describe, expect, it } from 'vitest'
import { getDb } from '../server/db'
import { makeViewer } from '../../tests/support/factories'
import { makePlacedFellow } from '../../tests/support/factories-progress'
import { saveUpdate } from '../progress/mutations/save-update'
import { listAudit } from '../people/queries'

const at = (d: string) => new Date(`${d}T12:00:00+05:00`)
const SECRET = 'Draft only I should see: the DG has not signed the SOP yet.'

describe('the audit log keeps no draft text', () => {
  it('records a saved draft and its edits by ids, status and lengths only', async () => {
    const { fellow, fellowship } = await makePlacedFellow()
    const staff = await makeViewer('STAFF')
    const draft = await saveUpdate(
      fellow,
      {
        fellowshipId: fellowship.id,
        periodIndex: 0,
        accomplishments: SECRET,
        blockers: 'Private blocker',
        nextSteps: undefined,
        hours: 5,
        links: ['https://drive.example/x'],
        intent: 'draft',
      },
      at('2026-10-10'),
    )
    await saveUpdate(
      fellow,
      {
        fellowshipId: fellowship.id,
        periodIndex: 0,
        accomplishments: `${SECRET} More.`,
        blockers: 'Private blocker',
        hours: 6,
        links: [],
        version: 0,
        intent: 'draft',
      },
      at('2026-10-11'),
    )
    const db = await getDb()
    const rows = await db.auditLog.findMany({ where: { entityId: draft.id }, orderBy: { createdAt: 'asc' } })
    expect(rows.map((r) => r.action)).toEqual(['update.draft', 'update.edit'])
    const stored = JSON.stringify(rows.map((r) => [r.before, r.after]))
    expect(stored).not.toContain('DG has not signed')
    expect(stored).not.toContain('Private blocker')
    expect(stored).not.toContain('drive.example')
    expect(rows[0].after).toMatchObject({ periodIndex: 0, status: 'DRAFT', accomplishmentsLength: SECRET.length, linksCount: 1, hours: 5 })
    const shown = await listAudit(staff, { entityId: draft.id })
    expect(JSON.stringify(shown.rows)).not.toContain('DG has not signed')
  })

  it('shows no draft text from rows written before the rule', async () => {
    const { fellowship } = await makePlacedFellow()
    const staff = await makeViewer('STAFF')
    const db = await getDb()
    const u = await db.progressUpdate.create({
      data: {
        fellowshipId: fellowship.id,
        periodIndex: 1,
        periodStart: at('2026-10-15'),
        periodEnd: at('2026-10-28'),
        accomplishments: SECRET,
        status: 'DRAFT',
      },
    })
    await db.auditLog.create({
      data: {
        actorId: null,
        action: 'update.draft',
        entityType: 'ProgressUpdate',
        entityId: u.id,
        after: { periodIndex: 1, accomplishments: SECRET, blockers: null, links: [], status: 'DRAFT' },
      },
    })
    await db.auditLog.create({
      data: {
        actorId: null,
        action: 'review.save',
        entityType: 'Review',
        entityId: u.id,
        after: { scores: [{ criterionId: 'x', score: 2 }], weightedScore: 2 },
      },
    })
    const shown = await listAudit(staff, { entityId: u.id })
    expect(JSON.stringify(shown.rows)).not.toContain('DG has not signed')
    expect(shown.rows.find((r) => r.action === 'update.draft')?.after).toEqual({
      periodIndex: 1,
      accomplishmentsLength: SECRET.length,
      blockersLength: 0,
      linksCount: 0,
      status: 'DRAFT',
    })
    // A reviewer's unsubmitted scores are theirs too: only how many were given is shown.
    expect(shown.rows.find((r) => r.action === 'review.save')?.after).toEqual({ scoresCount: 1, weightedScore: 2 })
  })
})
