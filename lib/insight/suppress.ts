// Small-cell suppression for equity figures: a group of 1 to 4 people is shown as "fewer
// than 5" so nobody can be singled out. Zero is shown (it identifies no one).
export const MIN_CELL = 5

/** A count as it may be shown: the number, or null when suppressed. */
export type Shown = number | null

export function suppressCell(n: number): Shown {
  return n > 0 && n < MIN_CELL ? null : n
}

/**
 * Suppresses a column of counts that is shown with its total. When exactly one cell would be
 * hidden, it could be worked out from the total and the others, so the next smallest non-zero
 * cell is hidden too (secondary suppression).
 */
export function suppressColumn(values: number[]): Shown[] {
  const out: Shown[] = values.map(suppressCell)
  const hidden = out.filter((v) => v === null).length
  if (hidden === 1) {
    let pick = -1
    for (let i = 0; i < values.length; i++) {
      if (out[i] === null || values[i] === 0) continue
      if (pick === -1 || values[i] < values[pick]) pick = i
    }
    if (pick !== -1) out[pick] = null
  }
  return out
}

/** A share in percent, hidden when either count is hidden or there is nothing to divide by. */
export function shownRate(numerator: Shown, denominator: Shown): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null
  return Math.round((numerator / denominator) * 1000) / 10
}
