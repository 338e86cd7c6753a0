// Departments and partner contacts: create, edit, archive; each change audited.
import 'server-only'
import { write } from '../server/unit-of-work'
import { permit } from '../auth/permit'
import { AppError, notFound } from '../server/errors'
import { updateVersioned } from '../server/versioned'
import type { Viewer } from '../auth/viewer'
import type { CreateContactInput, CreateDepartmentInput, UpdateContactInput, UpdateDepartmentInput } from './schema'

const nameTaken = () => new AppError('DUPLICATE', 'errors.duplicate', { name: 'errors.duplicate' })
const emailTaken = () => new AppError('DUPLICATE', 'errors.duplicate', { email: 'errors.duplicate' })

export async function createDepartment(viewer: Viewer, input: CreateDepartmentInput) {
  return write(
    viewer,
    permit('department:manage'),
    async (tx, uow) => {
      const d = await tx.department.create({ data: input })
      await uow.audit({ action: 'department.create', entityType: 'Department', entityId: d.id, after: input })
      return { id: d.id }
    },
    { unique: nameTaken },
  )
}

export async function updateDepartment(viewer: Viewer, input: UpdateDepartmentInput) {
  const { id, version, ...rest } = input
  const data = {
    ...rest,
    nameUr: rest.nameUr ?? null,
    shortName: rest.shortName ?? null,
    province: rest.province ?? null,
    district: rest.district ?? null,
    website: rest.website ?? null,
  }
  await write(
    viewer,
    permit('department:manage'),
    async (tx, uow) => {
      const before = await tx.department.findUnique({ where: { id } })
      if (!before) throw notFound()
      await updateVersioned(tx.department, id, version, data)
      await uow.audit({ action: 'department.update', entityType: 'Department', entityId: id, before, after: data })
    },
    { unique: nameTaken },
  )
}

export async function setDepartmentArchived(viewer: Viewer, id: string, archive: boolean) {
  await write(viewer, permit('department:manage'), async (tx, uow) => {
    const before = await tx.department.findUnique({ where: { id }, select: { archivedAt: true } })
    if (!before) throw notFound()
    const archivedAt = archive ? new Date() : null
    await tx.department.update({ where: { id }, data: { archivedAt, version: { increment: 1 } } })
    await uow.audit({
      action: archive ? 'department.archive' : 'department.restore',
      entityType: 'Department',
      entityId: id,
      before,
      after: { archivedAt },
    })
  })
}

export async function createContact(viewer: Viewer, input: CreateContactInput) {
  return write(
    viewer,
    permit('department:manage'),
    async (tx, uow) => {
      const d = await tx.department.findFirst({ where: { id: input.departmentId, archivedAt: null }, select: { id: true } })
      if (!d) throw notFound()
      // Link the contact to the partner's account when one exists for this email.
      const user = await tx.user.findFirst({
        where: { email: input.email, role: 'PARTNER', departmentId: input.departmentId, partnerContact: null },
        select: { id: true },
      })
      const c = await tx.partnerContact.create({ data: { ...input, userId: user?.id ?? null } })
      await uow.audit({ action: 'contact.create', entityType: 'PartnerContact', entityId: c.id, after: input })
      return { id: c.id }
    },
    { unique: emailTaken },
  )
}

export async function updateContact(viewer: Viewer, input: UpdateContactInput) {
  const { id, version, ...rest } = input
  const data = { ...rest, title: rest.title ?? null, phone: rest.phone ?? null }
  await write(
    viewer,
    permit('department:manage'),
    async (tx, uow) => {
      const before = await tx.partnerContact.findUnique({ where: { id } })
      if (!before) throw notFound()
      await updateVersioned(tx.partnerContact, id, version, data)
      await uow.audit({ action: 'contact.update', entityType: 'PartnerContact', entityId: id, before, after: data })
    },
    { unique: emailTaken },
  )
}

export async function setContactArchived(viewer: Viewer, id: string, archive: boolean) {
  const departmentId = await write(viewer, permit('department:manage'), async (tx, uow) => {
    const before = await tx.partnerContact.findUnique({ where: { id }, select: { archivedAt: true, departmentId: true } })
    if (!before) throw notFound()
    const archivedAt = archive ? new Date() : null
    await tx.partnerContact.update({ where: { id }, data: { archivedAt, version: { increment: 1 } } })
    await uow.audit({
      action: archive ? 'contact.archive' : 'contact.restore',
      entityType: 'PartnerContact',
      entityId: id,
      before,
      after: { archivedAt },
    })
    return before.departmentId
  })
  return { departmentId }
}
