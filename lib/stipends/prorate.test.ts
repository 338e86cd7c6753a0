import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { dueForMonth, monthDays, monthsBetween, prorated } from './prorate'

const DAY0 = Date.UTC(2025, 0, 1) / 86_400_000

describe('pro-rating a stipend (integer paisa)', () => {
  it('pays a whole month exactly and a partial one by its days', () => {
    expect(dueForMonth(2_500_000, true, '2026-11', 0, 99_999)).toEqual({ amountPaisa: 2_500_000, reason: { kind: 'full' } })
    const { first } = monthDays('2026-11')
    // from the 10th of a 30-day month: 21 of 30 days
    const d = dueForMonth(2_500_000, true, '2026-11', first + 9, 99_999)!
    expect(d.reason).toEqual({ kind: 'prorated', from: 10, to: 30, days: 21, of: 30 })
    expect(d.amountPaisa).toBe(1_750_000)
    // without pro-rating, any day earns the month
    expect(dueForMonth(2_500_000, false, '2026-11', first + 29, 99_999)!.amountPaisa).toBe(2_500_000)
    expect(dueForMonth(2_500_000, true, '2026-11', first + 30, 99_999)).toBeNull()
  })

  it('rounds half up to a whole paisa', () => {
    expect(prorated(100, 1, 3)).toBe(33)
    expect(prorated(100, 2, 3)).toBe(67)
    expect(prorated(1, 1, 2)).toBe(1)
  })

  it('sums a fellowship’s months to what its active days are worth, within half a paisa a month', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50_000_000 }),
        fc.integer({ min: 0, max: 900 }),
        fc.integer({ min: 0, max: 400 }),
        (monthly, start, length) => {
          const from = DAY0 + start
          const to = from + length
          const months = monthsBetween(from, to)
          let paid = 0
          // exact worth as a fraction: sum of monthly*days/of, compared without floats by scaling
          let worthNumerator = 0n
          let denominator = 1n
          for (const m of months) {
            const due = dueForMonth(monthly, true, m, from, to)!
            expect(Number.isInteger(due.amountPaisa)).toBe(true)
            paid += due.amountPaisa
            const { first, last, days } = monthDays(m)
            const active = BigInt(Math.min(last, to) - Math.max(first, from) + 1)
            // a/b + c/d = (ad + cb)/bd
            worthNumerator = worthNumerator * BigInt(days) + BigInt(monthly) * active * denominator
            denominator *= BigInt(days)
          }
          const diff = BigInt(paid) * denominator - worthNumerator
          const abs = diff < 0n ? -diff : diff
          // |paid - worth| <= months / 2
          expect(abs * 2n <= BigInt(months.length) * denominator).toBe(true)
        },
      ),
      { numRuns: 300 },
    )
  })

  it('pays whole months exactly: a fellowship of whole calendar months is paid months × monthly', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50_000_000 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 1, max: 12 }),
        (monthly, offset, n) => {
          const startMonth = new Date(Date.UTC(2025, offset, 1)).toISOString().slice(0, 7)
          const from = monthDays(startMonth).first
          const lastMonth = new Date(Date.UTC(2025, offset + n - 1, 1)).toISOString().slice(0, 7)
          const to = monthDays(lastMonth).last
          const sum = monthsBetween(from, to).reduce((s, m) => s + dueForMonth(monthly, true, m, from, to)!.amountPaisa, 0)
          expect(sum).toBe(monthly * n)
        },
      ),
    )
  })

  it('never pays a month twice: the months of a fellowship are distinct and in order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 900 }), fc.integer({ min: 0, max: 800 }), (start, length) => {
        const ms = monthsBetween(DAY0 + start, DAY0 + start + length)
        expect(new Set(ms).size).toBe(ms.length)
        expect([...ms].sort()).toEqual(ms)
      }),
    )
  })
})
