// A month's payment batch: one staff member generates (or regenerates) it, a different one
// approves it, which freezes it and copies each fellow's bank details onto their line. Two
// staff generating the same month at once make one batch: the cycle's row lock makes them take
// turns, and the unique key (cycleId, month) backs it up; the second is told who prepared it.
import 'server-only'
import { Prisma } from '@prisma/client'
import { write } from '../../server/unit-of-work'
import { permit } from '../../auth/permit'
import { AppError, notFound } from '../../server/errors'
import { updateVersioned } from '../../server/versioned'
import type { Viewer } from '../../auth/viewer'
import type { Tx } from '../../server/tx'
import { fillBatch } from '../lines'
import { monthDate, monthKeyOfDate } from '../prorate'
import { canApprove, isFrozen } from '../policy'
import type { BatchStepInput, GenerateBatchInput } from '../schema'

const prepare = permit('payment:prepare')
// 2,000 fellows' lines are one insert, but a slow disk should not cut a batch in half.
const TIMEOUT = 30_000

const cycleSelect = { id: true, startDate: true, endDate: true, reportingCadence: true, reportingGraceDays: true } as const

async function policyOf(tx: Tx, cycleId: string) {
  const policy = await tx.stipendPolicy.findUnique({
    where: { cycleId },
    select: { monthlyPaisa: true, prorate: true, holdAfterMissing: true },
  })
  if (!policy) throw new AppError('INVALID', 'stipends.errors.noPolicy')
  return policy
}

export async function generateBatch(viewer: Viewer, input: GenerateBatchInput, now = new Date()) {
  const alreadyMade = () => new AppError('CONFLICT', 'stipends.errors.alreadyGenerated', { month: 'stipends.errors.alreadyGenerated' })
  return write(
    viewer,
    prepare,
    async (tx, uow) => {
      if (!(await uow.lock('Cycle', input.cycleId))) throw notFound()
      const cycle = await tx.cycle.findUniqueOrThrow({ where: { id: input.cycleId }, select: cycleSelect })
      const month = monthDate(input.month)
      const existing = await tx.paymentBatch.findUnique({ where: { cycleId_month: { cycleId: cycle.id, month } }, select: { id: true } })
      if (existing) throw alreadyMade()
      const policy = await policyOf(tx, cycle.id)
      const batch = await tx.paymentBatch.create({ data: { cycleId: cycle.id, month, preparedById: viewer.userId }, select: { id: true } })
      const lines = await fillBatch(tx, batch.id, cycle, policy, input.month, now)
      await uow.audit({
        action: 'payment-batch.generate',
        entityType: 'PaymentBatch',
        entityId: batch.id,
        after: { month: input.month, lines },
      })
      return { id: batch.id, lines }
    },
    { unique: alreadyMade, timeout: TIMEOUT },
  )
}

async function lockedBatch(tx: Tx, uow: { lock: (t: 'PaymentBatch', id: string) => Promise<boolean> }, batchId: string) {
  if (!(await uow.lock('PaymentBatch', batchId))) throw notFound()
  return tx.paymentBatch.findUniqueOrThrow({
    where: { id: batchId },
    select: { id: true, cycleId: true, month: true, status: true, preparedById: true, version: true },
  })
}

/** Works the lines out again (the policy, a fellow's dates or bank details changed): the regenerator becomes the preparer. */
export async function regenerateBatch(viewer: Viewer, input: BatchStepInput, now = new Date()) {
  return write(
    viewer,
    prepare,
    async (tx, uow) => {
      const batch = await lockedBatch(tx, uow, input.batchId)
      if (isFrozen(batch)) throw new AppError('CLOSED', 'stipends.errors.frozen')
      const cycle = await tx.cycle.findUniqueOrThrow({ where: { id: batch.cycleId }, select: cycleSelect })
      const policy = await policyOf(tx, cycle.id)
      await updateVersioned(tx.paymentBatch, batch.id, input.version, { preparedById: viewer.userId, preparedAt: now })
      const removed = await tx.paymentLine.deleteMany({ where: { batchId: batch.id } })
      const lines = await fillBatch(tx, batch.id, cycle, policy, monthKeyOfDate(batch.month), now)
      await uow.audit({
        action: 'payment-batch.regenerate',
        entityType: 'PaymentBatch',
        entityId: batch.id,
        before: { lines: removed.count, preparedById: batch.preparedById },
        after: { lines },
      })
    },
    { timeout: TIMEOUT },
  )
}

export async function approveBatch(viewer: Viewer, input: BatchStepInput) {
  return write(
    viewer,
    permit('payment:approve'),
    async (tx, uow) => {
      const batch = await lockedBatch(tx, uow, input.batchId)
      if (isFrozen(batch)) throw new AppError('CLOSED', 'stipends.errors.frozen')
      if (!canApprove(viewer, batch)) throw new AppError('CONFLICT', 'stipends.errors.ownBatch')
      await updateVersioned(tx.paymentBatch, batch.id, input.version, {
        status: 'APPROVED',
        approvedById: viewer.userId,
        approvedAt: new Date(),
      })
      // The bank details used are the ones at approval: a later edit does not change what was sent.
      await tx.$executeRaw(Prisma.sql`
        UPDATE "PaymentLine" l
           SET "accountTitle" = b."accountTitle", "bankName" = b."bankName", "iban" = b."iban"
          FROM "Fellowship" f JOIN "BankAccount" b ON b."userId" = f."userId"
         WHERE l."batchId" = ${batch.id}::uuid AND l."status" = 'DUE' AND f."id" = l."fellowshipId"`)
      const totals = await tx.paymentLine.aggregate({
        where: { batchId: batch.id, status: 'DUE' },
        _sum: { amountPaisa: true },
        _count: true,
      })
      await uow.audit({
        action: 'payment-batch.approve',
        entityType: 'PaymentBatch',
        entityId: batch.id,
        after: { lines: totals._count, totalPaisa: totals._sum.amountPaisa ?? 0 },
      })
    },
    { timeout: TIMEOUT },
  )
}
