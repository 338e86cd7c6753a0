// Creating, editing and archiving programmes, each audited.
import 'server-only'
import { write } from '../server/unit-of-work'
import { permit } from '../auth/permit'
import { AppError, notFound } from '../server/errors'
import { updateVersioned } from '../server/versioned'
import type { Viewer } from '../auth/viewer'
import type { CreateProgrammeInput, UpdateProgrammeInput } from './schema'

const slugTaken = () => new AppError('DUPLICATE', 'errors.duplicate', { slug: 'errors.duplicate' })

export async function createProgramme(viewer: Viewer, input: CreateProgrammeInput) {
  return write(
    viewer,
    permit('programme:manage'),
    async (tx, uow) => {
      const p = await tx.programme.create({ data: input })
      await uow.audit({ action: 'programme.create', entityType: 'Programme', entityId: p.id, after: input })
      return { id: p.id }
    },
    { unique: slugTaken },
  )
}

export async function updateProgramme(viewer: Viewer, input: UpdateProgrammeInput) {
  const { id, version, ...data } = input
  await write(
    viewer,
    permit('programme:manage'),
    async (tx, uow) => {
      const before = await tx.programme.findUnique({ where: { id } })
      if (!before) throw notFound()
      await updateVersioned(tx.programme, id, version, data)
      await uow.audit({ action: 'programme.update', entityType: 'Programme', entityId: id, before, after: data })
    },
    { unique: slugTaken },
  )
}

export async function setProgrammeArchived(viewer: Viewer, id: string, archive: boolean) {
  await write(viewer, permit('programme:manage'), async (tx, uow) => {
    const before = await tx.programme.findUnique({ where: { id }, select: { archivedAt: true } })
    if (!before) throw notFound()
    // Decision: refused while a cycle is recruiting or running. Archiving the programme would
    // hide that cycle's call and fellows yet leave it open and counted; staff close it first.
    if (archive) {
      const open = await tx.cycle.count({
        where: { programmeId: id, archivedAt: null, status: { in: ['RECRUITING', 'SELECTING', 'PLACING', 'ACTIVE'] } },
      })
      if (open) throw new AppError('CONFLICT', 'errors.programmeHasOpenCycles')
    }
    const archivedAt = archive ? new Date() : null
    await tx.programme.update({ where: { id }, data: { archivedAt, version: { increment: 1 } } })
    await uow.audit({
      action: archive ? 'programme.archive' : 'programme.restore',
      entityType: 'Programme',
      entityId: id,
      before,
      after: { archivedAt },
    })
  })
}
