// After the bank has the approved batch: each line marked paid with the bank's reference, or
// failed with the reason (a failed line is paid again in the next batch, as its next attempt).
import 'server-only'
import { write } from '../../server/unit-of-work'
import { permit } from '../../auth/permit'
import { AppError, notFound } from '../../server/errors'
import { updateVersioned } from '../../server/versioned'
import type { Viewer } from '../../auth/viewer'
import { canSettle, isFrozen } from '../policy'
import type { SettleAllInput, SettleLineInput } from '../schema'

const prepare = permit('payment:prepare')

export async function settleLine(viewer: Viewer, input: SettleLineInput) {
  return write(viewer, prepare, async (tx, uow) => {
    if (!(await uow.lock('PaymentLine', input.lineId))) throw notFound()
    const line = await tx.paymentLine.findUniqueOrThrow({
      where: { id: input.lineId },
      select: { id: true, status: true, batch: { select: { status: true } } },
    })
    if (!canSettle(line.batch, line))
      throw new AppError('CLOSED', isFrozen(line.batch) ? 'stipends.errors.settled' : 'stipends.errors.notApproved')
    const data =
      input.outcome === 'PAID'
        ? { status: 'PAID' as const, reference: input.reference!, failureReason: null }
        : { status: 'FAILED' as const, failureReason: input.failureReason!, reference: null }
    await updateVersioned(tx.paymentLine, line.id, input.version, { ...data, settledAt: new Date(), settledById: viewer.userId })
    await uow.audit({
      action: input.outcome === 'PAID' ? 'payment-line.paid' : 'payment-line.failed',
      entityType: 'PaymentLine',
      entityId: line.id,
      before: { status: line.status },
      after: data,
    })
  })
}

/** Every line still due in an approved batch, marked paid with one reference (the bank's batch reference). */
export async function settleAllPaid(viewer: Viewer, input: SettleAllInput) {
  return write(viewer, prepare, async (tx, uow) => {
    if (!(await uow.lock('PaymentBatch', input.batchId))) throw notFound()
    const batch = await tx.paymentBatch.findUniqueOrThrow({ where: { id: input.batchId }, select: { id: true, status: true } })
    if (!isFrozen(batch)) throw new AppError('CLOSED', 'stipends.errors.notApproved')
    await updateVersioned(tx.paymentBatch, batch.id, input.version, {})
    const res = await tx.paymentLine.updateMany({
      where: { batchId: batch.id, status: 'DUE' },
      data: { status: 'PAID', reference: input.reference, settledAt: new Date(), settledById: viewer.userId, version: { increment: 1 } },
    })
    await uow.audit({
      action: 'payment-batch.paid',
      entityType: 'PaymentBatch',
      entityId: batch.id,
      after: { lines: res.count, reference: input.reference },
    })
    return res.count
  })
}
