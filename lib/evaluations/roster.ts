// Who a round concerns: the cycle's active fellows, each with the department of their live
// placement (that department's partners are their supervisors). Shared by the staff page, the
// partner portal and the reminders. Not server-only: scripts/remind.ts reaches it.
import type { PrismaClient } from '@prisma/client'
import type { Tx } from '../server/tx'
import { livePlacement } from '../fellowships/scope'
import type { Direction } from './schema'

export interface RosterFellow {
  fellowshipId: string
  userId: string
  name: string
  email: string
  userActive: boolean
  status: string
  department: { id: string; name: string; nameUr: string | null } | null
}

type Client = PrismaClient | Tx

export async function roundRoster(db: Client, cycleId: string, where: { departmentId?: string; fellowshipId?: string } = {}) {
  const rows = await db.fellowship.findMany({
    where: {
      cycleId,
      status: 'ACTIVE',
      ...(where.fellowshipId ? { id: where.fellowshipId } : {}),
      ...(where.departmentId ? { placements: { some: { ...livePlacement, project: { departmentId: where.departmentId } } } } : {}),
    },
    orderBy: [{ user: { name: 'asc' } }, { id: 'asc' }],
    select: {
      id: true,
      status: true,
      user: { select: { id: true, name: true, email: true, active: true } },
      placements: {
        where: livePlacement,
        take: 1,
        orderBy: { createdAt: 'desc' },
        select: { project: { select: { department: { select: { id: true, name: true, nameUr: true } } } } },
      },
    },
  })
  return rows.map((f): RosterFellow => ({
    fellowshipId: f.id,
    userId: f.user.id,
    name: f.user.name,
    email: f.user.email,
    userActive: f.user.active,
    status: f.status,
    department: f.placements[0]?.project.department ?? null,
  }))
}

/** The views a round expects for one fellow: the department ones only when they are placed. */
export function expectedDirections(round: { directions: readonly Direction[] }, f: Pick<RosterFellow, 'department'>): Direction[] {
  return round.directions.filter((d) => d === 'SELF' || !!f.department)
}
