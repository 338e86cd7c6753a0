import { describe, expect, it } from 'vitest'
import { localName, localOption, localText, localUnit } from './local-text'

describe('one rule for words typed in both languages', () => {
  it('shows the viewer’s language when it is given', () => {
    expect(localText('ur', 'Health', 'صحت')).toBe('صحت')
    expect(localText('en', 'Health', 'صحت')).toBe('Health')
  })

  it('falls back to the other language when the field is missing or blank', () => {
    for (const missing of [null, undefined, '', '   ']) {
      expect(localText('ur', 'Health', missing)).toBe('Health')
      expect(localText('en', missing, 'صحت')).toBe('صحت')
    }
    expect(localText('ur', null, '  ')).toBe('')
  })

  it('reads names and titles, units and options the same way', () => {
    expect(localName('ur')({ name: 'Cycle 7', nameUr: 'سائیکل 7' })).toBe('سائیکل 7')
    expect(localName('ur')({ title: 'Pilot', titleUr: '' })).toBe('Pilot')
    expect(localName('en')({ title: '', titleUr: 'آزمائش' })).toBe('آزمائش')
    expect(localUnit('ur')({ unit: 'records', unitUr: null })).toBe('records')
    expect(localOption('ur', { en: 'Peshawar', ur: 'پشاور' })).toBe('پشاور')
  })
})
