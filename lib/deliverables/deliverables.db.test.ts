import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getDb } from '../server/db'
import { resetEnvCache } from '../env'
import { setStorageDriver } from '../files/storage'
import { findReadableFile } from '../downloads'
import { makeViewer } from '../../tests/support/factories'
import { makeDeliverable, makePartner, makePlacedFellow, pk } from '../../tests/support/factories-progress'
import { createDeliverable, updateDeliverable } from './mutations/define-deliverable'
import { submitVersion } from './mutations/submit-version'
import { reviewSubmission } from './mutations/review-submission'
import { getDeliverable, getProjectSetup, listDeliverables } from './queries'
import { isOverdue } from './status'

const stored = new Map<string, Uint8Array>()
beforeAll(() =>
  setStorageDriver({
    put: async (k, b) => void stored.set(k, b),
    get: async (k) => stored.get(k)!,
    remove: async (k) => void stored.delete(k),
  }),
)
afterAll(() => setStorageDriver(undefined))

const pdf = (name = 'requirements.pdf') => new File([new TextEncoder().encode('%PDF-1.7\n1 0 obj\n')], name, { type: 'application/pdf' })
const exeAsPdf = () => new File([new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00])], 'report.pdf', { type: 'application/pdf' })
const submitInput = (deliverableId: string, over: Partial<{ notes: string; links: string[]; idempotencyKey: string }> = {}) => ({
  deliverableId,
  notes: 'Requirements and the process map, agreed with the licensing section.',
  links: ['https://drive.example/requirements-v1'],
  idempotencyKey: randomUUID(),
  ...over,
})

async function setup() {
  const placed = await makePlacedFellow()
  const partner = await makePartner(placed.departmentId)
  const d = await makeDeliverable(placed.project.id, { reviewerId: partner.userId })
  return { ...placed, partner, d }
}

describe('defining deliverables', () => {
  it('lets staff name a reviewer only from the project’s own department, and refuses stale edits', async () => {
    const { project, departmentId } = await makePlacedFellow()
    const staff = await makeViewer('STAFF')
    const ours = await makePartner(departmentId)
    const theirs = await makeViewer('PARTNER')
    const base = { projectId: project.id, kind: 'MILESTONE' as const, title: 'Pilot release', dueDate: pk('2026-12-15') }
    await expect(createDeliverable(staff, { ...base, reviewerId: theirs.userId })).rejects.toMatchObject({
      fieldErrors: { reviewerId: 'errors.reviewerNotInDepartment' },
    })
    const { id } = await createDeliverable(staff, { ...base, reviewerId: ours.userId })
    const setup = await getProjectSetup(staff, project.id)
    expect(setup.deliverables).toMatchObject([{ id, title: 'Pilot release', kind: 'MILESTONE', reviewer: { name: ours.name } }])
    expect(setup.department.users.map((u) => u.id)).toEqual([ours.userId])
    const v = setup.deliverables[0].version
    await updateDeliverable(staff, { id, version: v, kind: 'MILESTONE', title: 'Pilot release (Peshawar)', reviewerId: ours.userId })
    await expect(updateDeliverable(staff, { id, version: v, kind: 'MILESTONE', title: 'Other' })).rejects.toMatchObject({ code: 'STALE' })
  })
})

describe('submitting and reviewing', () => {
  it('keeps every version: changes requested, resubmitted, approved with a sign-off record', async () => {
    const { fellow, partner, d, user } = await setup()
    const db = await getDb()
    const v1 = await submitVersion(fellow, submitInput(d.id), [pdf()])
    expect(v1).toMatchObject({ versionNumber: 1, repeated: false })
    expect(await db.notification.count({ where: { userId: partner.userId, kind: 'deliverable-submitted' } })).toBe(1)

    await expect(reviewSubmission(partner, { submissionId: v1.id, decision: 'CHANGES_REQUESTED', comments: ' ' })).rejects.toMatchObject({
      messageKey: 'errors.changesNeedComments',
    })
    await reviewSubmission(partner, { submissionId: v1.id, decision: 'CHANGES_REQUESTED', comments: 'Add the renewal and transfer flows.' })
    const mail = await db.notification.findFirstOrThrow({ where: { userId: user.id, kind: 'deliverable-decided' } })
    expect(mail.subject).toContain('Changes requested')
    expect(mail.body).toContain('Add the renewal and transfer flows.')
    expect((await getDeliverable(fellow, d.id)).status).toBe('CHANGES_REQUESTED')

    const v2 = await submitVersion(fellow, submitInput(d.id, { notes: 'Added renewal and transfer.' }))
    expect(v2.versionNumber).toBe(2)
    const approved = await reviewSubmission(partner, { submissionId: v2.id, decision: 'APPROVED' })
    expect(approved.versionNumber).toBe(2)

    const detail = await getDeliverable(fellow, d.id)
    expect(detail.status).toBe('APPROVED')
    expect(detail.submissions.map((s) => [s.versionNumber, s.review?.decision])).toEqual([
      [2, 'APPROVED'],
      [1, 'CHANGES_REQUESTED'],
    ])
    expect(detail.submissions[0].review).toMatchObject({ reviewer: { name: partner.name } })
    expect(detail.submissions[0].review!.decidedAt).toBeInstanceOf(Date)
    expect(detail.submissions[1].files.map((f) => f.file.originalName)).toEqual(['requirements.pdf'])
    expect(detail.canSubmit).toBe(false)
    await expect(submitVersion(fellow, submitInput(d.id))).rejects.toMatchObject({ messageKey: 'errors.alreadyApproved' })
    expect(await db.auditLog.count({ where: { entityId: d.id, action: { startsWith: 'deliverable.' } } })).toBe(4)
  })

  it('creates one version when the same form is posted twice, even at the same moment', async () => {
    const { fellow, d } = await setup()
    const key = randomUUID()
    const [a, b] = await Promise.all([
      submitVersion(fellow, submitInput(d.id, { idempotencyKey: key }), [pdf()]),
      submitVersion(fellow, submitInput(d.id, { idempotencyKey: key }), [pdf()]),
    ])
    expect(a.id).toBe(b.id)
    const again = await submitVersion(fellow, submitInput(d.id, { idempotencyKey: key }))
    expect(again).toMatchObject({ id: a.id, repeated: true })
    const db = await getDb()
    expect(await db.deliverableSubmission.count({ where: { deliverableId: d.id } })).toBe(1)
    expect(await db.submissionFile.count({ where: { submissionId: a.id } })).toBe(1)
  })

  it('lets only one of two reviewers deciding at once win, and tells the other', async () => {
    const placed = await makePlacedFellow()
    const p1 = await makePartner(placed.departmentId)
    const p2 = await makePartner(placed.departmentId)
    const d = await makeDeliverable(placed.project.id, { reviewerId: null })
    const v1 = await submitVersion(placed.fellow, submitInput(d.id))
    const results = await Promise.allSettled([
      reviewSubmission(p1, { submissionId: v1.id, decision: 'APPROVED' }),
      reviewSubmission(p2, { submissionId: v1.id, decision: 'CHANGES_REQUESTED', comments: 'Not yet' }),
    ])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult
    expect(lost.reason).toMatchObject({ code: 'CONFLICT', messageKey: 'errors.alreadyDecided' })
    const db = await getDb()
    const reviews = await db.deliverableReview.findMany({ where: { submissionId: v1.id } })
    expect(reviews).toHaveLength(1)
    const final = await db.deliverable.findUniqueOrThrow({ where: { id: d.id } })
    expect(final.status).toBe(reviews[0].decision)
  })

  it('refuses a decision on a version that a newer one replaced, and from someone other than the named reviewer', async () => {
    const { fellow, partner, d, departmentId } = await setup()
    const v1 = await submitVersion(fellow, submitInput(d.id))
    await submitVersion(fellow, submitInput(d.id, { notes: 'Corrected' }))
    await expect(reviewSubmission(partner, { submissionId: v1.id, decision: 'APPROVED' })).rejects.toMatchObject({
      messageKey: 'errors.newerVersion',
    })
    const colleague = await makePartner(departmentId)
    const latest = (await getDeliverable(colleague, d.id)).latest!
    expect((await getDeliverable(colleague, d.id)).canReview).toBe(false)
    await expect(reviewSubmission(colleague, { submissionId: latest.id, decision: 'APPROVED' })).rejects.toMatchObject({
      messageKey: 'errors.notNamedReviewer',
    })
  })
})

describe('bad input', () => {
  it('refuses an empty version, an executable disguised as a PDF and a file over the limit, writing nothing', async () => {
    const { fellow, d } = await setup()
    const db = await getDb()
    await expect(submitVersion(fellow, { deliverableId: d.id, links: [], idempotencyKey: randomUUID() })).rejects.toMatchObject({
      fieldErrors: { notes: 'errors.submissionEmpty' },
    })
    const before = stored.size
    await expect(submitVersion(fellow, submitInput(d.id), [pdf(), exeAsPdf()])).rejects.toMatchObject({
      fieldErrors: { files: 'errors.fileType' },
    })
    process.env.UPLOAD_MAX_BYTES = '10'
    resetEnvCache()
    try {
      await expect(submitVersion(fellow, submitInput(d.id), [pdf()])).rejects.toMatchObject({
        fieldErrors: { files: 'errors.fileTooLarge' },
      })
    } finally {
      delete process.env.UPLOAD_MAX_BYTES
      resetEnvCache()
    }
    await expect(
      submitVersion(
        fellow,
        submitInput(d.id),
        Array.from({ length: 6 }, () => pdf()),
      ),
    ).rejects.toMatchObject({ messageKey: 'errors.tooManyFiles' })
    expect(stored.size).toBe(before)
    expect(await db.deliverableSubmission.count({ where: { deliverableId: d.id } })).toBe(0)
    expect((await db.deliverable.findUniqueOrThrow({ where: { id: d.id } })).status).toBe('NOT_STARTED')
  })
})

describe('who sees what', () => {
  it("hides another department's deliverables and files from a partner, and another project's from a fellow", async () => {
    const { fellow, partner, d } = await setup()
    const other = await setup()
    const v = await submitVersion(fellow, submitInput(d.id), [pdf()])
    const fileId = (await getDeliverable(fellow, d.id)).submissions[0].files[0].file.id
    expect((await findReadableFile(partner, fileId)).id).toBe(fileId)
    await expect(findReadableFile(other.partner, fileId)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(findReadableFile(other.fellow, fileId)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(getDeliverable(other.partner, d.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(reviewSubmission(other.partner, { submissionId: v.id, decision: 'APPROVED' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(getDeliverable(other.fellow, d.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(submitVersion(other.fellow, submitInput(d.id))).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect((await listDeliverables(other.partner)).map((x) => x.id)).toEqual([other.d.id])
    expect((await listDeliverables(partner, { awaitingReview: true })).map((x) => x.id)).toEqual([d.id])
    const staffView = await listDeliverables(await makeViewer('STAFF'), { departmentId: other.departmentId })
    expect(staffView.map((x) => x.id)).toEqual([other.d.id])
  })

  it('marks a deliverable overdue after its due date until it is approved', () => {
    const now = pk('2026-11-20')
    expect(isOverdue({ dueDate: pk('2026-11-15'), status: 'SUBMITTED' }, now)).toBe(true)
    expect(isOverdue({ dueDate: pk('2026-11-15'), status: 'APPROVED' }, now)).toBe(false)
    expect(isOverdue({ dueDate: pk('2026-11-25'), status: 'NOT_STARTED' }, now)).toBe(false)
    expect(isOverdue({ dueDate: null, status: 'NOT_STARTED' }, now)).toBe(false)
  })
})

describe('after the fellowship', () => {
  it('takes no new versions from a fellow whose fellowship has ended', async () => {
    const { fellow, d, fellowship } = await setup()
    const db = await getDb()
    await db.fellowship.update({ where: { id: fellowship.id }, data: { status: 'COMPLETED' } })
    expect((await getDeliverable(fellow, d.id)).canSubmit).toBe(false)
    await expect(submitVersion(fellow, submitInput(d.id))).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})
