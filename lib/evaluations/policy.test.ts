import { describe, expect, it } from 'vitest'
import { criteriaEditable, fellowSeesSupervisor, writeBlock, type WritableContext } from './policy'

const fellow = { userId: 'f1', role: 'FELLOW' as const, departmentId: null }
const partner = { userId: 'p1', role: 'PARTNER' as const, departmentId: 'd1' }
const staff = { userId: 's1', role: 'STAFF' as const, departmentId: null }
const ctx = (o: Partial<WritableContext> = {}): WritableContext => ({
  round: { openedAt: new Date(), directions: ['SUPERVISOR', 'SELF', 'DEPARTMENT'] },
  direction: 'SELF',
  fellowship: { userId: 'f1', status: 'ACTIVE', departmentId: 'd1' },
  existing: null,
  ...o,
})

describe('who writes which evaluation', () => {
  it('a fellow writes their own self and department views, nobody else’s', () => {
    expect(writeBlock(fellow, ctx())).toBeNull()
    expect(writeBlock(fellow, ctx({ direction: 'DEPARTMENT' }))).toBeNull()
    expect(writeBlock(fellow, ctx({ direction: 'SUPERVISOR' }))).toBe('notFound')
    expect(writeBlock(fellow, ctx({ fellowship: { userId: 'f2', status: 'ACTIVE', departmentId: 'd1' } }))).toBe('notFound')
    expect(writeBlock(fellow, ctx({ direction: 'DEPARTMENT', fellowship: { userId: 'f1', status: 'ACTIVE', departmentId: null } }))).toBe(
      'notFound',
    )
  })

  it('a partner writes the supervisor’s view of their own department’s fellows only', () => {
    expect(writeBlock(partner, ctx({ direction: 'SUPERVISOR' }))).toBeNull()
    expect(writeBlock(partner, ctx({ direction: 'SELF' }))).toBe('notFound')
    expect(writeBlock(partner, ctx({ direction: 'SUPERVISOR', fellowship: { userId: 'f1', status: 'ACTIVE', departmentId: 'd2' } }))).toBe(
      'notFound',
    )
    expect(writeBlock({ ...partner, departmentId: null }, ctx({ direction: 'SUPERVISOR' }))).toBe('notFound')
  })

  it('staff write none of them', () => {
    for (const direction of ['SUPERVISOR', 'SELF', 'DEPARTMENT'] as const) expect(writeBlock(staff, ctx({ direction }))).toBe('notFound')
  })

  it('only in an open round that asks for the view; a submitted one is final', () => {
    expect(writeBlock(fellow, ctx({ round: { openedAt: null, directions: ['SELF'] } }))).toBe('notOpen')
    expect(writeBlock(fellow, ctx({ round: { openedAt: new Date(), directions: ['SUPERVISOR'] } }))).toBe('notOpen')
    expect(writeBlock(fellow, ctx({ existing: { status: 'SUBMITTED' } }))).toBe('submitted')
    expect(writeBlock(fellow, ctx({ existing: { status: 'DRAFT' } }))).toBeNull()
    expect(writeBlock(fellow, ctx({ fellowship: { userId: 'f1', status: 'WITHDRAWN', departmentId: 'd1' } }))).toBe('inactive')
  })

  it('criteria change until the round opens; a fellow reads the supervisor’s view once released and submitted', () => {
    expect(criteriaEditable({ openedAt: null })).toBe(true)
    expect(criteriaEditable({ openedAt: new Date() })).toBe(false)
    expect(fellowSeesSupervisor({ releasedAt: null }, { status: 'SUBMITTED' })).toBe(false)
    expect(fellowSeesSupervisor({ releasedAt: new Date() }, { status: 'DRAFT' })).toBe(false)
    expect(fellowSeesSupervisor({ releasedAt: new Date() }, { status: 'SUBMITTED' })).toBe(true)
  })
})
