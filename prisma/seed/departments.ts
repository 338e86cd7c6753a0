// The demo seed's government departments and their partner contacts.
import type { Prisma } from '@prisma/client'
import * as D from './data'
import { insertMany, sid, type IdOf, type SeedContext } from './helpers'
import { demo } from './people'

export type DeptOf = (k: D.DeptKey) => string | undefined

export const deptSeed = (k: D.DeptKey) => D.DEPARTMENTS.find((d) => d.key === k)!

export async function seedDepartments({ prisma, count }: SeedContext) {
  await insertMany(
    D.DEPARTMENTS.map((d): Prisma.DepartmentCreateManyInput => ({
      id: sid('department', d.key),
      name: d.name,
      nameUr: d.nameUr,
      shortName: d.shortName,
      level: d.level,
      province: d.province,
      website: d.website ?? null,
    })),
    (data) => prisma.department.createMany({ data, skipDuplicates: true }),
  ).then((n) => count('Department', n))
  const deptRows = await prisma.department.findMany({
    where: { OR: [{ name: { in: D.DEPARTMENTS.map((d) => d.name) } }, { id: { in: D.DEPARTMENTS.map((d) => sid('department', d.key)) } }] },
    select: { id: true, name: true },
  })
  const deptIds = new Map<D.DeptKey, string>()
  for (const d of D.DEPARTMENTS) {
    const row = deptRows.find((x) => x.name === d.name) ?? deptRows.find((x) => x.id === sid('department', d.key))
    if (row) deptIds.set(d.key, row.id)
  }
  const deptOf: DeptOf = (k) => deptIds.get(k)
  return { deptIds, deptOf }
}

/** Writes the contacts; returns each department's focal contact and partner user. */
export async function seedPartnerContacts({ prisma, count }: SeedContext, deptIds: Map<D.DeptKey, string>, deptOf: DeptOf, uid: IdOf) {
  const contactRows: Prisma.PartnerContactCreateManyInput[] = []
  for (const d of D.DEPARTMENTS) {
    const departmentId = deptOf(d.key)
    if (!departmentId) continue
    for (const c of d.contacts)
      contactRows.push({
        id: sid('contact', d.key, c.email),
        departmentId,
        userId: c.userEmail ? uid(c.userEmail) : null,
        name: c.name,
        title: c.title,
        email: c.email,
        phone: c.phone ?? null,
        isFocalPerson: c.focal,
      })
  }
  count('PartnerContact', await insertMany(contactRows, (data) => prisma.partnerContact.createMany({ data, skipDuplicates: true })))
  const contacts = await prisma.partnerContact.findMany({
    where: { departmentId: { in: [...deptIds.values()] } },
    select: { id: true, departmentId: true, email: true, userId: true, isFocalPerson: true },
  })
  // The demo partner must be able to act for the Health Department.
  const demoPartnerId = uid(demo('PARTNER').email)
  if (demoPartnerId && !contacts.some((c) => c.userId === demoPartnerId)) {
    const tariq = contacts.find((c) => c.departmentId === deptOf('health') && c.email === deptSeed('health').contacts[0].email)
    if (tariq) {
      await prisma.partnerContact.update({ where: { id: tariq.id }, data: { userId: demoPartnerId, isFocalPerson: true } })
      tariq.userId = demoPartnerId
    }
  }
  const focalOf = (k: D.DeptKey): string | undefined => {
    const departmentId = deptOf(k)
    const seeded = deptSeed(k).contacts.find((c) => c.focal)?.email
    return (
      contacts.find((c) => c.departmentId === departmentId && c.email === seeded)?.id ??
      contacts.find((c) => c.departmentId === departmentId && c.isFocalPerson)?.id
    )
  }
  const partnerOf = (k: D.DeptKey) => uid(deptSeed(k).partner.email)
  return { focalOf, partnerOf, demoPartnerId }
}
