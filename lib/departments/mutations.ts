// Departments and partner contacts: create, edit, archive; each change audited.
import 'server-only'
import { getDb } from '../server/db'
import { assertCan } from '../auth/policy'
import { AppError, isUniqueViolation, notFound } from '../server/errors'
import { updateVersioned } from '../server/versioned'
import { writeAudit } from '../audit/write'
import type { Viewer } from '../auth/viewer'
import type { CreateContactInput, CreateDepartmentInput, UpdateContactInput, UpdateDepartmentInput } from './schema'

const nameTaken = () => new AppError('DUPLICATE', 'errors.duplicate', { name: 'errors.duplicate' })
const emailTaken = () => new AppError('DUPLICATE', 'errors.duplicate', { email: 'errors.duplicate' })

export async function createDepartment(viewer: Viewer, input: CreateDepartmentInput) {
  assertCan(viewer, 'department:manage')
  const db = await getDb()
  try {
    return await db.$transaction(async (tx) => {
      const d = await tx.department.create({ data: input })
      await writeAudit(tx, { actorId: viewer.userId, action: 'department.create', entityType: 'Department', entityId: d.id, after: input })
      return { id: d.id }
    })
  } catch (e) {
    if (isUniqueViolation(e)) throw nameTaken()
    throw e
  }
}

export async function updateDepartment(viewer: Viewer, input: UpdateDepartmentInput) {
  assertCan(viewer, 'department:manage')
  const db = await getDb()
  const { id, version, ...rest } = input
  const data = { ...rest, nameUr: rest.nameUr ?? null, shortName: rest.shortName ?? null, province: rest.province ?? null, district: rest.district ?? null, website: rest.website ?? null }
  try {
    await db.$transaction(async (tx) => {
      const before = await tx.department.findUnique({ where: { id } })
      if (!before) throw notFound()
      await updateVersioned(tx.department, id, version, data)
      await writeAudit(tx, { actorId: viewer.userId, action: 'department.update', entityType: 'Department', entityId: id, before, after: data })
    })
  } catch (e) {
    if (isUniqueViolation(e)) throw nameTaken()
    throw e
  }
}

export async function setDepartmentArchived(viewer: Viewer, id: string, archive: boolean) {
  assertCan(viewer, 'department:manage')
  const db = await getDb()
  await db.$transaction(async (tx) => {
    const before = await tx.department.findUnique({ where: { id }, select: { archivedAt: true } })
    if (!before) throw notFound()
    const archivedAt = archive ? new Date() : null
    await tx.department.update({ where: { id }, data: { archivedAt, version: { increment: 1 } } })
    await writeAudit(tx, { actorId: viewer.userId, action: archive ? 'department.archive' : 'department.restore', entityType: 'Department', entityId: id, before, after: { archivedAt } })
  })
}

export async function createContact(viewer: Viewer, input: CreateContactInput) {
  assertCan(viewer, 'department:manage')
  const db = await getDb()
  try {
    return await db.$transaction(async (tx) => {
      const d = await tx.department.findFirst({ where: { id: input.departmentId, archivedAt: null }, select: { id: true } })
      if (!d) throw notFound()
      // Link the contact to the partner's account when one exists for this email.
      const user = await tx.user.findFirst({ where: { email: input.email, role: 'PARTNER', departmentId: input.departmentId, partnerContact: null }, select: { id: true } })
      const c = await tx.partnerContact.create({ data: { ...input, userId: user?.id ?? null } })
      await writeAudit(tx, { actorId: viewer.userId, action: 'contact.create', entityType: 'PartnerContact', entityId: c.id, after: input })
      return { id: c.id }
    })
  } catch (e) {
    if (isUniqueViolation(e)) throw emailTaken()
    throw e
  }
}

export async function updateContact(viewer: Viewer, input: UpdateContactInput) {
  assertCan(viewer, 'department:manage')
  const db = await getDb()
  const { id, version, ...rest } = input
  const data = { ...rest, title: rest.title ?? null, phone: rest.phone ?? null }
  try {
    await db.$transaction(async (tx) => {
      const before = await tx.partnerContact.findUnique({ where: { id } })
      if (!before) throw notFound()
      await updateVersioned(tx.partnerContact, id, version, data)
      await writeAudit(tx, { actorId: viewer.userId, action: 'contact.update', entityType: 'PartnerContact', entityId: id, before, after: data })
    })
  } catch (e) {
    if (isUniqueViolation(e)) throw emailTaken()
    throw e
  }
}

export async function setContactArchived(viewer: Viewer, id: string, archive: boolean) {
  assertCan(viewer, 'department:manage')
  const db = await getDb()
  await db.$transaction(async (tx) => {
    const before = await tx.partnerContact.findUnique({ where: { id }, select: { archivedAt: true, departmentId: true } })
    if (!before) throw notFound()
    const archivedAt = archive ? new Date() : null
    await tx.partnerContact.update({ where: { id }, data: { archivedAt, version: { increment: 1 } } })
    await writeAudit(tx, { actorId: viewer.userId, action: archive ? 'contact.archive' : 'contact.restore', entityType: 'PartnerContact', entityId: id, before, after: { archivedAt } })
  })
  return { departmentId: (await db.partnerContact.findUnique({ where: { id }, select: { departmentId: true } }))!.departmentId }
}
