// Authorization matrix for progress reporting, deliverables, impact metrics and comments, and
// the record-level checks: another fellow's update or another department's deliverable is
// "not found", whatever its id.
import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { matrix } from '../support/authz'
import { makeViewer } from '../support/factories'
import { makeDeliverable, makeMetric, makePartner, makePlacedFellow, makeSubmittedUpdate, pk } from '../support/factories-progress'
import { getMyPeriod, getUpdate, listRecentUpdates, myReporting } from '../../lib/progress/queries'
import { saveUpdate } from '../../lib/progress/mutations/save-update'
import { correctUpdate, markUpdateReviewed } from '../../lib/progress/mutations/correct-update'
import { complianceBoard } from '../../lib/progress/compliance'
import { sendCycleReminders } from '../../lib/progress/mutations/send-reminders'
import { partnerPortal } from '../../lib/progress/portal'
import { getDeliverable, getProjectSetup, listCycleProjects, listDeliverables } from '../../lib/deliverables/queries'
import { createDeliverable, updateDeliverable } from '../../lib/deliverables/mutations/define-deliverable'
import { submitVersion } from '../../lib/deliverables/mutations/submit-version'
import { reviewSubmission } from '../../lib/deliverables/mutations/review-submission'
import { listProjectMetrics } from '../../lib/metrics/queries'
import { defineMetric, recordMetricValue } from '../../lib/metrics/mutations'
import { addComment, listComments } from '../../lib/comments/comments'

const STAFF: ('ADMIN' | 'STAFF')[] = ['ADMIN', 'STAFF']
const READERS: ('ADMIN' | 'STAFF' | 'PARTNER' | 'FELLOW')[] = ['ADMIN', 'STAFF', 'PARTNER', 'FELLOW']
const updateInput = (fellowshipId: string) => ({
  fellowshipId,
  periodIndex: 0,
  accomplishments: 'Work',
  links: [],
  intent: 'submit' as const,
})

let w: Awaited<ReturnType<typeof makePlacedFellow>>
let updateId: string
let reviewed: Awaited<ReturnType<typeof makePlacedFellow>> | undefined
let deliverableId: string
let metricId: string
beforeAll(async () => {
  w = await makePlacedFellow()
  updateId = (await makeSubmittedUpdate(w.fellowship.id, 0)).id
  deliverableId = (await makeDeliverable(w.project.id)).id
  metricId = (await makeMetric(w.project.id)).id
})

describe('progress updates', () => {
  matrix('myReporting', ['FELLOW'], (v) => myReporting(v))
  matrix('getMyPeriod', ['FELLOW'], (v) => getMyPeriod(v, w.fellowship.id, 0))
  matrix('saveUpdate', ['FELLOW'], (v) => saveUpdate(v, updateInput(w.fellowship.id)))
  matrix('getUpdate', READERS, (v) => getUpdate(v, updateId))
  matrix('correctUpdate', ['FELLOW'], (v) => correctUpdate(v, { updateId, accomplishments: 'Fixed', links: [], version: 0 }))
  // One update per role (a review is once), each in a period of its own, of a fellow no other test counts.
  let reviewPeriod = 0
  matrix('markUpdateReviewed', STAFF, async (v) => {
    reviewed ??= await makePlacedFellow()
    return markUpdateReviewed(v, { updateId: (await makeSubmittedUpdate(reviewed.fellowship.id, reviewPeriod++)).id, version: 0 })
  })
  matrix('listRecentUpdates', READERS, (v) => listRecentUpdates(v))
  matrix('complianceBoard', STAFF, (v) => complianceBoard(v, w.cycleId))
  matrix('sendCycleReminders', STAFF, (v) => sendCycleReminders(v, w.cycleId, pk('2026-10-02')))
  matrix('partnerPortal', ['PARTNER'], (v) => partnerPortal(v))
})

describe('deliverables', () => {
  matrix('listDeliverables', READERS, (v) => listDeliverables(v))
  matrix('getDeliverable', READERS, (v) => getDeliverable(v, deliverableId))
  matrix('getProjectSetup', STAFF, (v) => getProjectSetup(v, w.project.id))
  matrix('listCycleProjects', STAFF, (v) => listCycleProjects(v, w.cycleId))
  matrix('createDeliverable', STAFF, (v) => createDeliverable(v, { projectId: w.project.id, kind: 'DELIVERABLE', title: 'Handover' }))
  matrix('updateDeliverable', STAFF, async (v) => {
    const d = await makeDeliverable(w.project.id)
    return updateDeliverable(v, { id: d.id, version: d.version, kind: 'MILESTONE', title: 'Pilot' })
  })
  matrix('submitVersion', ['FELLOW'], (v) => submitVersion(v, { deliverableId, notes: 'v1', links: [], idempotencyKey: randomUUID() }))
  matrix('reviewSubmission', ['PARTNER'], (v) => reviewSubmission(v, { submissionId: randomUUID(), decision: 'APPROVED' }))
})

describe('impact metrics and comments', () => {
  matrix('listProjectMetrics', READERS, (v) => listProjectMetrics(v))
  matrix('defineMetric', STAFF, (v) =>
    defineMetric(v, { projectId: w.project.id, name: `M ${randomUUID()}`, unit: 'records', cumulative: true }),
  )
  matrix('recordMetricValue', ['FELLOW', 'ADMIN', 'STAFF'], (v) =>
    recordMetricValue(v, { metricId, value: '10', recordedOn: pk('2026-11-01') }),
  )
  matrix('listComments', READERS, (v) => listComments(v, 'update', updateId))
  matrix('addComment', READERS, (v) => addComment(v, { target: 'deliverable', targetId: deliverableId, body: 'Noted' }))
})

describe('record-level access (IDOR)', () => {
  it("gives a partner 'not found' for every path into another department's deliverable", async () => {
    const theirs = await makePlacedFellow()
    const d = await makeDeliverable(theirs.project.id)
    const v1 = await submitVersion(theirs.fellow, { deliverableId: d.id, notes: 'v1', links: [], idempotencyKey: randomUUID() })
    const outsider = await makePartner(w.departmentId)
    const nf = { code: 'NOT_FOUND' }
    await expect(getDeliverable(outsider, d.id)).rejects.toMatchObject(nf)
    await expect(reviewSubmission(outsider, { submissionId: v1.id, decision: 'APPROVED' })).rejects.toMatchObject(nf)
    await expect(listComments(outsider, 'deliverable', d.id)).rejects.toMatchObject(nf)
    await expect(addComment(outsider, { target: 'deliverable', targetId: d.id, body: 'x' })).rejects.toMatchObject(nf)
    await expect(listProjectMetrics(outsider, theirs.project.id)).rejects.toMatchObject(nf)
    // A made-up id looks exactly the same.
    await expect(getDeliverable(outsider, randomUUID())).rejects.toMatchObject(nf)
  })

  it("gives a fellow 'not found' for another fellow's update, period or deliverable", async () => {
    const other = await makePlacedFellow()
    const theirUpdate = await makeSubmittedUpdate(other.fellowship.id, 0)
    const theirDeliverable = await makeDeliverable(other.project.id)
    const nf = { code: 'NOT_FOUND' }
    await expect(getUpdate(w.fellow, theirUpdate.id)).rejects.toMatchObject(nf)
    await expect(getMyPeriod(w.fellow, other.fellowship.id, 0)).rejects.toMatchObject(nf)
    await expect(saveUpdate(w.fellow, updateInput(other.fellowship.id))).rejects.toMatchObject(nf)
    await expect(
      correctUpdate(w.fellow, { updateId: theirUpdate.id, accomplishments: 'Mine now', links: [], version: theirUpdate.version }),
    ).rejects.toMatchObject(nf)
    await expect(listComments(w.fellow, 'update', theirUpdate.id)).rejects.toMatchObject(nf)
    await expect(getDeliverable(w.fellow, theirDeliverable.id)).rejects.toMatchObject(nf)
    await expect(
      submitVersion(w.fellow, { deliverableId: theirDeliverable.id, notes: 'x', links: [], idempotencyKey: randomUUID() }),
    ).rejects.toMatchObject(nf)
  })

  it("gives a partner 'not found' for updates of fellows placed elsewhere", async () => {
    const other = await makePlacedFellow()
    const u = await makeSubmittedUpdate(other.fellowship.id, 0)
    const partner = await makePartner(w.departmentId)
    await expect(getUpdate(partner, u.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect((await listRecentUpdates(partner)).rows.map((r) => r.id)).toEqual([updateId])
    // Their own department's update is readable.
    expect((await getUpdate(partner, updateId)).update.id).toBe(updateId)
    // A partner without a department sees nothing at all.
    const unattached = await makeViewer('PARTNER', { departmentId: null })
    expect((await listDeliverables(unattached)).length).toBe(0)
    expect(await partnerPortal(unattached)).toBeNull()
  })
})
