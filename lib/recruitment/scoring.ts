// Rubric arithmetic: one review's weighted score, an application's mean and spread across
// its reviewers, the disagreement flag and the score bands the board filters by.
export const SCALE_MIN = 1
export const SCALE_MAX = 5

/** Reviewers this far apart (on the 1-5 scale) disagree enough for staff to look again. */
export const DISAGREEMENT_SPREAD = 1.5

export function weightedScore(scores: { criterionId: string; score: number }[], criteria: { id: string; weight: number }[]): number | null {
  let sum = 0
  let weights = 0
  for (const c of criteria) {
    const s = scores.find((x) => x.criterionId === c.id)
    if (!s) return null
    sum += s.score * c.weight
    weights += c.weight
  }
  return weights > 0 ? round2(sum / weights) : null
}

/** Mean and spread (highest minus lowest) of the reviewers' weighted scores. */
export function aggregate(weighted: number[]): { mean: number | null; spread: number | null } {
  if (weighted.length === 0) return { mean: null, spread: null }
  const mean = weighted.reduce((a, b) => a + b, 0) / weighted.length
  return { mean: round2(mean), spread: round2(Math.max(...weighted) - Math.min(...weighted)) }
}

export function isDisagreement(spread: number | null | undefined): boolean {
  return spread !== null && spread !== undefined && spread >= DISAGREEMENT_SPREAD
}

export const SCORE_BANDS = ['4-5', '3-4', '2-3', '1-2', 'none'] as const
export type ScoreBand = (typeof SCORE_BANDS)[number]

/** The scoreMean condition for a band: [low, high), with 5 itself in the top band. */
export function bandRange(band: ScoreBand): { gte: number; lt?: number; lte?: number } | null {
  switch (band) {
    case '4-5':
      return { gte: 4, lte: 5 }
    case '3-4':
      return { gte: 3, lt: 4 }
    case '2-3':
      return { gte: 2, lt: 3 }
    case '1-2':
      return { gte: 1, lt: 2 }
    case 'none':
      return null
  }
}

function round2(n: number) {
  return Math.round(n * 100) / 100
}
