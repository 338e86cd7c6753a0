// The bank's upload file of an approved batch: one row per line still due, with the bank details
// copied at approval. UTF-8 with a byte-order mark (Excel keeps Urdu names), CRLF, amounts in PKR
// with two decimals. It holds full IBANs, so each download writes an audit row.
import 'server-only'
import { AppError, notFound } from '../server/errors'
import { write } from '../server/unit-of-work'
import { permit } from '../auth/permit'
import type { Viewer } from '../auth/viewer'
import type { Messages } from '../i18n/messages'
import { BOM, csvRow } from '../csv'
import { paisaToPlain } from './money'
import { monthKeyOfDate } from './prorate'

/** The batch as the bank's file, found under its own cycle only (another cycle's address: not found). */
export async function exportBatchCsv(
  viewer: Viewer,
  cycleId: string,
  batchId: string,
  m: Messages,
): Promise<{ filename: string; chunks: string[] }> {
  const t = m.stipends.export
  return write(viewer, permit('payment:prepare'), async (tx, uow) => {
    const batch = await tx.paymentBatch.findFirst({
      where: { id: batchId, cycleId },
      select: {
        id: true,
        month: true,
        status: true,
        cycle: { select: { number: true, programme: { select: { slug: true } } } },
        lines: {
          where: { status: 'DUE' },
          orderBy: [{ fellowship: { user: { name: 'asc' } } }, { forMonth: 'asc' }],
          select: { id: true, forMonth: true, attempt: true, amountPaisa: true, accountTitle: true, bankName: true, iban: true },
        },
      },
    })
    if (!batch) throw notFound()
    if (batch.status !== 'APPROVED') throw new AppError('CLOSED', 'stipends.errors.notApproved')
    const month = monthKeyOfDate(batch.month)
    const tag = `${batch.cycle.programme.slug}-${batch.cycle.number}`
    const chunks = [BOM + csvRow([t.serial, t.beneficiary, t.iban, t.bank, t.amount, t.narration])]
    batch.lines.forEach((l, i) => {
      // Narration: what a fellow reads on their statement (ASCII, short: banks cut it at ~35).
      const narration = `Stipend ${monthKeyOfDate(l.forMonth)} ${tag}${l.attempt > 1 ? ` R${l.attempt}` : ''}`.slice(0, 35)
      chunks.push(csvRow([i + 1, l.accountTitle, l.iban, l.bankName, paisaToPlain(l.amountPaisa), narration]))
    })
    await uow.audit({
      action: 'payment-batch.export',
      entityType: 'PaymentBatch',
      entityId: batch.id,
      after: { lines: batch.lines.length },
    })
    return { filename: `stipends-${tag}-${month}.csv`, chunks }
  })
}
