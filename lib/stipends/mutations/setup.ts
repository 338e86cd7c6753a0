// A cycle's stipend policy (staff) and a fellow's own bank details. Bank details are audited
// with the IBAN masked: staff read the audit log, and only payment preparers see full IBANs.
import 'server-only'
import { write } from '../../server/unit-of-work'
import { permit } from '../../auth/permit'
import { AppError, notFound } from '../../server/errors'
import { updateVersioned } from '../../server/versioned'
import type { Viewer } from '../../auth/viewer'
import { maskIban, normaliseIban, pkIbanProblem } from '../iban'
import type { SaveBankAccountInput, SavePolicyInput } from '../schema'

export async function saveStipendPolicy(viewer: Viewer, input: SavePolicyInput) {
  return write(viewer, permit('stipend:configure'), async (tx, uow) => {
    if (!(await uow.lock('Cycle', input.cycleId))) throw notFound()
    const data = { monthlyPaisa: input.monthlyPkr, prorate: input.prorate, holdAfterMissing: input.holdAfterMissing ?? null }
    const before = await tx.stipendPolicy.findUnique({ where: { cycleId: input.cycleId } })
    if (before) {
      if (input.version === undefined) throw new AppError('STALE', 'errors.stale')
      await updateVersioned(tx.stipendPolicy, before.id, input.version, data)
    } else {
      await tx.stipendPolicy.create({ data: { cycleId: input.cycleId, ...data } })
    }
    await uow.audit({
      action: 'stipend-policy.save',
      entityType: 'Cycle',
      entityId: input.cycleId,
      before: before
        ? { monthlyPaisa: before.monthlyPaisa, prorate: before.prorate, holdAfterMissing: before.holdAfterMissing }
        : undefined,
      after: data,
    })
  })
}

const masked = (a: { accountTitle: string; bankName: string; iban: string }) => ({
  accountTitle: a.accountTitle,
  bankName: a.bankName,
  iban: maskIban(a.iban),
})

export async function saveBankAccount(viewer: Viewer, input: SaveBankAccountInput) {
  const iban = normaliseIban(input.iban)
  const problem = pkIbanProblem(iban)
  if (problem) {
    const key = problem === 'format' ? 'stipends.errors.ibanFormat' : 'stipends.errors.ibanChecksum'
    throw new AppError('INVALID', key, { iban: key })
  }
  return write(viewer, permit('bank:write:own'), async (tx, uow) => {
    if (!(await uow.lock('User', viewer.userId))) throw notFound()
    const data = { accountTitle: input.accountTitle, bankName: input.bankName, iban }
    const before = await tx.bankAccount.findUnique({ where: { userId: viewer.userId } })
    let id: string
    if (before) {
      if (input.version === undefined) throw new AppError('STALE', 'errors.stale')
      await updateVersioned(tx.bankAccount, before.id, input.version, data)
      id = before.id
    } else {
      id = (await tx.bankAccount.create({ data: { userId: viewer.userId, ...data }, select: { id: true } })).id
    }
    await uow.audit({
      action: 'bank-account.save',
      entityType: 'BankAccount',
      entityId: id,
      before: before ? masked(before) : undefined,
      after: masked(data),
    })
  })
}
