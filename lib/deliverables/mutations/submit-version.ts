// A fellow submits a new version of a deliverable: notes, links and files. The form's
// idempotency key makes a double-clicked (or re-sent) submit create one version.
import 'server-only'
import { getDb } from '../../server/db'
import { assertCan } from '../../auth/policy'
import { AppError, notFound, stale } from '../../server/errors'
import { write } from '../../server/unit-of-work'
import { permit } from '../../auth/permit'
import { DOCUMENT_KINDS, discardUpload, recordUpload, storeUpload, type StoredUpload } from '../../files/upload'
import type { Viewer } from '../../auth/viewer'
import { activeFellowProjectWhere } from '../../fellowships/scope'
import { MAX_SUBMISSION_FILES, type SubmitVersionInput } from '../schema'
import { refusal, submitBlock } from '../policy'
import { deliverableReviewers, mailEach } from '../notify'
import { deliverableEmails } from '../../i18n/emails/deliverables'

export interface SubmittedVersion {
  id: string
  versionNumber: number
  /** True when this key had already created the version (a repeated submit). */
  repeated: boolean
}

export async function submitVersion(viewer: Viewer, input: SubmitVersionInput, files: File[] = []): Promise<SubmittedVersion> {
  assertCan(viewer, 'deliverable:submit')
  if (files.length > MAX_SUBMISSION_FILES) {
    throw new AppError('INVALID', 'errors.tooManyFiles', { files: 'errors.tooManyFiles' }, { max: MAX_SUBMISSION_FILES })
  }
  if (!input.notes && input.links.length === 0 && files.length === 0) {
    throw new AppError('INVALID', 'errors.submissionEmpty', { notes: 'errors.submissionEmpty' })
  }
  const db = await getDb()
  // Only a fellow placed on the project, with the fellowship still running, adds versions.
  const visible = await db.deliverable.findFirst({
    where: { id: input.deliverableId, project: activeFellowProjectWhere(viewer) },
    select: { id: true },
  })
  if (!visible) throw notFound()

  const repeatOf = async () => {
    const s = await db.deliverableSubmission.findUnique({
      where: { idempotencyKey: input.idempotencyKey },
      select: { id: true, versionNumber: true, deliverableId: true, submittedById: true },
    })
    if (!s) return null
    // A key is only ever reused by the same person on the same form.
    if (s.deliverableId !== input.deliverableId || s.submittedById !== viewer.userId) throw new AppError('CONFLICT', 'errors.conflict')
    return { id: s.id, versionNumber: s.versionNumber, repeated: true }
  }
  const earlier = await repeatOf()
  if (earlier) return earlier

  // Files are checked and stored before the transaction; removed again if it fails.
  const stored: StoredUpload[] = []
  try {
    for (const f of files) stored.push(await storeUpload(f, { kinds: DOCUMENT_KINDS, field: 'files' }))
    return await write(viewer, permit('deliverable:submit'), async (tx, uow) => {
      // Submits and decisions on one deliverable take turns, so the version number and the
      // "is this the latest version" checks cannot race.
      await uow.lock('Deliverable', input.deliverableId)
      const d = await tx.deliverable.findUniqueOrThrow({
        where: { id: input.deliverableId },
        select: {
          id: true,
          title: true,
          titleUr: true,
          status: true,
          reviewerId: true,
          projectId: true,
          project: { select: { departmentId: true, title: true, titleUr: true } },
        },
      })
      // Placed on the project: the scoped read above found the deliverable.
      const block = submitBlock(viewer, { status: d.status, viewerPlaced: true })
      if (block) throw refusal(block)
      const last = await tx.deliverableSubmission.findFirst({
        where: { deliverableId: d.id },
        orderBy: { versionNumber: 'desc' },
        select: { versionNumber: true },
      })
      const versionNumber = (last?.versionNumber ?? 0) + 1
      const s = await tx.deliverableSubmission.create({
        data: {
          deliverableId: d.id,
          versionNumber,
          submittedById: viewer.userId,
          notes: input.notes ?? null,
          links: input.links,
          idempotencyKey: input.idempotencyKey,
        },
        select: { id: true },
      })
      const fileIds: string[] = []
      for (const u of stored) {
        const f = await recordUpload(tx, viewer.userId, u)
        await tx.submissionFile.create({ data: { submissionId: s.id, fileId: f.id } })
        fileIds.push(f.id)
      }
      await tx.deliverable.update({ where: { id: d.id }, data: { status: 'SUBMITTED', version: { increment: 1 } } })
      await uow.audit({
        action: 'deliverable.submit',
        entityType: 'Deliverable',
        entityId: d.id,
        before: { status: d.status },
        after: { status: 'SUBMITTED', submissionId: s.id, versionNumber, links: input.links, fileIds },
      })
      const to = await deliverableReviewers(tx, d)
      await mailEach(tx, to, 'deliverable-submitted', `/partner/deliverables/${d.id}`, (r) =>
        deliverableEmails.submitted({ to: r.name, by: viewer.name, d, version: versionNumber }),
      )
      return { id: s.id, versionNumber, repeated: false }
    })
  } catch (e) {
    await Promise.all(stored.map((u) => discardUpload(u)))
    // The write path reports a unique-key violation (the idempotency key) as DUPLICATE.
    if (e instanceof AppError && e.code === 'DUPLICATE') {
      // The same form posted twice at the same moment: the first post's version stands.
      const again = await repeatOf()
      if (again) return again
      throw stale()
    }
    throw e
  }
}
