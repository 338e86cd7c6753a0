import { describe, expect, it } from 'vitest'
import { maskCnic, maskPhone, prefixPattern, queryTerms } from './terms'

describe('what staff type, as search prefixes', () => {
  it('splits words, lower-cases them, and reads identity numbers however typed', () => {
    expect(queryTerms('  Ayesha   KHAN ')).toEqual(['ayesha', 'khan'])
    expect(queryTerms('Khan, Imran')).toEqual(['khan', 'imran'])
    expect(queryTerms('عائشہ خان')).toEqual(['عائشہ', 'خان'])
    expect(queryTerms('17301-1234567-1')).toEqual(['1730112345671'])
    expect(queryTerms('17301 1234567 1')).toEqual(['1730112345671'])
    expect(queryTerms('+92 300 1234567')).toEqual(['03001234567'])
    expect(queryTerms('0300-1234567')).toEqual(['03001234567'])
    expect(queryTerms('17301-12')).toEqual(['1730112'])
    expect(queryTerms('A.Khan@Example.PK')).toEqual(['a.khan@example.pk'])
    expect(queryTerms('aa bb cc dd ee ff gg')).toEqual(['aa', 'bb', 'cc', 'dd', 'ee'])
    expect(queryTerms('Ayesha K')).toEqual(['ayesha'])
    expect(queryTerms('a k')).toEqual([])
    expect(queryTerms('   ')).toEqual([])
  })

  it('takes LIKE wildcards literally', () => {
    expect(prefixPattern('a%b_c\\')).toBe('a\\%b\\_c\\\\%')
  })

  it('masks the CNIC always and the phone partly', () => {
    expect(maskCnic('17301-1234567-1')).toBe('17301-*******-1')
    expect(maskCnic('123')).toBe('*****-*******-*')
    expect(maskCnic(null)).toBeNull()
    expect(maskPhone('0300-1234567')).toBe('0300-***4567')
    expect(maskPhone('0919210000')).toBe('0919-***0000')
  })
})
