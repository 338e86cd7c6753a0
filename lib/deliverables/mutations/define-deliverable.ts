// Staff define a project's deliverables and milestones: title, description, due date and the
// department's focal person who signs them off.
import 'server-only'
import { write } from '../../server/unit-of-work'
import { permit } from '../../auth/permit'
import { AppError, notFound } from '../../server/errors'
import { updateVersioned } from '../../server/versioned'
import type { Tx } from '../../server/tx'
import type { Viewer } from '../../auth/viewer'
import type { CreateDeliverableInput, UpdateDeliverableInput } from '../schema'

/** The reviewer must be an active partner of the project's own department. */
async function checkReviewer(tx: Tx, departmentId: string, reviewerId: string | undefined) {
  if (!reviewerId) return
  const ok = await tx.user.findFirst({ where: { id: reviewerId, role: 'PARTNER', active: true, departmentId }, select: { id: true } })
  if (!ok) throw new AppError('INVALID', 'errors.reviewerNotInDepartment', { reviewerId: 'errors.reviewerNotInDepartment' })
}

export async function createDeliverable(viewer: Viewer, input: CreateDeliverableInput) {
  return write(viewer, permit('deliverable:define'), async (tx, uow) => {
    const project = await tx.project.findUnique({ where: { id: input.projectId }, select: { id: true, departmentId: true } })
    if (!project) throw notFound()
    await checkReviewer(tx, project.departmentId, input.reviewerId)
    const data = {
      projectId: project.id,
      kind: input.kind,
      title: input.title,
      titleUr: input.titleUr ?? null,
      description: input.description ?? null,
      dueDate: input.dueDate ?? null,
      reviewerId: input.reviewerId ?? null,
    }
    const d = await tx.deliverable.create({ data, select: { id: true } })
    await uow.audit({ action: 'deliverable.create', entityType: 'Deliverable', entityId: d.id, after: data })
    return d
  })
}

export async function updateDeliverable(viewer: Viewer, input: UpdateDeliverableInput) {
  await write(viewer, permit('deliverable:define'), async (tx, uow) => {
    const before = await tx.deliverable.findUnique({
      where: { id: input.id },
      select: {
        kind: true,
        title: true,
        titleUr: true,
        description: true,
        dueDate: true,
        reviewerId: true,
        project: { select: { departmentId: true } },
      },
    })
    if (!before) throw notFound()
    await checkReviewer(tx, before.project.departmentId, input.reviewerId)
    const data = {
      kind: input.kind,
      title: input.title,
      titleUr: input.titleUr ?? null,
      description: input.description ?? null,
      dueDate: input.dueDate ?? null,
      reviewerId: input.reviewerId ?? null,
    }
    await updateVersioned(tx.deliverable, input.id, input.version, data)
    const { project: _p, ...snapshot } = before
    await uow.audit({ action: 'deliverable.update', entityType: 'Deliverable', entityId: input.id, before: snapshot, after: data })
  })
}
