import { describe, expect, it } from 'vitest'
import { isExtended, personalCallState } from './deadline'

const DAY = 86_400_000
const now = new Date('2026-12-07T10:00:00Z')
const call = (status: string) => ({
  status,
  archivedAt: null,
  applicationsOpenAt: new Date(now.getTime() - 30 * DAY),
  applicationsCloseAt: new Date(now.getTime() - DAY),
})

describe('one applicant’s deadline', () => {
  it('keeps the call closed for everyone else and open for the person whose extension runs', () => {
    expect(personalCallState(call('RECRUITING'), null, now)).toBe('closed')
    expect(personalCallState(call('RECRUITING'), new Date(now.getTime() + DAY), now)).toBe('open')
    expect(personalCallState(call('RECRUITING'), new Date(now.getTime() - 1), now)).toBe('closed')
    expect(isExtended(call('RECRUITING'), new Date(now.getTime() + DAY), now)).toBe(true)
  })

  it('survives the cycle moving on to selection, but not past it or an archived cycle', () => {
    const until = new Date(now.getTime() + DAY)
    expect(personalCallState(call('SELECTING'), until, now)).toBe('open')
    expect(personalCallState(call('SELECTING'), null, now)).toBe('notOpen')
    expect(personalCallState(call('PLACING'), until, now)).toBe('notOpen')
    expect(personalCallState({ ...call('SELECTING'), archivedAt: now }, until, now)).toBe('notOpen')
  })
})
