// Staff schedule a session for a cycle, edit it (with the version they loaded) and cancel or
// restore it; each write leaves an audit row.
import 'server-only'
import type { Prisma } from '@prisma/client'
import { write } from '../../server/unit-of-work'
import { permit } from '../../auth/permit'
import { AppError, notFound } from '../../server/errors'
import { updateVersioned } from '../../server/versioned'
import type { Tx } from '../../server/tx'
import type { Viewer } from '../../auth/viewer'
import type { CancelEventInput, CreateEventInput, UpdateEventInput } from '../schema'

type Fields = Omit<CreateEventInput, 'cycleId'>

function dataOf(input: Fields) {
  return {
    kind: input.kind,
    title: input.title,
    titleUr: input.titleUr,
    description: input.description ?? null,
    descriptionUr: input.descriptionUr ?? null,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    place: input.place ?? null,
    onlineUrl: input.onlineUrl ?? null,
    departmentIds: [...new Set(input.departmentIds.map((d) => d.toLowerCase()))],
    invitePartners: input.invitePartners,
  } satisfies Prisma.CohortEventUncheckedUpdateInput
}

/** Invited departments must take part in the cycle (a seat request or a project there). */
async function checkDepartments(tx: Tx, cycleId: string, departmentIds: string[]) {
  if (!departmentIds.length) return
  const known = await tx.department.count({
    where: { id: { in: departmentIds }, OR: [{ cycles: { some: { cycleId } } }, { projects: { some: { cycleId } } }] },
  })
  if (known !== new Set(departmentIds).size) throw new AppError('NOT_FOUND', 'errors.notFound', { departmentIds: 'errors.notFound' })
}

export async function createEvent(viewer: Viewer, input: CreateEventInput) {
  return write(viewer, permit('event:manage'), async (tx, uow) => {
    const cycle = await tx.cycle.findUnique({ where: { id: input.cycleId }, select: { id: true, archivedAt: true } })
    if (!cycle || cycle.archivedAt) throw notFound()
    const data = dataOf(input)
    await checkDepartments(tx, cycle.id, data.departmentIds)
    const e = await tx.cohortEvent.create({ data: { ...data, cycleId: cycle.id, createdById: viewer.userId }, select: { id: true } })
    await uow.audit({ action: 'event.create', entityType: 'CohortEvent', entityId: e.id, after: data })
    return e
  })
}

export async function updateEvent(viewer: Viewer, input: UpdateEventInput) {
  return write(viewer, permit('event:manage'), async (tx, uow) => {
    const before = await tx.cohortEvent.findUnique({ where: { id: input.eventId } })
    if (!before) throw notFound()
    const data = dataOf(input)
    await checkDepartments(tx, before.cycleId, data.departmentIds)
    await updateVersioned(tx.cohortEvent, before.id, input.version, data)
    const { id: _id, cycleId: _c, createdById: _b, createdAt: _t, updatedAt: _u, version: _v, ...was } = before
    await uow.audit({ action: 'event.update', entityType: 'CohortEvent', entityId: before.id, before: was, after: data })
  })
}

export async function cancelEvent(viewer: Viewer, input: CancelEventInput, now = new Date()) {
  return write(viewer, permit('event:manage'), async (tx, uow) => {
    const e = await tx.cohortEvent.findUnique({ where: { id: input.eventId }, select: { id: true, cancelledAt: true } })
    if (!e) throw notFound()
    const cancelledAt = input.intent === 'cancel' ? (e.cancelledAt ?? now) : null
    await updateVersioned(tx.cohortEvent, e.id, input.version, { cancelledAt })
    await uow.audit({
      action: input.intent === 'cancel' ? 'event.cancel' : 'event.restore',
      entityType: 'CohortEvent',
      entityId: e.id,
      before: { cancelledAt: e.cancelledAt },
      after: { cancelledAt },
    })
  })
}
