import { describe, expect, it } from 'vitest'
import { aggregate, bandRange, isDisagreement, weightedScore } from './scoring'

const criteria = [
  { id: 'a', weight: 3 },
  { id: 'b', weight: 1 },
]

describe('rubric scoring', () => {
  it('weights each criterion', () => {
    expect(
      weightedScore(
        [
          { criterionId: 'a', score: 5 },
          { criterionId: 'b', score: 1 },
        ],
        criteria,
      ),
    ).toBe(4)
  })

  it('gives no score until every criterion is scored', () => {
    expect(weightedScore([{ criterionId: 'a', score: 5 }], criteria)).toBeNull()
  })

  it('aggregates reviewers into a mean and a spread, and flags disagreement', () => {
    expect(aggregate([])).toEqual({ mean: null, spread: null })
    const agreed = aggregate([4, 4.5])
    expect(agreed).toEqual({ mean: 4.25, spread: 0.5 })
    expect(isDisagreement(agreed.spread)).toBe(false)
    const split = aggregate([1.5, 4.75])
    expect(split.spread).toBe(3.25)
    expect(isDisagreement(split.spread)).toBe(true)
  })

  it('puts 5 in the top band and 4 at the bottom of it', () => {
    expect(bandRange('4-5')).toEqual({ gte: 4, lte: 5 })
    expect(bandRange('3-4')).toEqual({ gte: 3, lt: 4 })
    expect(bandRange('none')).toBeNull()
  })
})
