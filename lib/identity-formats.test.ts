import { describe, expect, it } from 'vitest'
import { normaliseCnic, normalisePkPhone, optionalCnic, optionalPkPhone } from './identity-formats'

describe('CNIC', () => {
  it('accepts 13 digits with or without dashes and stores XXXXX-XXXXXXX-X', () => {
    expect(normaliseCnic('1730112345671')).toBe('17301-1234567-1')
    expect(normaliseCnic(' 17301-1234567-1 ')).toBe('17301-1234567-1')
  })
  it('refuses the 10-digit number the hint did not stop (issue 13), and other shapes', () => {
    for (const v of ['1730112345', '17301-12345-671', '17301-1234567-12', 'abcde-fghijkl-m', '173011234567'])
      expect(normaliseCnic(v), v).toBeNull()
    expect(optionalCnic().safeParse('1730112345').success).toBe(false)
    expect(optionalCnic().safeParse('').data).toBeUndefined()
  })
})

describe('Pakistani phone numbers', () => {
  it('accepts a mobile number written any usual way and stores 03XX-XXXXXXX', () => {
    for (const v of ['03001234567', '0300-1234567', '+92 300 1234567', '+923001234567', '92 300 1234567', '0092-300-1234567'])
      expect(normalisePkPhone(v), v).toBe('0300-1234567')
  })
  it('refuses numbers that are too short or long, or not Pakistani', () => {
    for (const v of ['0300123456', '030012345678', '12345', '+44 20 7946 0000', 'call me']) expect(normalisePkPhone(v), v).toBeNull()
    expect(optionalPkPhone().safeParse('0300123').error?.issues[0].message).toBe('errors.invalidPhone')
  })
  it('accepts an office landline only where asked to', () => {
    expect(normalisePkPhone('091-9210000')).toBeNull()
    expect(normalisePkPhone('091-9210000', { landline: true })).toBe('0919210000')
    expect(normalisePkPhone('+92 51 9201234', { landline: true })).toBe('0519201234')
  })
})
