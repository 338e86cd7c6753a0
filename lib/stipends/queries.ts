// Staff reads of stipends: a cycle's policy and batches, one batch's lines with why, and the
// bank's CSV of an approved batch. IBANs are masked unless staff ask to see them in full, and
// every full view (on screen or in the export) writes an audit row.
import 'server-only'
import { getDb } from '../server/db'
import { assertCan } from '../auth/policy'
import { notFound } from '../server/errors'
import { write } from '../server/unit-of-work'
import { permit } from '../auth/permit'
import type { Viewer } from '../auth/viewer'
import { cycleHeadSelect } from '../cycles/select'
import { groupIban, maskIban } from './iban'
import { addMonths, karachiMonthKey, monthKeyOfDate, type LineReason } from './prorate'
import { canApprove, isFrozen } from './policy'

export async function stipendsOverview(viewer: Viewer, cycleId: string, now = new Date()) {
  assertCan(viewer, 'payment:prepare')
  const db = await getDb()
  const cycle = await db.cycle.findUnique({
    where: { id: cycleId },
    select: {
      ...cycleHeadSelect,
      archivedAt: true,
      stipendPolicy: { select: { monthlyPaisa: true, prorate: true, holdAfterMissing: true, version: true } },
    },
  })
  if (!cycle) throw notFound()
  const batches = await db.paymentBatch.findMany({
    where: { cycleId },
    orderBy: { month: 'desc' },
    select: {
      id: true,
      month: true,
      status: true,
      preparedAt: true,
      approvedAt: true,
      preparedBy: { select: { name: true } },
      approvedBy: { select: { name: true } },
    },
  })
  const sums = await db.paymentLine.groupBy({
    by: ['batchId', 'status'],
    where: { batch: { cycleId } },
    _sum: { amountPaisa: true },
    _count: true,
  })
  const totalsOf = (batchId: string) => {
    const t = { lines: 0, duePaisa: 0, paidPaisa: 0, held: 0, failed: 0 }
    for (const s of sums.filter((x) => x.batchId === batchId)) {
      t.lines += s._count
      if (s.status === 'DUE') t.duePaisa += s._sum.amountPaisa ?? 0
      if (s.status === 'PAID') t.paidPaisa += s._sum.amountPaisa ?? 0
      if (s.status === 'HELD') t.held += s._count
      if (s.status === 'FAILED') t.failed += s._count
    }
    return t
  }
  const months = new Set(batches.map((b) => monthKeyOfDate(b.month)))
  // Suggest the month after the latest batch, or this month in Karachi.
  const latest = batches[0] ? monthKeyOfDate(batches[0].month) : null
  let suggested = latest ? addMonths(latest, 1) : karachiMonthKey(now)
  while (months.has(suggested)) suggested = addMonths(suggested, 1)
  const { stipendPolicy, ...head } = cycle
  return {
    cycle: head,
    policy: stipendPolicy,
    suggestedMonth: suggested,
    batches: batches.map((b) => ({ ...b, monthKey: monthKeyOfDate(b.month), ...totalsOf(b.id) })),
  }
}

export type StipendsOverview = Awaited<ReturnType<typeof stipendsOverview>>

/** One batch's lines with why; `full` shows whole IBANs (audited as 'iban.view'). */
export async function batchDetail(viewer: Viewer, batchId: string, opts: { full?: boolean; cycleId?: string } = {}) {
  assertCan(viewer, 'payment:prepare')
  const db = await getDb()
  const batch = await db.paymentBatch.findUnique({
    where: { id: batchId },
    select: {
      id: true,
      cycleId: true,
      month: true,
      status: true,
      version: true,
      preparedById: true,
      preparedAt: true,
      approvedAt: true,
      preparedBy: { select: { name: true } },
      approvedBy: { select: { name: true } },
      cycle: { select: cycleHeadSelect },
      lines: {
        orderBy: [{ fellowship: { user: { name: 'asc' } } }, { forMonth: 'asc' }, { attempt: 'asc' }],
        select: {
          id: true,
          forMonth: true,
          attempt: true,
          amountPaisa: true,
          reason: true,
          status: true,
          accountTitle: true,
          bankName: true,
          iban: true,
          reference: true,
          failureReason: true,
          version: true,
          fellowship: {
            select: {
              userId: true,
              user: { select: { name: true, bankAccount: { select: { accountTitle: true, bankName: true, iban: true } } } },
            },
          },
        },
      },
    },
  })
  // A batch is found under its own cycle's address only.
  if (!batch || (opts.cycleId && batch.cycleId !== opts.cycleId)) throw notFound()
  if (opts.full) {
    await write(viewer, permit('payment:prepare'), async (_tx, uow) => {
      await uow.audit({
        action: 'iban.view',
        entityType: 'PaymentBatch',
        entityId: batch.id,
        after: { fellows: [...new Set(batch.lines.map((l) => l.fellowship.userId))] },
      })
    })
  }
  const frozen = isFrozen(batch)
  const lines = batch.lines.map((l) => {
    // Before approval, the fellow's current details; from approval, the ones copied onto the line.
    const bank = frozen && l.iban ? { accountTitle: l.accountTitle, bankName: l.bankName, iban: l.iban } : l.fellowship.user.bankAccount
    return {
      id: l.id,
      name: l.fellowship.user.name,
      forMonthKey: monthKeyOfDate(l.forMonth),
      attempt: l.attempt,
      amountPaisa: l.amountPaisa,
      reason: l.reason as unknown as LineReason,
      status: l.status,
      accountTitle: bank?.accountTitle ?? null,
      bankName: bank?.bankName ?? null,
      iban: bank?.iban ? (opts.full ? groupIban(bank.iban) : maskIban(bank.iban)) : null,
      reference: l.reference,
      failureReason: l.failureReason,
      version: l.version,
    }
  })
  const sum = (s: string) => lines.filter((l) => l.status === s).reduce((a, l) => a + l.amountPaisa, 0)
  const { lines: _lines, preparedById, ...head } = batch
  return {
    batch: { ...head, monthKey: monthKeyOfDate(batch.month), preparedByViewer: preparedById === viewer.userId },
    canApprove: canApprove(viewer, batch),
    frozen,
    lines,
    totals: { duePaisa: sum('DUE'), paidPaisa: sum('PAID'), heldPaisa: sum('HELD'), failedPaisa: sum('FAILED'), lines: lines.length },
  }
}

export type BatchDetail = Awaited<ReturnType<typeof batchDetail>>
