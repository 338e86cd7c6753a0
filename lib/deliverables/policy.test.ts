// The rule the deliverable page's buttons and the mutations share.
import { describe, expect, it } from 'vitest'
import { canDecide, canSubmit, decisionBlock, refusal, submitBlock, type DecidableDeliverable } from './policy'

const fellow = { userId: 'f1', role: 'FELLOW' as const, departmentId: null }
const partner = { userId: 'p1', role: 'PARTNER' as const, departmentId: 'd1' }
const colleague = { userId: 'p2', role: 'PARTNER' as const, departmentId: 'd1' }
const otherDept = { userId: 'p3', role: 'PARTNER' as const, departmentId: 'd2' }
const staff = { userId: 's1', role: 'STAFF' as const, departmentId: null }

describe('adding a version', () => {
  it('is for a fellow placed on the project, until the deliverable is approved', () => {
    expect(canSubmit(fellow, { status: 'NOT_STARTED', viewerPlaced: true })).toBe(true)
    expect(canSubmit(fellow, { status: 'CHANGES_REQUESTED', viewerPlaced: true })).toBe(true)
    expect(canSubmit(fellow, { status: 'SUBMITTED', viewerPlaced: true })).toBe(true)
    expect(submitBlock(fellow, { status: 'APPROVED', viewerPlaced: true })).toBe('approved')
    expect(submitBlock(fellow, { status: 'NOT_STARTED', viewerPlaced: false })).toBe('forbidden')
  })

  it('is never for staff or a partner', () => {
    for (const v of [staff, partner]) expect(submitBlock(v, { status: 'NOT_STARTED', viewerPlaced: true })).toBe('forbidden')
  })
})

describe('deciding on a version', () => {
  const d: DecidableDeliverable = { departmentId: 'd1', reviewerId: null, latestSubmissionId: 'v2' }
  const v2 = { id: 'v2', decided: false }

  it('is for any partner of the department when no reviewer is named, once, on the newest version', () => {
    expect(canDecide(partner, d, v2)).toBe(true)
    expect(canDecide(colleague, d, v2)).toBe(true)
    expect(decisionBlock(partner, d, { id: 'v2', decided: true })).toBe('alreadyDecided')
    expect(decisionBlock(partner, d, { id: 'v1', decided: false })).toBe('newerVersion')
    expect(decisionBlock(partner, { ...d, latestSubmissionId: null }, null)).toBe('noVersion')
  })

  it('is only for the named reviewer when one is named', () => {
    const named = { ...d, reviewerId: 'p1' }
    expect(canDecide(partner, named, v2)).toBe(true)
    expect(decisionBlock(colleague, named, v2)).toBe('notNamedReviewer')
  })

  it('is never for another department, staff or the fellow', () => {
    for (const v of [otherDept, staff, fellow]) expect(decisionBlock(v, d, v2)).toBe('forbidden')
  })

  it('refuses with the message the form shows', () => {
    expect(refusal('notNamedReviewer')).toMatchObject({ code: 'FORBIDDEN', messageKey: 'errors.notNamedReviewer' })
    expect(refusal('alreadyDecided')).toMatchObject({ code: 'CONFLICT', messageKey: 'errors.alreadyDecided' })
    expect(refusal('newerVersion')).toMatchObject({ code: 'CONFLICT', messageKey: 'errors.newerVersion' })
    expect(refusal('approved')).toMatchObject({ code: 'CLOSED', messageKey: 'errors.alreadyApproved' })
  })
})
