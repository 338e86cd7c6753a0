import { describe, expect, it } from 'vitest'
import { getDb } from '../server/db'
import { makeViewer } from '../../tests/support/factories'
import { makeDeliverable, makePartner, makePlacedFellow, makeSubmittedUpdate } from '../../tests/support/factories-progress'
import { addComment, listComments } from './comments'

describe('comment threads', () => {
  it('lets the partner, staff and the fellow talk on a submitted update, and tells the fellow', async () => {
    const { fellow, fellowship, departmentId, user } = await makePlacedFellow()
    const partner = await makePartner(departmentId)
    const staff = await makeViewer('STAFF')
    const u = await makeSubmittedUpdate(fellowship.id, 0)
    await addComment(partner, { target: 'update', targetId: u.id, body: 'The inspectors liked the checklist.' })
    await addComment(staff, { target: 'update', targetId: u.id, body: 'I will chase the server access.' })
    await addComment(fellow, { target: 'update', targetId: u.id, body: 'Thank you both.' })
    const thread = await listComments(fellow, 'update', u.id)
    expect(thread.map((c) => [c.author.role, c.body])).toEqual([
      ['PARTNER', 'The inspectors liked the checklist.'],
      ['STAFF', 'I will chase the server access.'],
      ['FELLOW', 'Thank you both.'],
    ])
    const db = await getDb()
    const mails = await db.notification.findMany({ where: { kind: 'comment', userId: user.id } })
    expect(mails).toHaveLength(2)
    expect(mails[0].body).toContain(`/fellow/updates/${fellowship.id}/0`)
  })

  it('keeps threads from anyone outside the project, and drafts from everyone but the fellow', async () => {
    const { fellow, fellowship, project, departmentId } = await makePlacedFellow()
    const outsider = await makePartner((await makePlacedFellow()).departmentId)
    const otherFellow = (await makePlacedFellow()).fellow
    const u = await makeSubmittedUpdate(fellowship.id, 0)
    const d = await makeDeliverable(project.id)
    for (const who of [outsider, otherFellow, await makeViewer('REVIEWER')]) {
      await expect(listComments(who, 'update', u.id)).rejects.toMatchObject({ code: who.role === 'REVIEWER' ? 'FORBIDDEN' : 'NOT_FOUND' })
      await expect(addComment(who, { target: 'deliverable', targetId: d.id, body: 'x' })).rejects.toMatchObject({
        code: who.role === 'REVIEWER' ? 'FORBIDDEN' : 'NOT_FOUND',
      })
    }
    const draft = await makeSubmittedUpdate(fellowship.id, 1, { status: 'DRAFT' })
    await expect(addComment(fellow, { target: 'update', targetId: draft.id, body: 'Note to self' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    await expect(addComment(await makePartner(departmentId), { target: 'update', targetId: draft.id, body: 'x' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
  })

  it("sends a fellow's comment on a deliverable to its reviewer, and the reviewer's back to the fellow", async () => {
    const { fellow, project, departmentId, user } = await makePlacedFellow()
    const partner = await makePartner(departmentId)
    const d = await makeDeliverable(project.id, { reviewerId: partner.userId })
    await addComment(fellow, { target: 'deliverable', targetId: d.id, body: 'Is the Urdu name needed on the licence?' })
    await addComment(partner, { target: 'deliverable', targetId: d.id, body: 'Yes, please.' })
    const db = await getDb()
    expect(await db.notification.count({ where: { kind: 'comment', userId: partner.userId } })).toBe(1)
    expect(await db.notification.count({ where: { kind: 'comment', userId: user.id } })).toBe(1)
    expect((await listComments(await makeViewer('ADMIN'), 'deliverable', d.id)).map((c) => c.body)).toEqual([
      'Is the Urdu name needed on the licence?',
      'Yes, please.',
    ])
  })
})
