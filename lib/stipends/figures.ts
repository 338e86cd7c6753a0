// Stipend totals for insight: what was paid (and is still to pay) per programme, cycle and
// month for staff, and one year's total for the year in review (aggregates only: no names, no
// accounts; a year with fewer than MIN_CELL fellows paid shows no total, so no one's stipend
// can be read off it).
import 'server-only'
import { Prisma } from '@prisma/client'
import { getDb } from '../server/db'
import { assertCan } from '../auth/policy'
import type { Viewer } from '../auth/viewer'
import { MIN_CELL } from '../insight/suppress'
import { yearRange } from '../insight/sql'

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

export interface StipendYear {
  paidPaisa: number | null
  fellowsPaid: number
}

/** Stipends paid for the year's cycles (those that started in it, as the rest of the review). Unscoped: aggregates only. */
export async function unsafeStipendYear(year: number): Promise<StipendYear> {
  const db = await getDb()
  const range = yearRange(year)
  const [row] = await db.$queryRaw<{ paid: bigint | null; fellows: bigint }[]>(Prisma.sql`
    SELECT SUM(l."amountPaisa") AS paid, COUNT(DISTINCT l."fellowshipId") AS fellows
      FROM "PaymentLine" l JOIN "PaymentBatch" b ON b.id = l."batchId" JOIN "Cycle" c ON c.id = b."cycleId"
     WHERE l.status = 'PAID' AND c."startDate" >= ${range.gte} AND c."startDate" < ${range.lt} AND c."archivedAt" IS NULL`)
  const fellowsPaid = Number(row?.fellows ?? 0)
  return { paidPaisa: fellowsPaid >= MIN_CELL ? Number(row?.paid ?? 0) : null, fellowsPaid }
}
