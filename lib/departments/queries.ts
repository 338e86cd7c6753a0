// Reads of departments and their partner contacts (staff only; partners see their own
// department through the placement and progress pages).
import 'server-only'
import { getDb } from '../server/db'
import { assertCan } from '../auth/policy'
import { notFound } from '../server/errors'
import type { Viewer } from '../auth/viewer'

/** A department as the list and its own page name it. */
const departmentFields = { id: true, name: true, nameUr: true, shortName: true, level: true, province: true, district: true } as const

export async function listDepartments(viewer: Viewer, opts: { includeArchived?: boolean; q?: string } = {}) {
  assertCan(viewer, 'department:manage')
  const db = await getDb()
  return db.department.findMany({
    where: {
      ...(opts.includeArchived ? {} : { archivedAt: null }),
      ...(opts.q
        ? { OR: [{ name: { contains: opts.q, mode: 'insensitive' } }, { shortName: { contains: opts.q, mode: 'insensitive' } }] }
        : {}),
    },
    orderBy: { name: 'asc' },
    select: {
      ...departmentFields,
      archivedAt: true,
      _count: { select: { contacts: { where: { archivedAt: null } }, projects: true } },
    },
  })
}

/** For pickers: id and names of active departments. */
export async function departmentOptions(viewer: Viewer) {
  assertCan(viewer, 'department:manage')
  const db = await getDb()
  return db.department.findMany({ where: { archivedAt: null }, orderBy: { name: 'asc' }, select: { id: true, name: true, nameUr: true } })
}

export async function getDepartment(viewer: Viewer, id: string) {
  assertCan(viewer, 'department:manage')
  const db = await getDb()
  const d = await db.department.findUnique({
    where: { id },
    select: {
      ...departmentFields,
      website: true,
      archivedAt: true,
      version: true,
      contacts: {
        orderBy: [{ archivedAt: 'asc' }, { name: 'asc' }],
        select: {
          id: true,
          name: true,
          title: true,
          email: true,
          phone: true,
          isFocalPerson: true,
          archivedAt: true,
          version: true,
          userId: true,
        },
      },
      cycles: {
        orderBy: { cycle: { startDate: 'desc' } },
        select: {
          seatsRequested: true,
          cycle: { select: { id: true, name: true, nameUr: true, status: true, programme: { select: { name: true, nameUr: true } } } },
        },
      },
    },
  })
  if (!d) throw notFound()
  return d
}

export type DepartmentDetail = Awaited<ReturnType<typeof getDepartment>>

/** For focal-person pickers: active contacts with their department. */
export async function contactOptions(viewer: Viewer) {
  assertCan(viewer, 'department:manage')
  const db = await getDb()
  return db.partnerContact.findMany({
    where: { archivedAt: null, department: { archivedAt: null } },
    orderBy: [{ department: { name: 'asc' } }, { name: 'asc' }],
    select: { id: true, name: true, department: { select: { name: true } } },
  })
}
