// Stable many-to-one matching of fellows to department projects (hospitals/residents), with explanations.

import { fellowProposing, projectProposing } from './deferred-acceptance'
import { buildResult } from './explain'
import { normalise } from './normalize'
import type { MatchInput, MatchResult } from './types'

export type { Assignment, AssignmentCheck, MatchInput, MatchResult, MatchStats, Reason } from './types'
export { checkAssignment, findBlockingPairs } from './verify'
export { tieBreakOrder } from './normalize'

/**
 * Deferred acceptance: fellow-proposing (default) yields the stable matching every fellow likes
 * best; project-proposing yields the one departments like best. Same input, same output.
 */
export function matchFellows(input: MatchInput): MatchResult {
  const inst = normalise(input)
  const matchOf = input.proposing === 'project' ? projectProposing(inst) : fellowProposing(inst)
  return buildResult(inst, matchOf)
}
