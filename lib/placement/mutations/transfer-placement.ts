// Moving a placed fellow to another project mid-cycle. The old placement is kept, marked
// TRANSFERRED with the reason, and a new active one starts, so the history stays whole.
import 'server-only'
import { write } from '../../server/unit-of-work'
import { permit } from '../../auth/permit'
import { AppError, notFound } from '../../server/errors'
import { updateVersioned } from '../../server/versioned'
import type { Viewer } from '../../auth/viewer'
import { departmentRecipients, placementMail, queueNotice } from '../notify'
import type { TransferPlacementInput } from '../schema'
import { localText } from '../../i18n/local-text'

const projectSelect = {
  id: true,
  title: true,
  titleUr: true,
  seats: true,
  cycleId: true,
  departmentId: true,
  focalContactId: true,
} as const

export async function transferPlacement(viewer: Viewer, input: TransferPlacementInput) {
  const id = await write(viewer, permit('placement:manage'), async (tx, uow) => {
    const old = await tx.placement.findUnique({
      where: { id: input.placementId },
      select: {
        id: true,
        status: true,
        fellowshipId: true,
        project: { select: projectSelect },
        fellowship: { select: { user: { select: { id: true, name: true, email: true, active: true } } } },
      },
    })
    if (!old) throw notFound()
    await uow.lock('Fellowship', old.fellowshipId)
    if (old.status !== 'ACTIVE') throw new AppError('CLOSED', 'placement.errors.notActive')
    if (input.projectId === old.project.id)
      throw new AppError('INVALID', 'placement.errors.sameProject', { projectId: 'placement.errors.sameProject' })
    const target = await tx.project.findFirst({
      where: { id: input.projectId, cycleId: old.project.cycleId, status: 'APPROVED' },
      select: projectSelect,
    })
    if (!target) throw new AppError('NOT_FOUND', 'errors.notFound', { projectId: 'errors.notFound' })
    const declined = await tx.partnerPreference.findFirst({
      where: { projectId: target.id, fellowshipId: old.fellowshipId, acceptable: false },
      select: { id: true },
    })
    if (declined) {
      throw new AppError(
        'INVALID',
        'placement.errors.declinedByDepartment',
        { projectId: 'placement.errors.declinedByDepartment' },
        { fellow: old.fellowship.user.name },
      )
    }
    const taken = await tx.placement.count({ where: { projectId: target.id, status: 'ACTIVE' } })
    if (taken >= target.seats && !input.confirm) {
      const vars = { project: localText('en', target.title, target.titleUr), seats: target.seats, count: taken + 1 }
      throw new AppError(
        'CONFLICT',
        'placement.errors.needsConfirmation',
        { projectId: 'placement.errors.overCapacity', confirm: 'placement.errors.tickToConfirm' },
        vars,
      )
    }

    const now = new Date()
    await updateVersioned(tx.placement, old.id, input.version, { status: 'TRANSFERRED', endDate: now, endReason: input.reason })
    const pref = await tx.fellowPreference.findFirst({
      where: { fellowshipId: old.fellowshipId, projectId: target.id },
      select: { rank: true },
    })
    const explanation = JSON.stringify({
      kind: 'transfer',
      rank: pref?.rank ?? null,
      fromTitle: old.project.title,
      fromTitleUr: old.project.titleUr,
    })
    const next = await tx.placement.create({
      data: {
        fellowshipId: old.fellowshipId,
        projectId: target.id,
        status: 'ACTIVE',
        publishedAt: now,
        startDate: now,
        rankObtained: pref?.rank ?? null,
        explanation,
      },
      select: { id: true },
    })
    await tx.placementEvent.createMany({
      data: [
        { placementId: old.id, actorId: viewer.userId, type: 'transferred-out', note: input.reason },
        { placementId: next.id, actorId: viewer.userId, type: 'transferred-in', note: input.reason },
      ],
    })
    await uow.audit({
      action: 'placement.transfer',
      entityType: 'Placement',
      entityId: old.id,
      before: { projectId: old.project.id, status: 'ACTIVE' },
      after: { projectId: target.id, newPlacementId: next.id, reason: input.reason, overCapacity: taken >= target.seats },
    })

    const u = old.fellowship.user
    if (u.active) {
      const text = placementMail.fellowMoved({
        name: u.name,
        ended: false,
        title: old.project.title,
        titleUr: old.project.titleUr,
        toTitle: target.title,
        toTitleUr: target.titleUr,
        reason: input.reason,
      })
      await queueNotice(tx, { to: u.email, userId: u.id, name: u.name }, 'placement.transferred', text)
    }
    for (const [project, joined] of [
      [old.project, false],
      [target, true],
    ] as const) {
      for (const r of await departmentRecipients(tx, project.departmentId, project.focalContactId ? [project.focalContactId] : [])) {
        const text = placementMail.departmentChange({
          name: r.name,
          fellow: u.name,
          title: project.title,
          titleUr: project.titleUr,
          joined,
          reason: input.reason,
        })
        await queueNotice(tx, r, 'placement.transferred', text)
      }
    }
    return next.id
  })
  return { id }
}
