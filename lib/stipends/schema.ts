// Stipend forms: a cycle's stipend policy, a fellow's bank details, generating a month's batch,
// approving it, and settling its lines (paid with a reference, or failed with a reason).
// IBANs are checked in the domain (iban.ts), so the message names what is wrong with one.
import { z } from 'zod'
import { checkbox, optionalInt, text, uuid, version } from '../validation'
import { parsePkr } from './money'
import { parseMonthKey } from './prorate'

const pkr = () =>
  z.preprocess(
    (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : (parsePkr(v) ?? 'invalid')) : v),
    z
      .number({ error: (iss) => (iss.input === undefined ? 'errors.required' : 'errors.notANumber') })
      .int({ error: 'errors.notANumber' })
      .min(1, { error: 'errors.tooSmall' }),
  )

const monthKey = () =>
  z
    .string({ error: 'errors.required' })
    .trim()
    .min(1, { error: 'errors.required' })
    .refine((v) => parseMonthKey(v) !== null, { error: 'errors.invalidDate' })

export const savePolicySchema = z.object({
  cycleId: uuid(),
  version: z.preprocess((v) => (v === '' ? undefined : v), version().optional()),
  monthlyPkr: pkr(),
  prorate: checkbox(),
  holdAfterMissing: optionalInt(0, 52),
})
export type SavePolicyInput = z.infer<typeof savePolicySchema>

export const saveBankAccountSchema = z.object({
  version: z.preprocess((v) => (v === '' ? undefined : v), version().optional()),
  accountTitle: text(120),
  bankName: text(120),
  iban: text(60),
})
export type SaveBankAccountInput = z.infer<typeof saveBankAccountSchema>

export const generateBatchSchema = z.object({
  cycleId: uuid(),
  month: monthKey(),
})
export type GenerateBatchInput = z.infer<typeof generateBatchSchema>

export const batchStepSchema = z.object({
  batchId: uuid(),
  version: version(),
})
export type BatchStepInput = z.infer<typeof batchStepSchema>

export const settleLineSchema = z
  .object({
    lineId: uuid(),
    version: version(),
    outcome: z.enum(['PAID', 'FAILED'], { error: 'errors.invalidChoice' }),
    reference: z.preprocess((v) => (typeof v === 'string' ? v.trim() : v), z.string().max(120, { error: 'errors.tooLong' }).optional()),
    failureReason: z.preprocess((v) => (typeof v === 'string' ? v.trim() : v), z.string().max(300, { error: 'errors.tooLong' }).optional()),
  })
  .superRefine((v, ctx) => {
    if (v.outcome === 'PAID' && !v.reference) ctx.addIssue({ code: 'custom', path: ['reference'], message: 'errors.required' })
    if (v.outcome === 'FAILED' && !v.failureReason) ctx.addIssue({ code: 'custom', path: ['failureReason'], message: 'errors.required' })
  })
export type SettleLineInput = z.infer<typeof settleLineSchema>

/** Every line still due in an approved batch marked paid with the bank's reference. */
export const settleAllSchema = z.object({
  batchId: uuid(),
  version: version(),
  reference: text(120),
})
export type SettleAllInput = z.infer<typeof settleAllSchema>
