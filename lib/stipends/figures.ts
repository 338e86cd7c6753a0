// Stipend totals for staff insight: what was paid (and is still to pay) per programme, cycle and
// stipend month. (The year in review's total is lib/insight/year-review/stipends.ts.)
import 'server-only'
import { Prisma } from '@prisma/client'
import { getDb } from '../server/db'
import { assertCan } from '../auth/policy'
import type { Viewer } from '../auth/viewer'

export interface StipendTotalRow {
  programmeId: string
  programme: string
  programmeUr: string | null
  cycleId: string
  cycle: string
  cycleUr: string | null
  month: string
  paidPaisa: number
  duePaisa: number
  fellowsPaid: number
}

/** Per programme, cycle and month (the stipend month paid), latest first: staff only. */
export async function stipendTotals(viewer: Viewer, limit = 36): Promise<StipendTotalRow[]> {
  assertCan(viewer, 'dashboard:read:any')
  const db = await getDb()
  const rows = await db.$queryRaw<
    {
      programmeId: string
      programme: string
      programmeUr: string | null
      cycleId: string
      cycle: string
      cycleUr: string | null
      month: string
      paid: bigint | null
      due: bigint | null
      fellows: bigint
    }[]
  >(Prisma.sql`
    SELECT p.id::text AS "programmeId", p.name AS programme, p."nameUr" AS "programmeUr",
           c.id::text AS "cycleId", c.name AS cycle, c."nameUr" AS "cycleUr",
           to_char(l."forMonth", 'YYYY-MM') AS month,
           SUM(l."amountPaisa") FILTER (WHERE l.status = 'PAID') AS paid,
           SUM(l."amountPaisa") FILTER (WHERE l.status = 'DUE') AS due,
           COUNT(DISTINCT l."fellowshipId") FILTER (WHERE l.status = 'PAID') AS fellows
      FROM "PaymentLine" l
      JOIN "PaymentBatch" b ON b.id = l."batchId"
      JOIN "Cycle" c ON c.id = b."cycleId"
      JOIN "Programme" p ON p.id = c."programmeId"
     GROUP BY p.id, c.id, l."forMonth"
     ORDER BY l."forMonth" DESC, p.name, c.name
     LIMIT ${limit}`)
  return rows.map((r) => ({
    ...r,
    paidPaisa: Number(r.paid ?? 0),
    duePaisa: Number(r.due ?? 0),
    fellowsPaid: Number(r.fellows),
  }))
}
