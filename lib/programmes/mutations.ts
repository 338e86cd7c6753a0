// Creating, editing and archiving programmes, each audited.
import 'server-only'
import { getDb } from '../server/db'
import { assertCan } from '../auth/policy'
import { AppError, isUniqueViolation, notFound } from '../server/errors'
import { updateVersioned } from '../server/versioned'
import { writeAudit } from '../audit/write'
import type { Viewer } from '../auth/viewer'
import type { CreateProgrammeInput, UpdateProgrammeInput } from './schema'

const slugTaken = () => new AppError('DUPLICATE', 'errors.duplicate', { slug: 'errors.duplicate' })

export async function createProgramme(viewer: Viewer, input: CreateProgrammeInput) {
  assertCan(viewer, 'programme:manage')
  const db = await getDb()
  try {
    return await db.$transaction(async (tx) => {
      const p = await tx.programme.create({ data: input })
      await writeAudit(tx, { actorId: viewer.userId, action: 'programme.create', entityType: 'Programme', entityId: p.id, after: input })
      return { id: p.id }
    })
  } catch (e) {
    if (isUniqueViolation(e)) throw slugTaken()
    throw e
  }
}

export async function updateProgramme(viewer: Viewer, input: UpdateProgrammeInput) {
  assertCan(viewer, 'programme:manage')
  const db = await getDb()
  const { id, version, ...data } = input
  try {
    await db.$transaction(async (tx) => {
      const before = await tx.programme.findUnique({ where: { id } })
      if (!before) throw notFound()
      await updateVersioned(tx.programme, id, version, data)
      await writeAudit(tx, { actorId: viewer.userId, action: 'programme.update', entityType: 'Programme', entityId: id, before, after: data })
    })
  } catch (e) {
    if (isUniqueViolation(e)) throw slugTaken()
    throw e
  }
}

export async function setProgrammeArchived(viewer: Viewer, id: string, archive: boolean) {
  assertCan(viewer, 'programme:manage')
  const db = await getDb()
  await db.$transaction(async (tx) => {
    const before = await tx.programme.findUnique({ where: { id }, select: { archivedAt: true } })
    if (!before) throw notFound()
    // Decision: refused while a cycle is recruiting or running. Archiving the programme would
    // hide that cycle's call and fellows yet leave it open and counted; staff close it first.
    if (archive) {
      const open = await tx.cycle.count({ where: { programmeId: id, archivedAt: null, status: { in: ['RECRUITING', 'SELECTING', 'PLACING', 'ACTIVE'] } } })
      if (open) throw new AppError('CONFLICT', 'errors.programmeHasOpenCycles')
    }
    const archivedAt = archive ? new Date() : null
    await tx.programme.update({ where: { id }, data: { archivedAt, version: { increment: 1 } } })
    await writeAudit(tx, {
      actorId: viewer.userId,
      action: archive ? 'programme.archive' : 'programme.restore',
      entityType: 'Programme',
      entityId: id,
      before,
      after: { archivedAt },
    })
  })
}
