// Helpers shared by the matching tests (matching-examples.test.ts, matching-properties.test.ts):
// a result read as fellow -> project, as a Map for the checkers or as a plain object to compare.

import type { MatchResult } from './index'
import type { Assign } from './naive.testkit'

export const byFellow = (r: MatchResult): Assign => new Map(r.assignments.map((a) => [a.fellowId, a.projectId]))
export const placements = (r: MatchResult) => Object.fromEntries(r.assignments.map((a) => [a.fellowId, a.projectId]))
