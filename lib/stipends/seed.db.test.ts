// The demo's stipends: the women's internship cohort has its stipend, three months paid (one
// payment failed and paid again) and March awaiting approval by someone other than its preparer.
import { beforeAll, describe, expect, it } from 'vitest'
import { getDb } from '../server/db'
import { seed } from '../../prisma/seed'
import { demoAccounts } from '../demo'
import { pkIbanProblem } from './iban'

beforeAll(async () => {
  await seed(await getDb())
}, 600_000)

describe('the demo seed', () => {
  it('pays the women’s internship cohort for three months and leaves March for a second staff member to approve', async () => {
    const db = await getDb()
    const cycle = await db.cycle.findFirstOrThrow({ where: { name: 'Cohort 1 (2021–22)' }, select: { id: true, stipendPolicy: true } })
    expect(cycle.stipendPolicy).toMatchObject({ monthlyPaisa: 4_000_000, prorate: true })
    const batches = await db.paymentBatch.findMany({
      where: { cycleId: cycle.id },
      orderBy: { month: 'asc' },
      select: {
        month: true,
        status: true,
        preparedBy: { select: { email: true } },
        lines: { select: { status: true, attempt: true, reason: true, amountPaisa: true } },
      },
    })
    expect(batches.map((b) => [b.month.toISOString().slice(0, 7), b.status])).toEqual([
      ['2021-12', 'APPROVED'],
      ['2022-01', 'APPROVED'],
      ['2022-02', 'APPROVED'],
      ['2022-03', 'PREPARED'],
    ])
    // Demo STAFF and ADMIN did not prepare March, so either can approve it.
    const demoStaff = demoAccounts.filter((a) => a.role === 'STAFF' || a.role === 'ADMIN').map((a) => a.email)
    expect(demoStaff).not.toContain(batches[3]!.preparedBy.email)
    // December is pro-rated from the cohort's start on the 6th.
    expect(batches[0]!.lines.some((l) => (l.reason as { kind: string }).kind === 'prorated')).toBe(true)
    expect(batches[1]!.lines.filter((l) => l.status === 'FAILED')).toHaveLength(1)
    expect(batches[2]!.lines.filter((l) => l.attempt === 2 && l.status === 'PAID')).toHaveLength(1)
    for (const b of batches.slice(0, 3)) expect(b.lines.filter((l) => l.status === 'PAID').length).toBeGreaterThan(0)
    const accounts = await db.bankAccount.findMany({
      where: { user: { fellowships: { some: { cycleId: cycle.id } } } },
      select: { iban: true },
    })
    expect(accounts.length).toBeGreaterThan(0)
    for (const a of accounts) expect(pkIbanProblem(a.iban)).toBeNull()
  })
})
