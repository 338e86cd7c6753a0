// Who may correct or review a submitted progress update, as one rule the page's buttons and the
// mutations share (docs/decisions/012-correcting-progress-updates.md).

export interface CorrectableUpdate {
  status: 'DRAFT' | 'SUBMITTED'
  reviewedAt: Date | null
}

export interface CorrectionContext {
  fellowshipStatus: string
  cycleStatus: string
}

export type CorrectionBlock = 'notSubmitted' | 'reviewed' | 'ended'

/**
 * Why the fellow can no longer correct their submitted update, or null when they can: not
 * after staff reviewed it, nor once the fellowship or the cycle has ended. The reporting
 * window plays no part: an update sent late can be corrected too.
 */
export function correctionBlock(update: CorrectableUpdate, ctx: CorrectionContext): CorrectionBlock | null {
  if (update.status !== 'SUBMITTED') return 'notSubmitted'
  if (update.reviewedAt) return 'reviewed'
  if (ctx.fellowshipStatus !== 'ACTIVE' || ctx.cycleStatus === 'COMPLETED') return 'ended'
  return null
}

export function canCorrect(update: CorrectableUpdate | null | undefined, ctx: CorrectionContext): boolean {
  return !!update && correctionBlock(update, ctx) === null
}

/** Staff mark a submitted update reviewed once; it then stays as it is. */
export function canMarkReviewed(update: CorrectableUpdate): boolean {
  return update.status === 'SUBMITTED' && !update.reviewedAt
}
