// An applicant's CNIC from their submitted application, kept on their account so staff find
// them by it across cycles. Only a blank is filled, and only when no other account holds that
// CNIC: a clash is left for staff to see on the person's history (lib/person-search/queries.ts
// flags an application whose CNIC is not the account's), never a refusal of the application.
import type { Tx } from '../server/tx'
import { normaliseCnic } from '../identity-formats'

export async function claimCnic(tx: Tx, userId: string, given: unknown): Promise<void> {
  const cnic = typeof given === 'string' ? normaliseCnic(given) : null
  if (!cnic) return
  await tx.$executeRaw`
    UPDATE "User" SET "cnic" = ${cnic}, "updatedAt" = now()
    WHERE "id" = ${userId}::uuid AND "cnic" IS NULL AND NOT EXISTS (SELECT 1 FROM "User" o WHERE o."cnic" = ${cnic})`
}
