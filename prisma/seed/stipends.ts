// Stipends of the KP Civic Women's Internship, cohort 1: the programme's monthly stipend set on
// the cycle (pro-rated, held after two missing weekly updates), every intern's bank details,
// three months paid (December pro-rated from the 6th; one January payment failed and was paid
// again in February), and March prepared by Sohail Ahmad and awaiting approval, so the demo
// STAFF or ADMIN account can approve it. Lines are worked out by the app's own rules (fillBatch).
import { Prisma } from '@prisma/client'
import { fillBatch } from '../../lib/stipends/lines'
import { withCheckDigits } from '../../lib/stipends/iban'
import { sha256Hex } from '../../lib/hash'
import { at, sid, type IdOf, type SeedContext } from './helpers'
import { demo } from './people'

const BANKS = [
  { code: 'HABB', name: 'Habib Bank Limited' },
  { code: 'MEZN', name: 'Meezan Bank' },
  { code: 'BKIP', name: 'Bank of Khyber' },
  { code: 'UNIL', name: 'United Bank Limited' },
]

const MONTHS = [
  {
    month: '2021-12',
    preparer: 'ali@daftar.pk',
    approver: 'STAFF',
    preparedAt: '2022-01-03T06:00:00Z',
    approvedAt: '2022-01-03T09:00:00Z',
  },
  {
    month: '2022-01',
    preparer: 'sohail@daftar.pk',
    approver: 'ADMIN',
    preparedAt: '2022-02-02T06:00:00Z',
    approvedAt: '2022-02-02T10:00:00Z',
  },
  {
    month: '2022-02',
    preparer: 'ali@daftar.pk',
    approver: 'STAFF',
    preparedAt: '2022-03-02T06:00:00Z',
    approvedAt: '2022-03-02T11:00:00Z',
  },
  { month: '2022-03', preparer: 'sohail@daftar.pk', approver: null, preparedAt: '2022-04-04T06:00:00Z', approvedAt: null },
] as const

export async function seedStipends({ prisma, count }: SeedContext, cid: IdOf, uid: IdOf) {
  const cycleId = cid('women-1')
  if (!cycleId) return
  // Written once: a second run, or staff's changes since, are left alone.
  if (await prisma.stipendPolicy.findUnique({ where: { cycleId }, select: { id: true } })) return
  const cycle = await prisma.cycle.findUniqueOrThrow({
    where: { id: cycleId },
    select: {
      id: true,
      startDate: true,
      endDate: true,
      reportingCadence: true,
      reportingGraceDays: true,
      programme: { select: { stipendPkr: true } },
    },
  })
  const policy = { monthlyPaisa: (cycle.programme.stipendPkr ?? 40_000) * 100, prorate: true, holdAfterMissing: 2 }
  await prisma.stipendPolicy.create({ data: { id: sid('stipend-policy', 'women-1'), cycleId, ...policy } })
  count('StipendPolicy', 1)

  const fellows = await prisma.fellowship.findMany({
    where: { cycleId },
    orderBy: { user: { email: 'asc' } },
    select: { userId: true, user: { select: { name: true, email: true } } },
  })
  const accounts = fellows.map((f, i) => {
    const bank = BANKS[i % BANKS.length]
    const digits = BigInt(`0x${sha256Hex(`daftar-seed-iban:${f.user.email}`).slice(0, 14)}`)
      .toString()
      .padStart(16, '0')
      .slice(0, 16)
    return {
      id: sid('bank-account', f.user.email),
      userId: f.userId,
      accountTitle: f.user.name,
      bankName: bank.name,
      iban: withCheckDigits(`${bank.code}${digits}`),
    }
  })
  await prisma.bankAccount.createMany({ data: accounts, skipDuplicates: true })
  count('BankAccount', accounts.length)

  for (const [i, m] of MONTHS.entries()) {
    const preparedById = uid(m.preparer)
    const approvedById = m.approver ? uid(demo(m.approver).email) : null
    if (!preparedById || (m.approver && !approvedById)) return
    const batch = await prisma.paymentBatch.create({
      data: {
        id: sid('payment-batch', 'women-1', m.month),
        cycleId,
        month: new Date(`${m.month}-01T00:00:00Z`),
        preparedById,
        preparedAt: at(m.preparedAt),
        ...(approvedById ? { status: 'APPROVED', approvedById, approvedAt: at(m.approvedAt!) } : {}),
      },
    })
    // Worked out as on the day it was prepared.
    await fillBatch(prisma, batch.id, cycle, policy, m.month, at(m.preparedAt))
    count('PaymentBatch', 1)
    if (!approvedById) continue
    await prisma.$executeRaw(Prisma.sql`
      UPDATE "PaymentLine" l
         SET "accountTitle" = b."accountTitle", "bankName" = b."bankName", "iban" = b."iban"
        FROM "Fellowship" f JOIN "BankAccount" b ON b."userId" = f."userId"
       WHERE l."batchId" = ${batch.id}::uuid AND l."status" = 'DUE' AND f."id" = l."fellowshipId"`)
    const due = await prisma.paymentLine.findMany({
      where: { batchId: batch.id, status: 'DUE' },
      orderBy: { fellowship: { user: { email: 'asc' } } },
      select: { id: true },
    })
    const settledAt = new Date(at(m.approvedAt!).getTime() + 2 * 86_400_000)
    // January: one payment bounced (the account title did not match); February pays it again.
    const failed = m.month === '2022-01' ? due[0]?.id : undefined
    if (failed)
      await prisma.paymentLine.update({
        where: { id: failed },
        data: { status: 'FAILED', failureReason: 'Account title does not match the bank’s records', settledAt, settledById: preparedById },
      })
    await prisma.paymentLine.updateMany({
      where: { batchId: batch.id, status: 'DUE' },
      data: {
        status: 'PAID',
        reference: `BOK-${m.month.replace('-', '')}-${String(i + 1).padStart(3, '0')}`,
        settledAt,
        settledById: preparedById,
      },
    })
    count('PaymentLine', due.length)
  }
}
