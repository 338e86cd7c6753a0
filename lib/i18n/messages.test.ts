import { describe, expect, it } from 'vitest'
import { dictionaries } from './messages'
import { format } from './define'
import { placeholdersOf } from './plural'
import { parseKarachiLocal, toKarachiLocal } from './format'

type Tree = { [k: string]: string | Tree }

function leaves(t: Tree, prefix = ''): [string, string][] {
  return Object.entries(t).flatMap(([k, v]) =>
    typeof v === 'string' ? [[prefix + k, v] as [string, string]] : leaves(v, `${prefix}${k}.`),
  )
}

const en = new Map(leaves(dictionaries.en as unknown as Tree))
const ur = new Map(leaves(dictionaries.ur as unknown as Tree))
// Urdu strings that may legitimately hold no Urdu letters (the language switch names English).
const latinAllowed = new Set(['common.switchTo'])

describe('every UI string exists in English and Urdu', () => {
  it('has the same keys in both languages', () => {
    expect([...ur.keys()].sort()).toEqual([...en.keys()].sort())
  })

  it('has no empty strings, and Urdu strings are written in Urdu script', () => {
    const arabicScript = /[\u0600-\u06FF]/
    for (const [k, v] of en) expect(v.trim(), k).not.toBe('')
    // A template of placeholders and punctuation only ("{start} – {end}") has no language.
    const words = (v: string) => v.replace(/\{\w+\}/g, '').replace(/[^\p{L}]/gu, '')
    const notUrdu = [...ur].filter(([k, v]) => !latinAllowed.has(k) && words(v) !== '' && !arabicScript.test(v)).map(([k]) => k)
    expect(notUrdu).toEqual([])
  })

  it('keeps the same placeholders in both languages', () => {
    const ph = placeholdersOf
    const mismatched = [...en].filter(([k, v]) => JSON.stringify(ph(v)) !== JSON.stringify(ph(ur.get(k) ?? ''))).map(([k]) => k)
    expect(mismatched).toEqual([])
  })
})

describe('formatting', () => {
  it('fills placeholders', () => {
    expect(format('Page {page} of {pages}', { page: 2, pages: 5 })).toBe('Page 2 of 5')
  })

  it('reads a typed date-time as Pakistan time and shows it back unchanged', () => {
    const d = parseKarachiLocal('2027-01-10T09:00')!
    expect(d.toISOString()).toBe('2027-01-10T04:00:00.000Z')
    expect(toKarachiLocal(d)).toBe('2027-01-10T09:00')
    expect(parseKarachiLocal('10/01/2027')).toBeNull()
  })

  it('refuses a day that does not exist, rather than rolling it into the next month, and years before 1900', () => {
    for (const v of ['2025-02-30', '2025-04-31T10:00', '2025-06-01T24:00', '0001-01-01', '1899-12-31'])
      expect(parseKarachiLocal(v), v).toBeNull()
    expect(parseKarachiLocal('2028-02-29')?.toISOString()).toBe('2028-02-28T19:00:00.000Z')
  })
})
