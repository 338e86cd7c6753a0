import { describe, expect, it } from 'vitest'
import { joinList } from './format'

describe('joinList', () => {
  it('separates a list with the viewer’s comma: Latin in English, Arabic in Urdu', () => {
    expect(joinList(['Ayesha Khan', 'Bilal Ahmed'], 'en')).toBe('Ayesha Khan, Bilal Ahmed')
    expect(joinList(['عائشہ خان', 'بلال احمد'], 'ur')).toBe('عائشہ خان، بلال احمد')
    expect(joinList(['Ayesha Khan'], 'en')).toBe('Ayesha Khan')
    expect(joinList([], 'ur')).toBe('')
  })
})
