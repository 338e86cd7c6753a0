// Public types for the fellow ↔ project stable-matching module.

export interface MatchInput {
  /** prefs: project ids, most preferred first; an unlisted project is unacceptable to the fellow. */
  fellows: { id: string; prefs: string[] }[]
  /**
   * prefs: fellow ids, most preferred first. Fellows not listed stay acceptable but rank after
   * the listed ones, in tie-break order. unacceptable: fellows never to be placed here.
   * capacity: fractional values are floored, Infinity means unlimited, negative or NaN means 0.
   */
  projects: { id: string; capacity: number; prefs?: string[]; unacceptable?: string[] }[]
  /** Which side proposes in deferred acceptance; the proposing side gets its optimal stable matching. */
  proposing?: 'fellow' | 'project'
  /** Seeds the lottery that orders fellows a project has not ranked. */
  tieBreakSeed?: string
}

export type Reason =
  | { kind: 'first-choice' }
  | {
      kind: 'placed-lower'
      rank: number
      /** More-preferred projects that filled with fellows they ranked higher, in the fellow's order. */
      fullerChoices: string[]
      /** More-preferred projects that marked this fellow unacceptable, in the fellow's order. */
      unacceptableAt: string[]
    }
  | { kind: 'unplaced'; reason: 'no-preferences' | 'all-full' | 'all-unacceptable' | 'mixed' }

export interface Assignment {
  fellowId: string
  projectId: string | null
  /** 1-based rank of projectId in the fellow's normalised prefs (unknown and repeated ids dropped). */
  rank: number | null
  reason: Reason
}

export interface MatchStats {
  fellows: number
  placed: number
  unplaced: number
  /** Share of all fellows (not just placed ones) placed at their 1st choice; 0 when there are no fellows. */
  top1Share: number
  /** Share of all fellows placed at their 1st or 2nd choice. */
  top2Share: number
  seats: number
  unfilledSeats: number
  /** rank -> number of fellows placed at that rank; only ranks that occur. */
  rankHistogram: Record<number, number>
}

export interface MatchResult {
  /** One per fellow, in input order. */
  assignments: Assignment[]
  /** Every project id (input order) -> placed fellow ids, ordered by the project's preference. */
  byProject: Record<string, string[]>
  stats: MatchStats
}

export interface AssignmentCheck {
  overCapacity: string[]
  unacceptable: { fellowId: string; projectId: string }[]
}
