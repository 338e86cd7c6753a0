import { describe, expect, it } from 'vitest'
import { CODE_ALPHABET, displayCode, newCertificateCode, normaliseCode } from './code'

describe('certificate codes', () => {
  it('are 12 characters of the unambiguous alphabet, and different each time', () => {
    const codes = new Set(Array.from({ length: 500 }, newCertificateCode))
    expect(codes.size).toBe(500)
    for (const c of codes) {
      expect(c).toHaveLength(12)
      expect([...c].every((ch) => CODE_ALPHABET.includes(ch))).toBe(true)
      expect(c).not.toMatch(/[01IO]/)
    }
  })

  it('read back however they were typed, and refuse what cannot be a code', () => {
    const c = newCertificateCode()
    expect(normaliseCode(displayCode(c).toLowerCase())).toBe(c)
    expect(normaliseCode(` ${displayCode(c)} `)).toBe(c)
    expect(normaliseCode('ABCD')).toBeNull()
    expect(normaliseCode('O0O0-O0O0-O0O0')).toBeNull()
    expect(normaliseCode("' OR 1=1 --")).toBeNull()
    expect(normaliseCode(undefined)).toBeNull()
    expect(displayCode('ABCDEFGHJKLM')).toBe('ABCD-EFGH-JKLM')
  })
})
