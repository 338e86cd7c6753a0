// Who an announcement reaches: the people of one cycle in the chosen audience, each once (by
// address), with their account when they have one. The confirmation page lists exactly this;
// sending computes it again and keeps only those the staff member saw.
import type { Prisma } from '@prisma/client'
import type { Tx } from '../server/tx'
import { livePlacement } from '../fellowships/scope'
import { AppError } from '../server/errors'
import type { AudienceInput } from './schema'

export interface AudienceMember {
  userId: string | null
  name: string
  email: string
  /** User's chosen language (partner contacts without an account: none). */
  locale: string | null
}

const person = { id: true, name: true, email: true, locale: true } as const

function members(rows: { id: string; name: string; email: string; locale: string }[]): AudienceMember[] {
  return rows.map((u) => ({ userId: u.id, name: u.name, email: u.email, locale: u.locale }))
}

/** The audience, deduplicated by address (case-insensitive), sorted by name. Staff-only: the caller checks. */
export async function unsafeResolveAudience(tx: Tx, a: AudienceInput): Promise<AudienceMember[]> {
  let found: AudienceMember[]
  switch (a.audience) {
    case 'FELLOWS': {
      const placed: Prisma.PlacementWhereInput = {
        ...livePlacement,
        ...(a.projectId ? { projectId: a.projectId } : {}),
        ...(a.departmentId ? { project: { departmentId: a.departmentId } } : {}),
      }
      found = members(
        await tx.user.findMany({
          where: {
            active: true,
            fellowships: {
              some: { cycleId: a.cycleId, status: 'ACTIVE', ...(a.projectId || a.departmentId ? { placements: { some: placed } } : {}) },
            },
          },
          select: person,
        }),
      )
      break
    }
    case 'PARTNERS': {
      const departments = await tx.cycleDepartment.findMany({
        where: { cycleId: a.cycleId, ...(a.departmentId ? { departmentId: a.departmentId } : {}) },
        select: { departmentId: true },
      })
      const ids = departments.map((d) => d.departmentId)
      const [users, contacts] = await Promise.all([
        tx.user.findMany({ where: { role: 'PARTNER', active: true, departmentId: { in: ids } }, select: person }),
        tx.partnerContact.findMany({
          where: { departmentId: { in: ids }, archivedAt: null },
          select: { name: true, email: true, user: { select: { ...person, active: true } } },
        }),
      ])
      found = [
        ...members(users),
        ...contacts.flatMap((c): AudienceMember[] =>
          c.user
            ? c.user.active
              ? [{ userId: c.user.id, name: c.user.name, email: c.user.email, locale: c.user.locale }]
              : []
            : [{ userId: null, name: c.name, email: c.email, locale: null }],
        ),
      ]
      break
    }
    case 'APPLICANTS':
      found = members(
        await tx.user.findMany({
          where: {
            active: true,
            applications: { some: { cycleId: a.cycleId, ...(a.stage ? { stage: a.stage } : { stage: { not: 'DRAFT' } }) } },
          },
          select: person,
        }),
      )
      break
    case 'REVIEWERS':
      found = members(
        await tx.user.findMany({ where: { active: true, reviews: { some: { application: { cycleId: a.cycleId } } } }, select: person }),
      )
      break
    case 'ALUMNI': {
      const cycle = await tx.cycle.findUnique({ where: { id: a.cycleId }, select: { programmeId: true } })
      found = cycle
        ? members(
            await tx.user.findMany({
              where: { active: true, fellowships: { some: { status: 'COMPLETED', cycle: { programmeId: cycle.programmeId } } } },
              select: person,
            }),
          )
        : []
      break
    }
  }
  const byEmail = new Map<string, AudienceMember>()
  // An account wins over a contact row with the same address: it has an inbox.
  for (const m of found) {
    const key = m.email.toLowerCase()
    const had = byEmail.get(key)
    if (!had || (!had.userId && m.userId)) byEmail.set(key, m)
  }
  return [...byEmail.values()].sort((x, y) => x.name.localeCompare(y.name) || x.email.localeCompare(y.email))
}

/** A department or project named in the narrowing must belong to the cycle: else the field says so. */
export async function checkNarrowing(tx: Tx, a: AudienceInput) {
  if (a.departmentId) {
    const d = await tx.cycleDepartment.findFirst({ where: { cycleId: a.cycleId, departmentId: a.departmentId }, select: { id: true } })
    if (!d) throw new AppError('INVALID', 'errors.notFound', { departmentId: 'errors.notFound' })
  }
  if (a.projectId) {
    const p = await tx.project.findFirst({ where: { id: a.projectId, cycleId: a.cycleId }, select: { id: true } })
    if (!p) throw new AppError('INVALID', 'errors.notFound', { projectId: 'errors.notFound' })
  }
}
