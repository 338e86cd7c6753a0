import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { planAssignments } from './assign'

const apps = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `app${String(i).padStart(3, '0')}`, applicantId: `u${i}`, reviewerIds: [], active: 0 }))
const reviewers = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `r${i}`, load: 0 }))

describe('automatic reviewer assignment', () => {
  it('gives each application N distinct reviewers with loads within one of each other', () => {
    const plan = planAssignments(apps(25), reviewers(4), 2)
    expect(plan.assignments).toHaveLength(50)
    expect(plan.shortfall).toEqual([])
    const loads = new Map<string, number>()
    for (const a of plan.assignments) loads.set(a.reviewerId, (loads.get(a.reviewerId) ?? 0) + 1)
    expect(Math.max(...loads.values()) - Math.min(...loads.values())).toBeLessThanOrEqual(1)
    for (const app of apps(25)) {
      const rs = plan.assignments.filter((a) => a.applicationId === app.id).map((a) => a.reviewerId)
      expect(new Set(rs).size).toBe(2)
    }
  })

  it('never assigns a reviewer who declared a conflict, nor the applicant', () => {
    const plan = planAssignments([{ id: 'x', applicantId: 'r2', reviewerIds: ['r0'], active: 0 }], reviewers(3), 2)
    expect(plan.assignments.map((a) => a.reviewerId)).toEqual(['r1'])
    expect(plan.shortfall).toEqual([{ applicationId: 'x', missing: 1 }])
  })

  it('tops up only what is missing and prefers the least loaded reviewers', () => {
    const plan = planAssignments(
      [{ id: 'x', applicantId: 'u', reviewerIds: ['r0'], active: 1 }],
      [
        { id: 'r0', load: 0 },
        { id: 'r1', load: 7 },
        { id: 'r2', load: 3 },
      ],
      2,
    )
    expect(plan.assignments).toEqual([{ applicationId: 'x', reviewerId: 'r2' }])
  })

  it('holds for any mix of existing loads and conflicts (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 2, max: 8 }),
        fc.integer({ min: 1, max: 3 }),
        fc.array(fc.tuple(fc.nat(39), fc.nat(7)), { maxLength: 30 }),
        (nApps, nRev, per, conflicts) => {
          const as = apps(nApps).map((a, i) => ({
            ...a,
            reviewerIds: conflicts.filter(([ai, ri]) => ai === i && ri < nRev).map(([, ri]) => `r${ri}`),
          }))
          const plan = planAssignments(as, reviewers(nRev), per)
          for (const a of plan.assignments) {
            const app = as.find((x) => x.id === a.applicationId)!
            expect(app.reviewerIds).not.toContain(a.reviewerId)
          }
          for (const app of as) {
            const got = plan.assignments.filter((a) => a.applicationId === app.id).length
            const missing = plan.shortfall.find((s) => s.applicationId === app.id)?.missing ?? 0
            expect(got + missing).toBe(per)
          }
        },
      ),
    )
  })
})
