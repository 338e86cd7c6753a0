import { describe, expect, it } from 'vitest'
import { shownRate, suppressCell, suppressColumn } from './suppress'

describe('small-cell suppression', () => {
  it('hides groups of one to four people and shows zero and five or more', () => {
    expect([0, 1, 4, 5, 120].map(suppressCell)).toEqual([0, null, null, 5, 120])
  })

  it('hides a second cell when a lone hidden cell could be worked out from the total', () => {
    // 40 women, 3 "other", 55 men: with the total shown, hiding only the 3 would reveal it.
    expect(suppressColumn([40, 3, 55])).toEqual([null, null, 55])
  })

  it('leaves a column alone when two or more cells are already hidden, or none are', () => {
    expect(suppressColumn([2, 3, 50])).toEqual([null, null, 50])
    expect(suppressColumn([10, 0, 50])).toEqual([10, 0, 50])
  })

  it('never picks a zero as the second hidden cell', () => {
    expect(suppressColumn([0, 2, 9])).toEqual([0, null, null])
  })

  it('gives no rate when a count is hidden or the base is zero', () => {
    expect(shownRate(5, 20)).toBe(25)
    expect(shownRate(null, 20)).toBeNull()
    expect(shownRate(5, null)).toBeNull()
    expect(shownRate(0, 0)).toBeNull()
  })
})
