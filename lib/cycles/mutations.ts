// Creating and editing cycles, moving them through their stages, and recording which
// departments take part with how many seats.
import 'server-only'
import { write } from '../server/unit-of-work'
import { permit } from '../auth/permit'
import { AppError, notFound } from '../server/errors'
import { updateVersioned } from '../server/versioned'
import type { Viewer } from '../auth/viewer'
import { carriedColumns, copyRows } from './templates/carry-over'
import { canMoveCycle, type CreateCycleInput, type CycleStatusName, type ParticipationInput, type UpdateCycleInput } from './schema'

const numberTaken = () => new AppError('DUPLICATE', 'errors.duplicate', { number: 'errors.duplicate' })

export async function createCycle(viewer: Viewer, input: CreateCycleInput) {
  return write(
    viewer,
    permit('cycle:manage'),
    async (tx, uow) => {
      const programme = await tx.programme.findFirst({ where: { id: input.programmeId, archivedAt: null }, select: { id: true } })
      if (!programme) throw new AppError('NOT_FOUND', 'errors.notFound', { programmeId: 'errors.notFound' })
      const { carryFromId, carry = [], ...fields } = input
      // The checked parts of an earlier cycle's set-up replace what the form says for them.
      const carried = carryFromId ? await carriedColumns(tx, carryFromId, carry) : undefined
      if (carried === null) throw new AppError('NOT_FOUND', 'errors.notFound', { carryFromId: 'errors.notFound' })
      const c = await tx.cycle.create({ data: { ...fields, ...carried } })
      await uow.audit({ action: 'cycle.create', entityType: 'Cycle', entityId: c.id, after: { ...fields, ...carried } })
      if (carryFromId) {
        const copied = await copyRows(tx, carryFromId, c.id, carry)
        await uow.audit({
          action: 'cycle.carry-over',
          entityType: 'Cycle',
          entityId: c.id,
          after: { from: carryFromId, parts: carry, copied },
        })
      }
      return { id: c.id }
    },
    { unique: numberTaken },
  )
}

export async function updateCycle(viewer: Viewer, input: UpdateCycleInput) {
  const { id, version, ...all } = input
  // Only the cycle's own fields: a new cycle's carry-over choices are no edit's business.
  const { carry: _carry, carryFromId: _from, ...rest } = all as typeof all & { carry?: unknown; carryFromId?: unknown }
  // Cleared date fields are saved as empty, not left as they were.
  const data = {
    ...rest,
    nameUr: rest.nameUr ?? null,
    applicationsOpenAt: rest.applicationsOpenAt ?? null,
    applicationsCloseAt: rest.applicationsCloseAt ?? null,
    startDate: rest.startDate ?? null,
    endDate: rest.endDate ?? null,
  }
  await write(
    viewer,
    permit('cycle:manage'),
    async (tx, uow) => {
      const before = await tx.cycle.findUnique({ where: { id } })
      if (!before) throw notFound()
      await updateVersioned(tx.cycle, id, version, data)
      await uow.audit({ action: 'cycle.update', entityType: 'Cycle', entityId: id, before, after: data })
    },
    { unique: numberTaken },
  )
}

export async function setCycleStatus(viewer: Viewer, input: { id: string; version: number; status: CycleStatusName }) {
  await write(viewer, permit('cycle:manage'), async (tx, uow) => {
    const before = await tx.cycle.findUnique({ where: { id: input.id }, select: { status: true } })
    if (!before) throw notFound()
    if (!canMoveCycle(before.status, input.status))
      throw new AppError('INVALID', 'errors.invalidChoice', { status: 'errors.invalidChoice' })
    await updateVersioned(tx.cycle, input.id, input.version, { status: input.status })
    await uow.audit({
      action: 'cycle.status',
      entityType: 'Cycle',
      entityId: input.id,
      before,
      after: { status: input.status },
    })
  })
}

export async function setCycleArchived(viewer: Viewer, id: string, archive: boolean) {
  await write(viewer, permit('cycle:manage'), async (tx, uow) => {
    const before = await tx.cycle.findUnique({ where: { id }, select: { archivedAt: true } })
    if (!before) throw notFound()
    const archivedAt = archive ? new Date() : null
    await tx.cycle.update({ where: { id }, data: { archivedAt, version: { increment: 1 } } })
    await uow.audit({
      action: archive ? 'cycle.archive' : 'cycle.restore',
      entityType: 'Cycle',
      entityId: id,
      before,
      after: { archivedAt },
    })
  })
}

export async function saveParticipation(viewer: Viewer, input: ParticipationInput) {
  await write(viewer, permit('cycle:manage'), async (tx, uow) => {
    const [cycle, dept] = await Promise.all([
      tx.cycle.findUnique({ where: { id: input.cycleId }, select: { id: true } }),
      tx.department.findFirst({ where: { id: input.departmentId, archivedAt: null }, select: { id: true } }),
    ])
    if (!cycle) throw notFound()
    if (!dept) throw new AppError('NOT_FOUND', 'errors.notFound', { departmentId: 'errors.notFound' })
    if (input.focalPersonId) {
      const contact = await tx.partnerContact.findFirst({
        where: { id: input.focalPersonId, departmentId: input.departmentId, archivedAt: null },
        select: { id: true },
      })
      if (!contact) throw new AppError('NOT_FOUND', 'errors.notFound', { focalPersonId: 'errors.notFound' })
    }
    const key = { cycleId_departmentId: { cycleId: input.cycleId, departmentId: input.departmentId } }
    const before = await tx.cycleDepartment.findUnique({ where: key })
    const data = { seatsRequested: input.seatsRequested, focalPersonId: input.focalPersonId ?? null }
    const row = await tx.cycleDepartment.upsert({
      where: key,
      create: { cycleId: input.cycleId, departmentId: input.departmentId, ...data },
      update: { ...data, version: { increment: 1 } },
    })
    await uow.audit({
      action: before ? 'cycle.department.update' : 'cycle.department.add',
      entityType: 'CycleDepartment',
      entityId: row.id,
      before,
      after: { cycleId: input.cycleId, departmentId: input.departmentId, ...data },
    })
  })
}

export async function removeParticipation(viewer: Viewer, cycleId: string, departmentId: string) {
  await write(viewer, permit('cycle:manage'), async (tx, uow) => {
    const row = await tx.cycleDepartment.findUnique({ where: { cycleId_departmentId: { cycleId, departmentId } } })
    if (!row) throw notFound()
    const projects = await tx.project.count({ where: { cycleId, departmentId } })
    // A department with projects in the cycle keeps its place: removing it would orphan them.
    if (projects > 0) throw new AppError('CONFLICT', 'errors.conflict')
    await tx.cycleDepartment.delete({ where: { id: row.id } })
    await uow.audit({ action: 'cycle.department.remove', entityType: 'CycleDepartment', entityId: row.id, before: row })
  })
}
