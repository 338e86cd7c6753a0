// Stipend test data: a cycle's policy, a fellow's bank account and a batch in a given state.
import { getDb } from '../../lib/server/db'
import { withCheckDigits } from '../../lib/stipends/iban'

let n = 0

/** A valid Pakistani IBAN, different each call. */
export function makeIban(): string {
  n += 1
  return withCheckDigits(`MEZN${String(n).padStart(8, '0')}${String(Date.now() % 1e8).padStart(8, '0')}`)
}

export async function makeStipendPolicy(
  cycleId: string,
  over: Partial<{ monthlyPaisa: number; prorate: boolean; holdAfterMissing: number | null }> = {},
) {
  const db = await getDb()
  return db.stipendPolicy.create({
    data: {
      cycleId,
      monthlyPaisa: over.monthlyPaisa ?? 2_500_000,
      prorate: over.prorate ?? true,
      holdAfterMissing: over.holdAfterMissing ?? null,
    },
  })
}

export async function makeBankAccount(userId: string, over: Partial<{ accountTitle: string; iban: string }> = {}) {
  const db = await getDb()
  return db.bankAccount.create({
    data: { userId, accountTitle: over.accountTitle ?? 'Test Fellow', bankName: 'Meezan Bank', iban: over.iban ?? makeIban() },
  })
}

/** A batch of one DUE line for the fellowship, prepared by `preparedById`, optionally approved. */
export async function makePaymentBatch(o: {
  cycleId: string
  fellowshipId: string
  preparedById: string
  month?: string
  approvedById?: string
}) {
  const db = await getDb()
  const month = new Date(`${o.month ?? '2026-11'}-01T00:00:00Z`)
  return db.paymentBatch.create({
    data: {
      cycleId: o.cycleId,
      month,
      preparedById: o.preparedById,
      ...(o.approvedById ? { status: 'APPROVED', approvedById: o.approvedById, approvedAt: new Date() } : {}),
      lines: {
        create: {
          fellowshipId: o.fellowshipId,
          forMonth: month,
          amountPaisa: 2_500_000,
          reason: { kind: 'full' },
          ...(o.approvedById ? { accountTitle: 'Test Fellow', bankName: 'Meezan Bank', iban: makeIban() } : {}),
        },
      },
    },
    include: { lines: true },
  })
}
