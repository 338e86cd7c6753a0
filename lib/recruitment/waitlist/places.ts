// How many places of a cycle are free to offer: the target fellow count, less the places taken
// (accepted offers) and held (offers still pending within their deadline). A declined, expired
// or withdrawn offer holds nothing, so it frees its place. Not server-only: takes a client.
import type { PrismaClient } from '@prisma/client'
import type { Tx } from '../../server/tx'

export async function placesOf(db: PrismaClient | Tx, cycleId: string, now = new Date()) {
  const cycle = await db.cycle.findUnique({ where: { id: cycleId }, select: { targetFellowCount: true } })
  if (!cycle) return null
  const [accepted, pending] = await Promise.all([
    db.application.count({ where: { cycleId, stage: 'ACCEPTED' } }),
    db.offer.count({ where: { status: 'PENDING', respondBy: { gt: now }, application: { cycleId, stage: 'OFFER' } } }),
  ])
  return { target: cycle.targetFellowCount, accepted, pending, free: Math.max(0, cycle.targetFellowCount - accepted - pending) }
}
export type Places = NonNullable<Awaited<ReturnType<typeof placesOf>>>
