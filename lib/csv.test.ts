import { describe, expect, it } from 'vitest'
import { csvCell, csvRow } from './csv'

describe('CSV cells', () => {
  it('quotes commas and quotes, keeps Urdu, and defuses formulas', () => {
    expect(csvCell('Peshawar, KP')).toBe('"Peshawar, KP"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell('حرا بی بی')).toBe('حرا بی بی')
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`)
    expect(csvCell(-2)).toBe('-2')
    expect(csvRow(['a', null, 3])).toBe('a,,3\r\n')
  })
})
