// A fellow's own payments: their bank details (in full: they are theirs), what each approved
// batch paid them, and what the next month is expected to bring.
import 'server-only'
import { getDb } from '../server/db'
import { assertCan } from '../auth/policy'
import type { Viewer } from '../auth/viewer'
import { groupIban } from './iban'
import { addMonths, dueForMonth, karachiDayNumber, karachiMonthKey, monthKeyOfDate, type LineReason } from './prorate'

export async function myPayments(viewer: Viewer, now = new Date()) {
  assertCan(viewer, 'payment:read:own')
  const db = await getDb()
  const [bank, fellowships] = await Promise.all([
    db.bankAccount.findUnique({
      where: { userId: viewer.userId },
      select: { accountTitle: true, bankName: true, iban: true, version: true },
    }),
    db.fellowship.findMany({
      where: { userId: viewer.userId },
      orderBy: { createdAt: 'desc' },
      select: {
        id: true,
        status: true,
        startedAt: true,
        endedAt: true,
        cycle: {
          select: {
            id: true,
            name: true,
            nameUr: true,
            startDate: true,
            endDate: true,
            programme: { select: { name: true, nameUr: true } },
            stipendPolicy: { select: { monthlyPaisa: true, prorate: true } },
            paymentBatches: { orderBy: { month: 'desc' }, take: 1, select: { month: true } },
          },
        },
        // Only what approved batches say: a prepared batch can still change.
        paymentLines: {
          where: { batch: { status: 'APPROVED' } },
          orderBy: [{ forMonth: 'desc' }, { attempt: 'desc' }],
          select: {
            id: true,
            forMonth: true,
            attempt: true,
            amountPaisa: true,
            reason: true,
            status: true,
            reference: true,
            failureReason: true,
            settledAt: true,
          },
        },
      },
    }),
  ])
  const programmes = fellowships.map((f) => {
    const policy = f.cycle.stipendPolicy
    let next: { monthKey: string; amountPaisa: number; reason: LineReason } | null = null
    if (policy && f.status === 'ACTIVE') {
      const latest = f.cycle.paymentBatches[0]
      const monthKey = latest ? addMonths(monthKeyOfDate(latest.month), 1) : karachiMonthKey(now)
      const from = f.startedAt ?? f.cycle.startDate
      if (from) {
        const to = f.cycle.endDate ? karachiDayNumber(f.cycle.endDate) : Number.MAX_SAFE_INTEGER
        const due = dueForMonth(policy.monthlyPaisa, policy.prorate, monthKey, karachiDayNumber(from), to)
        if (due) next = { monthKey, ...due }
      }
    }
    return {
      fellowshipId: f.id,
      cycle: f.cycle,
      monthlyPaisa: policy?.monthlyPaisa ?? null,
      next,
      lines: f.paymentLines.map((l) => ({ ...l, forMonthKey: monthKeyOfDate(l.forMonth), reason: l.reason as unknown as LineReason })),
    }
  })
  return { bank: bank ? { ...bank, ibanGrouped: groupIban(bank.iban) } : null, programmes }
}

export type MyPayments = Awaited<ReturnType<typeof myPayments>>
