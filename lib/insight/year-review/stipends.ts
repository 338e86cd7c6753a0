// Stipends paid for a year's cycles (those that started in it, as the rest of the review):
// one total and a head count, no names or accounts; hidden below MIN_CELL fellows paid, so no
// one's stipend can be read off it.
import 'server-only'
import { Prisma } from '@prisma/client'
import { getDb } from '../../server/db'
import { MIN_CELL } from '../suppress'
import { yearRange } from '../sql'

export interface StipendYear {
  paidPaisa: number | null
  fellowsPaid: number
}

/** Unscoped: aggregates only. */
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
