import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { groupIban, maskIban, normaliseIban, pkIbanProblem, withCheckDigits } from './iban'
import { formatPkr, paisaToPlain, parsePkr } from './money'

describe('Pakistani IBANs', () => {
  it('accepts a valid IBAN typed with spaces and in lower case', () => {
    const iban = normaliseIban('pk36 scbl 0000 0011 2345 6702')
    expect(iban).toBe('PK36SCBL0000001123456702')
    expect(pkIbanProblem(iban)).toBeNull()
  })
  it('refuses a wrong length, a wrong country, digits for the bank code and a wrong check digit', () => {
    expect(pkIbanProblem('PK36SCBL000000112345670')).toBe('format')
    expect(pkIbanProblem('GB36SCBL0000001123456702')).toBe('format')
    expect(pkIbanProblem('PK361234000000112345 6702')).toBe('format')
    expect(pkIbanProblem('PK37SCBL0000001123456702')).toBe('checksum')
  })
  it('gives every generated BBAN check digits that pass, and catches any single changed digit', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z]{4}[0-9A-Z]{16}$/), fc.integer({ min: 8, max: 23 }), (bban, pos) => {
        const iban = withCheckDigits(bban)
        expect(pkIbanProblem(iban)).toBeNull()
        const ch = iban[pos]!
        if (/\d/.test(ch)) {
          const other = String((Number(ch) + 1) % 10)
          expect(pkIbanProblem(iban.slice(0, pos) + other + iban.slice(pos + 1))).toBe('checksum')
        }
      }),
    )
  })
  it('masks all but the country, check digits and last four', () => {
    expect(maskIban('PK36SCBL0000001123456702')).toBe('PK36 •••• •••• •••• •••• 6702')
    expect(groupIban('PK36SCBL0000001123456702')).toBe('PK36 SCBL 0000 0011 2345 6702')
  })
})

describe('money in paisa', () => {
  it('parses rupees without floating point and prints two decimals', () => {
    expect(parsePkr('25,000')).toBe(2_500_000)
    expect(parsePkr('0.1')).toBe(10)
    expect(parsePkr('12.345')).toBeNull()
    expect(parsePkr('-5')).toBeNull()
    expect(paisaToPlain(2_500_005)).toBe('25000.05')
    expect(formatPkr(2_500_000, 'en')).toMatch(/25,000\.00/)
  })
  it('round-trips any amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), (p) => {
        expect(parsePkr(paisaToPlain(p))).toBe(p)
      }),
    )
  })
})
