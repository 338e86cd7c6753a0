// After the bank has the approved batch: each line marked paid with the bank's reference, or
// failed with the reason (a failed line is paid again in the next batch, as its next attempt).
import 'server-only'
import { write } from '../../server/unit-of-work'
import { permit } from '../../auth/permit'
import { AppError, notFound } from '../../server/errors'
import { updateVersioned } from '../../server/versioned'
import type { Viewer } from '../../auth/viewer'
import { canSettle, isFrozen } from '../policy'
import { appUrl } from '../../server/mailer'
import { mailTemplates } from '../../notifications/templates'
import { stipendEmails } from '../../i18n/emails/stipends'
import { formatMonth } from '../format'
import { formatPkr } from '../money'
import { monthKeyOfDate } from '../prorate'
import type { UnitOfWork } from '../../server/unit-of-work'

interface Settled {
  forMonth: Date
  amountPaisa: number
  fellowship: { user: { id: string; name: string; email: string } }
}

/** Tells the fellow (after commit) that a month's stipend was paid or failed. */
function tell(uow: UnitOfWork, line: Settled, outcome: { reference: string } | { reason: string }) {
  const key = monthKeyOfDate(line.forMonth)
  const v = {
    to: line.fellowship.user.name,
    month: formatMonth(key, 'en'),
    monthUr: formatMonth(key, 'ur'),
    amount: formatPkr(line.amountPaisa, 'en'),
    amountUr: formatPkr(line.amountPaisa, 'ur'),
  }
  const text = 'reference' in outcome ? stipendEmails.paid({ ...v, ...outcome }) : stipendEmails.failed({ ...v, ...outcome })
  return uow.mail({
    to: line.fellowship.user.email,
    userId: line.fellowship.user.id,
    kind: 'reference' in outcome ? 'stipend-paid' : 'stipend-failed',
    ...mailTemplates.notice({ ...text, url: appUrl('/fellow/payments') }),
  })
}

const settledSelect = {
  forMonth: true,
  amountPaisa: true,
  fellowship: { select: { user: { select: { id: true, name: true, email: true } } } },
} as const
import type { SettleAllInput, SettleLineInput } from '../schema'

const prepare = permit('payment:prepare')

export async function settleLine(viewer: Viewer, input: SettleLineInput) {
  return write(viewer, prepare, async (tx, uow) => {
    if (!(await uow.lock('PaymentLine', input.lineId))) throw notFound()
    const line = await tx.paymentLine.findUniqueOrThrow({
      where: { id: input.lineId },
      select: { id: true, status: true, batch: { select: { status: true } }, ...settledSelect },
    })
    if (!canSettle(line.batch, line))
      throw new AppError('CLOSED', isFrozen(line.batch) ? 'stipends.errors.settled' : 'stipends.errors.notApproved')
    const data =
      input.outcome === 'PAID'
        ? { status: 'PAID' as const, reference: input.reference!, failureReason: null }
        : { status: 'FAILED' as const, failureReason: input.failureReason!, reference: null }
    await updateVersioned(tx.paymentLine, line.id, input.version, { ...data, settledAt: new Date(), settledById: viewer.userId })
    await uow.audit({
      ...(input.outcome === 'PAID' ? { action: 'payment-line.mark-paid' } : { action: 'payment-line.mark-failed' }),
      entityType: 'PaymentLine',
      entityId: line.id,
      before: { status: line.status },
      after: data,
    })
    await tell(uow, line, input.outcome === 'PAID' ? { reference: input.reference! } : { reason: input.failureReason! })
  })
}

/** Every line still due in an approved batch, marked paid with one reference (the bank's batch reference). */
export async function settleAllPaid(viewer: Viewer, input: SettleAllInput) {
  return write(viewer, prepare, async (tx, uow) => {
    if (!(await uow.lock('PaymentBatch', input.batchId))) throw notFound()
    const batch = await tx.paymentBatch.findUniqueOrThrow({ where: { id: input.batchId }, select: { id: true, status: true } })
    if (!isFrozen(batch)) throw new AppError('CLOSED', 'stipends.errors.notApproved')
    await updateVersioned(tx.paymentBatch, batch.id, input.version, {})
    const due = await tx.paymentLine.findMany({ where: { batchId: batch.id, status: 'DUE' }, select: settledSelect })
    const res = await tx.paymentLine.updateMany({
      where: { batchId: batch.id, status: 'DUE' },
      data: { status: 'PAID', reference: input.reference, settledAt: new Date(), settledById: viewer.userId, version: { increment: 1 } },
    })
    for (const line of due) await tell(uow, line, { reference: input.reference })
    await uow.audit({
      action: 'payment-batch.paid',
      entityType: 'PaymentBatch',
      entityId: batch.id,
      after: { lines: res.count, reference: input.reference },
    })
    return res.count
  })
}
