// Ending a placement early (or at the end of the cycle), with the reason kept on record.
import 'server-only'
import { write } from '../../server/unit-of-work'
import { permit } from '../../auth/permit'
import { AppError, notFound } from '../../server/errors'
import { updateVersioned } from '../../server/versioned'
import type { Viewer } from '../../auth/viewer'
import { departmentRecipients, placementMail, queueNotice } from '../notify'
import type { EndPlacementInput } from '../schema'

export async function endPlacement(viewer: Viewer, input: EndPlacementInput) {
  await write(viewer, permit('placement:manage'), async (tx, uow) => {
    const p = await tx.placement.findUnique({
      where: { id: input.placementId },
      select: {
        id: true,
        status: true,
        fellowshipId: true,
        project: { select: { title: true, titleUr: true, departmentId: true, focalContactId: true } },
        fellowship: { select: { user: { select: { id: true, name: true, email: true, active: true } } } },
      },
    })
    if (!p) throw notFound()
    await uow.lock('Fellowship', p.fellowshipId)
    if (p.status !== 'ACTIVE') throw new AppError('CLOSED', 'placement.errors.notActive')
    const now = new Date()
    await updateVersioned(tx.placement, p.id, input.version, { status: 'ENDED', endDate: now, endReason: input.reason })
    await tx.placementEvent.create({ data: { placementId: p.id, actorId: viewer.userId, type: 'ended', note: input.reason } })
    await uow.audit({
      action: 'placement.end',
      entityType: 'Placement',
      entityId: p.id,
      before: { status: 'ACTIVE' },
      after: { status: 'ENDED', endDate: now, reason: input.reason },
    })

    const u = p.fellowship.user
    if (u.active) {
      const text = placementMail.fellowMoved({
        name: u.name,
        ended: true,
        title: p.project.title,
        titleUr: p.project.titleUr,
        reason: input.reason,
      })
      await queueNotice(tx, { to: u.email, userId: u.id, name: u.name }, 'placement.ended', text)
    }
    for (const r of await departmentRecipients(tx, p.project.departmentId, p.project.focalContactId ? [p.project.focalContactId] : [])) {
      const text = placementMail.departmentChange({
        name: r.name,
        fellow: u.name,
        title: p.project.title,
        titleUr: p.project.titleUr,
        joined: false,
        reason: input.reason,
      })
      await queueNotice(tx, r, 'placement.ended', text)
    }
  })
}
