// Stipends on a real database: the policy and bank details (a wrong IBAN refused beside the
// field, the audit masked), a month's batch with why for each line, maker-checker approval,
// settling lines, a failed line paid again, two staff generating the same month at once, the
// bank's CSV, and what a fellow sees.
import { describe, expect, it } from 'vitest'
import { getDb } from '../server/db'
import { makeCycle, makeViewer } from '../../tests/support/factories'
import { makePlacedFellow, makeSubmittedUpdate, pk } from '../../tests/support/factories-progress'
import { makeBankAccount, makeIban, makeStipendPolicy } from '../../tests/support/factories-stipends'
import { dictionaries } from '../i18n/messages'
import { saveBankAccount, saveStipendPolicy } from './mutations/setup'
import { approveBatch, generateBatch, regenerateBatch } from './mutations/batches'
import { settleAllPaid, settleLine } from './mutations/settle'
import { batchDetail, stipendsOverview } from './queries'
import { exportBatchCsv } from './export'
import { myPayments } from './portal'
import { stipendTotals } from './figures'
import { unsafeStipendYear } from '../insight/year-review/stipends'

const en = dictionaries.en
const code = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: { code?: string; messageKey?: string }) => `${e.code}:${e.messageKey}`,
  )

describe('a cycle’s stipend and a fellow’s bank details', () => {
  it('saves the policy in paisa, refuses a stale edit, and audits it', async () => {
    const staff = await makeViewer('STAFF')
    const a = await makePlacedFellow()
    await saveStipendPolicy(staff, { cycleId: a.cycleId, monthlyPkr: 2_500_000, prorate: true, holdAfterMissing: 2 })
    await saveStipendPolicy(staff, { cycleId: a.cycleId, version: 0, monthlyPkr: 3_000_000, prorate: false, holdAfterMissing: undefined })
    expect(
      await code(saveStipendPolicy(staff, { cycleId: a.cycleId, version: 0, monthlyPkr: 1, prorate: true, holdAfterMissing: 1 })),
    ).toBe('STALE:errors.stale')
    const db = await getDb()
    expect(await db.stipendPolicy.findUnique({ where: { cycleId: a.cycleId } })).toMatchObject({
      monthlyPaisa: 3_000_000,
      prorate: false,
      holdAfterMissing: null,
    })
    // A fellow cannot set it.
    expect(await code(saveStipendPolicy(a.fellow, { cycleId: a.cycleId, monthlyPkr: 1, prorate: true, holdAfterMissing: 1 }))).toMatch(
      /^FORBIDDEN/,
    )
  })

  it('refuses a wrong IBAN beside the field, stores a right one normalised, and never audits it in full', async () => {
    const a = await makePlacedFellow()
    const wrong = await saveBankAccount(a.fellow, {
      accountTitle: 'Ayesha Khan',
      bankName: 'HBL',
      iban: 'PK37 SCBL 0000 0011 2345 6702',
    }).catch((e) => e)
    expect(wrong.fieldErrors).toEqual({ iban: 'stipends.errors.ibanChecksum' })
    const short = await saveBankAccount(a.fellow, { accountTitle: 'Ayesha Khan', bankName: 'HBL', iban: 'PK36 SCBL 0000' }).catch((e) => e)
    expect(short.fieldErrors).toEqual({ iban: 'stipends.errors.ibanFormat' })
    await saveBankAccount(a.fellow, { accountTitle: 'عائشہ خان', bankName: 'HBL', iban: 'pk36 scbl 0000 0011 2345 6702' })
    const db = await getDb()
    const acct = await db.bankAccount.findUniqueOrThrow({ where: { userId: a.user.id } })
    expect(acct.iban).toBe('PK36SCBL0000001123456702')
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: 'bank-account.save', entityId: acct.id } })
    expect(JSON.stringify(audit.after)).not.toContain('1123456702')
    expect(JSON.stringify(audit.after)).toContain('PK36 •••• •••• •••• •••• 6702')
    // Staff cannot write a fellow's bank details.
    const staff = await makeViewer('STAFF')
    expect(await code(saveBankAccount(staff, { accountTitle: 'x', bankName: 'y', iban: 'PK36SCBL0000001123456702' }))).toMatch(/^FORBIDDEN/)
  })
})

describe('a month’s payment batch', () => {
  it('pays full and pro-rated months, holds for missing updates and missing bank details, and says why', async () => {
    const maker = await makeViewer('STAFF')
    // Cycle 1 Oct to 31 Dec 2026, weekly updates.
    const full = await makePlacedFellow({ cadence: 'WEEKLY', graceDays: 0 })
    const db = await getDb()
    const late = await makePlacedFellow({ cycleId: full.cycleId, projectId: full.project.id })
    await db.fellowship.update({ where: { id: late.fellowship.id }, data: { startedAt: pk('2026-11-10') } })
    const left = await makePlacedFellow({ cycleId: full.cycleId, projectId: full.project.id })
    await db.fellowship.update({ where: { id: left.fellowship.id }, data: { status: 'WITHDRAWN', endedAt: pk('2026-11-20') } })
    const noBank = await makePlacedFellow({ cycleId: full.cycleId, projectId: full.project.id })
    for (const f of [full, late, left]) await makeBankAccount(f.user.id)
    await makeStipendPolicy(full.cycleId, { monthlyPaisa: 3_000_000, holdAfterMissing: 6 })
    // By 1 December, 8 weekly periods have closed; `full` and `noBank` submitted all but none, `late` none.
    for (let i = 0; i < 8; i++) await makeSubmittedUpdate(full.fellowship.id, i)
    for (let i = 0; i < 8; i++) await makeSubmittedUpdate(noBank.fellowship.id, i)
    for (let i = 0; i < 8; i++) await makeSubmittedUpdate(left.fellowship.id, i)
    const now = new Date('2026-12-01T10:00:00Z')
    const { id, lines } = await generateBatch(maker, { cycleId: full.cycleId, month: '2026-11' }, now)
    expect(lines).toBe(4)
    const detail = await batchDetail(maker, id)
    const byName = new Map(detail.lines.map((l) => [l.name, l]))
    expect(byName.get(full.user.name)).toMatchObject({ amountPaisa: 3_000_000, status: 'DUE', reason: { kind: 'full' } })
    // Started 10 November: 21 of 30 days, and 8 updates missing (more than 6): held.
    expect(byName.get(late.user.name)).toMatchObject({
      amountPaisa: 2_100_000,
      status: 'HELD',
      reason: { kind: 'held', missing: 8, would: { kind: 'prorated', from: 10, to: 30, days: 21, of: 30 } },
    })
    // Withdrew 20 November: 20 of 30 days.
    expect(byName.get(left.user.name)).toMatchObject({ amountPaisa: 2_000_000, status: 'DUE', reason: { kind: 'prorated', days: 20 } })
    expect(byName.get(noBank.user.name)).toMatchObject({ status: 'HELD', reason: { kind: 'held', noBank: true } })
    // Masked unless asked; a full view is audited.
    expect(byName.get(full.user.name)!.iban).toMatch(/^PK\d\d •••• •••• •••• •••• \w{4}$/)
    const shown = await batchDetail(maker, id, { full: true })
    expect(shown.lines.find((l) => l.name === full.user.name)!.iban).toMatch(/^PK\d\d MEZN /)
    expect(await db.auditLog.count({ where: { action: 'iban.view', entityId: id, actorId: maker.userId } })).toBe(1)
    expect(detail.totals.duePaisa).toBe(5_000_000)
  })

  it('maker-checker: the preparer cannot approve; another staff member can, which freezes it; lines are then settled', async () => {
    const maker = await makeViewer('STAFF')
    const checker = await makeViewer('ADMIN')
    const a = await makePlacedFellow()
    const b = await makePlacedFellow({ cycleId: a.cycleId, projectId: a.project.id })
    await makeBankAccount(a.user.id, { accountTitle: 'عائشہ خان' })
    await makeBankAccount(b.user.id)
    await makeStipendPolicy(a.cycleId)
    const { id } = await generateBatch(maker, { cycleId: a.cycleId, month: '2026-10' })
    // Lines cannot be settled before approval.
    const before = await batchDetail(maker, id)
    expect(await code(settleLine(maker, { lineId: before.lines[0]!.id, version: 0, outcome: 'PAID', reference: 'X' }))).toBe(
      'CLOSED:stipends.errors.notApproved',
    )
    expect(await code(approveBatch(maker, { batchId: id, version: 0 }))).toBe('CONFLICT:stipends.errors.ownBatch')
    expect((await batchDetail(maker, id)).canApprove).toBe(false)
    expect((await batchDetail(checker, id)).canApprove).toBe(true)
    // The same month again: already prepared.
    expect(await code(generateBatch(checker, { cycleId: a.cycleId, month: '2026-10' }))).toBe('CONFLICT:stipends.errors.alreadyGenerated')
    // A stale approval (someone generated it again meanwhile) is refused.
    await regenerateBatch(maker, { batchId: id, version: 0 })
    expect(await code(approveBatch(checker, { batchId: id, version: 0 }))).toBe('STALE:errors.stale')
    await approveBatch(checker, { batchId: id, version: 1 })
    expect(await code(regenerateBatch(maker, { batchId: id, version: 2 }))).toBe('CLOSED:stipends.errors.frozen')
    expect(await code(approveBatch(checker, { batchId: id, version: 2 }))).toBe('CLOSED:stipends.errors.frozen')
    const db = await getDb()
    // Bank details are copied at approval: a later edit does not change the line.
    const line = await db.paymentLine.findFirstOrThrow({ where: { batchId: id, fellowshipId: a.fellowship.id } })
    expect(line.accountTitle).toBe('عائشہ خان')

    // The bank file: BOM, one row per due line, amount with two decimals, audited.
    // Under another cycle's address the batch is not found, and nothing is audited.
    expect(await code(exportBatchCsv(maker, (await makeCycle()).id, id, en))).toMatch(/^NOT_FOUND/)
    const csv = await exportBatchCsv(maker, a.cycleId, id, en)
    const text = csv.chunks.join('')
    expect(text.startsWith('\uFEFF')).toBe(true)
    expect(text).toContain('عائشہ خان')
    expect(text).toContain(',25000.00,')
    expect(text.trim().split('\r\n')).toHaveLength(3)
    expect(await db.auditLog.count({ where: { action: 'payment-batch.export', entityId: id } })).toBe(1)

    await settleLine(maker, { lineId: line.id, version: line.version, outcome: 'FAILED', failureReason: 'Account closed' })
    expect(await code(settleLine(maker, { lineId: line.id, version: line.version + 1, outcome: 'PAID', reference: 'X' }))).toBe(
      'CLOSED:stipends.errors.settled',
    )
    expect(await settleAllPaid(maker, { batchId: id, version: 2, reference: 'HBL-0042' })).toBe(1)
    // Each fellow is told: paid with the reference, or failed with why.
    const told = await db.notification.findMany({
      where: { userId: { in: [a.user.id, b.user.id] } },
      select: { userId: true, kind: true, body: true },
    })
    expect(told.find((t) => t.userId === a.user.id)).toMatchObject({
      kind: 'stipend-failed',
      body: expect.stringContaining('Account closed'),
    })
    expect(told.find((t) => t.userId === b.user.id)).toMatchObject({ kind: 'stipend-paid', body: expect.stringContaining('HBL-0042') })

    // The failed line is paid again in the next batch, as attempt 2 for October.
    const next = await generateBatch(maker, { cycleId: a.cycleId, month: '2026-11' })
    const lines = await db.paymentLine.findMany({
      where: { batchId: next.id, fellowshipId: a.fellowship.id },
      orderBy: { forMonth: 'asc' },
    })
    expect(lines.map((l) => [l.forMonth.toISOString().slice(0, 7), l.attempt, l.amountPaisa])).toEqual([
      ['2026-10', 2, 2_500_000],
      ['2026-11', 1, 2_500_000],
    ])
    expect(lines[0]!.reason).toMatchObject({ kind: 'retry', attempt: 2, previous: 'Account closed' })

    // The fellow sees approved payments only, and what comes next.
    const mine = await myPayments(a.fellow, new Date('2026-11-15T00:00:00Z'))
    expect(mine.programmes[0]!.lines.map((l) => l.status)).toEqual(['FAILED'])
    expect(mine.programmes[0]!.next).toMatchObject({ monthKey: '2026-12', amountPaisa: 2_500_000 })
    const theirs = await myPayments(b.fellow)
    expect(theirs.programmes[0]!.lines).toMatchObject([{ status: 'PAID', reference: 'HBL-0042' }])

    // Insight: totals per programme, cycle and month; the year's total hidden below MIN_CELL fellows paid.
    const totals = (await stipendTotals(checker, 1000)).filter((r) => r.cycleId === a.cycleId)
    expect(totals.map((r) => [r.month, r.paidPaisa, r.duePaisa, r.fellowsPaid])).toEqual([
      ['2026-11', 0, 5_000_000, 0],
      ['2026-10', 2_500_000, 2_500_000, 1],
    ])
    await expect(stipendTotals(a.fellow)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    expect(await unsafeStipendYear(1999)).toEqual({ paidPaisa: null, fellowsPaid: 0 })

    const overview = await stipendsOverview(maker, a.cycleId)
    expect(overview.batches.map((x) => x.status)).toEqual(['PREPARED', 'APPROVED'])
    expect(overview.suggestedMonth).toBe('2026-12')
  })

  it('two staff generating the same month at once make one batch; the other is told, never a 500', async () => {
    const s1 = await makeViewer('STAFF')
    const s2 = await makeViewer('STAFF')
    const a = await makePlacedFellow()
    for (let i = 0; i < 5; i++) {
      const f = await makePlacedFellow({ cycleId: a.cycleId, projectId: a.project.id })
      await makeBankAccount(f.user.id, { iban: makeIban() })
    }
    await makeStipendPolicy(a.cycleId)
    const results = await Promise.allSettled([
      generateBatch(s1, { cycleId: a.cycleId, month: '2026-12' }),
      generateBatch(s2, { cycleId: a.cycleId, month: '2026-12' }),
    ])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult
    expect(lost.reason).toMatchObject({ code: 'CONFLICT', messageKey: 'stipends.errors.alreadyGenerated' })
    const db = await getDb()
    expect(await db.paymentBatch.count({ where: { cycleId: a.cycleId } })).toBe(1)
    const lines = await db.paymentLine.findMany({ where: { batch: { cycleId: a.cycleId } }, select: { fellowshipId: true } })
    expect(lines).toHaveLength(6)
    expect(new Set(lines.map((l) => l.fellowshipId)).size).toBe(6)
  })

  it('refuses generating without a stipend set, and staff of no role', async () => {
    const staff = await makeViewer('STAFF')
    const a = await makePlacedFellow()
    expect(await code(generateBatch(staff, { cycleId: a.cycleId, month: '2026-10' }))).toBe('INVALID:stipends.errors.noPolicy')
    expect(await code(generateBatch(a.fellow, { cycleId: a.cycleId, month: '2026-10' }))).toMatch(/^FORBIDDEN/)
    const partner = await makeViewer('PARTNER')
    await expect(stipendsOverview(partner, a.cycleId)).rejects.toMatchObject({ code: 'FORBIDDEN' })
  })
})
