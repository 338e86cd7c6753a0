// The recruitment funnel of a cycle: how many applications reached each step. Staff only:
// partners take no part in recruitment.
import 'server-only'
import { Prisma } from '@prisma/client'
import { getDb } from '../../server/db'
import { assertCan } from '../../auth/policy'
import { notFound } from '../../server/errors'
import type { Viewer } from '../../auth/viewer'
import { num } from '../sql'
import { FUNNEL_STEPS, type FunnelStep } from '../datasets/schema'

// The same rules as STEP_WHERE in ../datasets/where.ts, in one pass over the applications.
const STEP_SQL: Record<FunnelStep, Prisma.Sql> = {
  applied: Prisma.sql`true`,
  eligible: Prisma.sql`a.eligibility = 'ELIGIBLE' OR a.stage IN ('REVIEW', 'INTERVIEW', 'OFFER', 'ACCEPTED', 'DECLINED')`,
  reviewed: Prisma.sql`EXISTS (SELECT 1 FROM "Review" r WHERE r."applicationId" = a.id AND r.status = 'SUBMITTED') OR a.stage IN ('INTERVIEW', 'OFFER', 'ACCEPTED', 'DECLINED')`,
  interviewed: Prisma.sql`EXISTS (SELECT 1 FROM "Interview" i WHERE i."applicationId" = a.id AND i.status = 'COMPLETED')`,
  offered: Prisma.sql`EXISTS (SELECT 1 FROM "Offer" o WHERE o."applicationId" = a.id) OR a.stage IN ('OFFER', 'ACCEPTED', 'DECLINED')`,
  accepted: Prisma.sql`EXISTS (SELECT 1 FROM "Offer" o WHERE o."applicationId" = a.id AND o.status = 'ACCEPTED') OR a.stage = 'ACCEPTED'`,
}

export interface FunnelRow {
  step: FunnelStep
  count: number
  /** Share of all applications that reached this step, in percent (null with no applications). */
  ofApplied: number | null
}

export async function cycleFunnel(viewer: Viewer, cycleId: string): Promise<FunnelRow[]> {
  assertCan(viewer, 'dashboard:read:any')
  const db = await getDb()
  const cycle = await db.cycle.findUnique({ where: { id: cycleId }, select: { id: true } })
  if (!cycle) throw notFound()
  const columns = Prisma.join(FUNNEL_STEPS.map((s) => Prisma.sql`count(*) FILTER (WHERE ${STEP_SQL[s]})::int AS ${Prisma.raw(`"${s}"`)}`))
  const [row] = await db.$queryRaw<Record<FunnelStep, unknown>[]>`
    SELECT ${columns} FROM "Application" a WHERE a."cycleId" = ${cycleId}::uuid AND a.stage <> 'DRAFT'`
  const applied = num(row?.applied)
  return FUNNEL_STEPS.map((step) => {
    const count = num(row?.[step])
    return { step, count, ofApplied: applied ? Math.round((count / applied) * 1000) / 10 : null }
  })
}
