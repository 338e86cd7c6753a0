// The project-proposal rules the partner's and staff's pages and the mutations share.
import { describe, expect, it } from 'vitest'
import { canEditProject, canReviewProject, canSubmitProject, editProjectBlock, projectRefusal, reviewProjectBlock } from './policy'

const partner = { role: 'PARTNER' as const, departmentId: 'd1' }
const otherPartner = { role: 'PARTNER' as const, departmentId: 'd2' }
const staff = { role: 'STAFF' as const, departmentId: null }

describe('editing a proposal', () => {
  it('is for a partner of its department until staff approve it', () => {
    for (const status of ['DRAFT', 'PROPOSED', 'RETURNED'] as const)
      expect(canEditProject(partner, { departmentId: 'd1', status })).toBe(true)
    for (const status of ['APPROVED', 'COMPLETED', 'CANCELLED'] as const)
      expect(editProjectBlock(partner, { departmentId: 'd1', status })).toBe('locked')
  })

  it('is never for another department or staff', () => {
    expect(editProjectBlock(otherPartner, { departmentId: 'd1', status: 'DRAFT' })).toBe('forbidden')
    expect(editProjectBlock(staff, { departmentId: 'd1', status: 'DRAFT' })).toBe('forbidden')
  })
})

describe('submitting a proposal to staff', () => {
  it('is offered for a new, draft or returned proposal, not one already with staff', () => {
    expect(canSubmitProject(partner, null)).toBe(true)
    expect(canSubmitProject(partner, { departmentId: 'd1', status: 'DRAFT' })).toBe(true)
    expect(canSubmitProject(partner, { departmentId: 'd1', status: 'RETURNED' })).toBe(true)
    expect(canSubmitProject(partner, { departmentId: 'd1', status: 'PROPOSED' })).toBe(false)
    expect(canSubmitProject(partner, { departmentId: 'd1', status: 'APPROVED' })).toBe(false)
    expect(canSubmitProject(staff, null)).toBe(false)
  })
})

describe('reviewing a proposal', () => {
  it('is for staff, once, while it is proposed', () => {
    expect(canReviewProject(staff, { status: 'PROPOSED' })).toBe(true)
    expect(reviewProjectBlock(staff, { status: 'APPROVED' })).toBe('notProposed')
    expect(reviewProjectBlock(partner, { status: 'PROPOSED' })).toBe('forbidden')
    expect(projectRefusal('notProposed')).toMatchObject({ code: 'CONFLICT', messageKey: 'placement.errors.notProposed' })
    expect(projectRefusal('locked')).toMatchObject({ code: 'CLOSED', messageKey: 'placement.errors.projectLocked' })
  })
})
