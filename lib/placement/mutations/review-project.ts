// Staff approve a proposed project (fellows can then rank it) or return it with a note.
import 'server-only'
import { write } from '../../server/unit-of-work'
import { permit } from '../../auth/permit'
import { notFound } from '../../server/errors'
import { updateVersioned } from '../../server/versioned'
import type { Viewer } from '../../auth/viewer'
import { departmentRecipients, placementMail, queueNotice } from '../notify'
import type { ReviewProjectInput } from '../schema'
import { projectRefusal, reviewProjectBlock } from '../policy'
import { localText } from '../../i18n/local-text'
import { applyTemplatesToProject } from '../../cycles/templates/apply'

export async function reviewProject(viewer: Viewer, input: ReviewProjectInput) {
  const status = input.decision === 'approve' ? ('APPROVED' as const) : ('RETURNED' as const)
  await write(viewer, permit('project:manage'), async (tx, uow) => {
    const before = await tx.project.findUnique({
      where: { id: input.id },
      select: {
        status: true,
        reviewNote: true,
        title: true,
        titleUr: true,
        departmentId: true,
        proposedBy: { select: { id: true, email: true, name: true, active: true } },
      },
    })
    if (!before) throw notFound()
    const block = reviewProjectBlock(viewer, before)
    if (block) throw projectRefusal(block)
    const reviewNote = input.note ?? null
    await updateVersioned(tx.project, input.id, input.version, { status, reviewNote })
    // An approved project starts with its cycle's standard deliverables and metrics.
    const templated = status === 'APPROVED' ? await applyTemplatesToProject(tx, input.id) : undefined
    await uow.audit({
      action: status === 'APPROVED' ? 'project.approve' : 'project.return',
      entityType: 'Project',
      entityId: input.id,
      before: { status: before.status, reviewNote: before.reviewNote },
      after: { status, reviewNote, ...(templated ? { templated } : {}) },
    })
    // The person who proposed it hears first; if they have left, the department's partners do.
    const proposer = before.proposedBy?.active
      ? [{ to: before.proposedBy.email, userId: before.proposedBy.id, name: before.proposedBy.name }]
      : []
    const recipients = proposer.length ? proposer : await departmentRecipients(tx, before.departmentId)
    const title = localText('en', before.title, before.titleUr)
    for (const r of recipients) {
      await queueNotice(
        tx,
        r,
        'placement.project-reviewed',
        placementMail.projectReviewed({ name: r.name, title, approved: status === 'APPROVED', note: reviewNote }),
      )
    }
  })
  return { status }
}
