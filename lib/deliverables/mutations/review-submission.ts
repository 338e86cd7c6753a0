// A partner decides on the latest version of a deliverable: approve (the sign-off record: who,
// when, which version) or request changes with comments. One decision per version: a second
// reviewer acting at the same time is told someone decided first.
import 'server-only'
import { getDb } from '../../server/db'
import { assertCan } from '../../auth/policy'
import { AppError, notFound } from '../../server/errors'
import { write } from '../../server/unit-of-work'
import { permit } from '../../auth/permit'
import type { Viewer } from '../../auth/viewer'
import { deliverableWhereFor } from '../../fellowships/scope'
import type { ReviewSubmissionInput } from '../schema'
import { decisionBlock, refusal } from '../policy'
import { mailEach, projectFellows } from '../notify'
import { deliverableEmails } from '../../i18n/emails/deliverables'

export async function reviewSubmission(viewer: Viewer, input: ReviewSubmissionInput) {
  assertCan(viewer, 'deliverable:review')
  // Also checked by the form's schema; a request for changes must say what to change.
  if (input.decision === 'CHANGES_REQUESTED' && !input.comments?.trim()) {
    throw new AppError('INVALID', 'errors.changesNeedComments', { comments: 'errors.changesNeedComments' })
  }
  const db = await getDb()
  const visible = await db.deliverableSubmission.findFirst({
    where: { id: input.submissionId, deliverable: deliverableWhereFor(viewer) },
    select: { deliverableId: true },
  })
  if (!visible) throw notFound()
  return write(
    viewer,
    permit('deliverable:review'),
    async (tx, uow) => {
      await uow.lock('Deliverable', visible.deliverableId)
      const s = await tx.deliverableSubmission.findUniqueOrThrow({
        where: { id: input.submissionId },
        select: {
          id: true,
          versionNumber: true,
          review: { select: { id: true } },
          deliverable: {
            select: {
              id: true,
              title: true,
              titleUr: true,
              status: true,
              reviewerId: true,
              projectId: true,
              project: { select: { title: true, titleUr: true, departmentId: true } },
              submissions: { orderBy: { versionNumber: 'desc' }, take: 1, select: { id: true } },
            },
          },
        },
      })
      const d = s.deliverable
      const block = decisionBlock(
        viewer,
        { departmentId: d.project.departmentId, reviewerId: d.reviewerId, latestSubmissionId: d.submissions[0]?.id ?? null },
        { id: s.id, decided: !!s.review },
      )
      if (block) throw refusal(block)
      const r = await tx.deliverableReview.create({
        data: { submissionId: s.id, reviewerId: viewer.userId, decision: input.decision, comments: input.comments ?? null },
        select: { id: true, decidedAt: true },
      })
      await tx.deliverable.update({ where: { id: d.id }, data: { status: input.decision, version: { increment: 1 } } })
      await uow.audit({
        action: input.decision === 'APPROVED' ? 'deliverable.approve' : 'deliverable.request-changes',
        entityType: 'Deliverable',
        entityId: d.id,
        before: { status: d.status },
        after: { status: input.decision, submissionId: s.id, versionNumber: s.versionNumber, comments: input.comments ?? null },
      })
      const approved = input.decision === 'APPROVED'
      await mailEach(tx, await projectFellows(tx, d.projectId), 'deliverable-decided', `/fellow/deliverables/${d.id}`, (f) =>
        deliverableEmails.decided({ to: f.name, by: viewer.name, d, version: s.versionNumber, approved, comments: input.comments }),
      )
      return { id: r.id, decidedAt: r.decidedAt, versionNumber: s.versionNumber }
    },
    // The unique submissionId is the last line of defence against two decisions on one version.
    { unique: () => new AppError('CONFLICT', 'errors.alreadyDecided') },
  )
}
