// The rule the fellow's impact page and recordMetricValue share.
import { describe, expect, it } from 'vitest'
import { canRecordValue, recordValueBlock } from './policy'

describe('logging a figure', () => {
  it('is for a fellow placed on the project while the fellowship runs, and for staff', () => {
    expect(canRecordValue({ role: 'FELLOW' }, { viewerPlaced: true })).toBe(true)
    expect(recordValueBlock({ role: 'FELLOW' }, { viewerPlaced: false })).toBe('forbidden')
    for (const role of ['STAFF', 'ADMIN'] as const) expect(canRecordValue({ role }, { viewerPlaced: false })).toBe(true)
  })

  it('is never for a partner, a reviewer or an applicant', () => {
    for (const role of ['PARTNER', 'REVIEWER', 'APPLICANT'] as const)
      expect(recordValueBlock({ role }, { viewerPlaced: true })).toBe('forbidden')
  })
})
