import { describe, expect, it } from 'vitest'
import { localName, localUnit } from './local-text'

describe('localName / localUnit', () => {
  it('shows Urdu on Urdu pages and English otherwise, falling back to English when Urdu is blank', () => {
    expect(localName('ur')({ name: 'Cycle 7', nameUr: 'سائیکل 7' })).toBe('سائیکل 7')
    expect(localName('en')({ name: 'Cycle 7', nameUr: 'سائیکل 7' })).toBe('Cycle 7')
    expect(localName('ur')({ title: 'Pilot release', titleUr: '' })).toBe('Pilot release')
    expect(localName('ur')({ title: 'Pilot release', titleUr: null })).toBe('Pilot release')
    expect(localUnit('ur')({ unit: 'licences', unitUr: 'لائسنس' })).toBe('لائسنس')
    expect(localUnit('ur')({ unit: 'records', unitUr: null })).toBe('records')
    expect(localUnit('en')({ unit: 'licences', unitUr: 'لائسنس' })).toBe('licences')
  })
})
