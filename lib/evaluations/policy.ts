// Who may write which evaluation, and who may read which, as one rule the pages and the
// mutations share. Pure: the caller loads the round, the fellowship and the evaluation (its
// own scoping already made other departments' fellows "not found").
import { can } from '../auth/permissions'
import type { RoleName } from '../auth/roles'
import { AppError, notFound } from '../server/errors'
import type { Direction } from './schema'

export interface EvaluationActor {
  userId: string
  role: RoleName
  departmentId: string | null
}

export interface WritableContext {
  round: { openedAt: Date | null; directions: readonly Direction[] }
  direction: Direction
  fellowship: {
    userId: string
    status: string
    /** The department of the fellow's live placement, null when not placed. */
    departmentId: string | null
  }
  existing: { status: 'DRAFT' | 'SUBMITTED' } | null
}

export type WriteBlock = 'notFound' | 'notOpen' | 'submitted' | 'inactive'

/**
 * Why the viewer may not write this evaluation, or null when they may. The supervisor's view is
 * written by a partner of the department the fellow is placed with; the self and department
 * views by the fellow; only in a round that is open and asks for that view; a submitted one is
 * final.
 */
export function writeBlock(viewer: EvaluationActor, c: WritableContext): WriteBlock | null {
  const f = c.fellowship
  if (c.direction === 'SUPERVISOR') {
    if (!can(viewer, 'evaluation:write:department') || !viewer.departmentId || viewer.departmentId !== f.departmentId) return 'notFound'
  } else {
    if (!can(viewer, 'evaluation:write:own') || f.userId !== viewer.userId) return 'notFound'
    // A fellow not placed has no department to evaluate.
    if (c.direction === 'DEPARTMENT' && !f.departmentId) return 'notFound'
  }
  if (!c.round.directions.includes(c.direction) || !c.round.openedAt) return 'notOpen'
  if (c.existing?.status === 'SUBMITTED') return 'submitted'
  if (f.status !== 'ACTIVE') return 'inactive'
  return null
}

export function canWrite(viewer: EvaluationActor, c: WritableContext): boolean {
  return writeBlock(viewer, c) === null
}

export function refusal(block: WriteBlock): AppError {
  switch (block) {
    case 'notFound':
      return notFound()
    case 'notOpen':
      return new AppError('CLOSED', 'evaluations.errors.notOpen')
    case 'submitted':
      return new AppError('CONFLICT', 'evaluations.errors.alreadySubmitted')
    case 'inactive':
      return new AppError('CLOSED', 'errors.fellowshipInactive')
  }
}

/** Criteria change only until the round opens: afterwards they would no longer match the answers. */
export function criteriaEditable(round: { openedAt: Date | null }): boolean {
  return !round.openedAt
}

/**
 * A fellow reads their supervisor's evaluation of them only once staff release the round, and
 * only when submitted (a draft is the supervisor's own).
 */
export function fellowSeesSupervisor(round: { releasedAt: Date | null }, evaluation: { status: string } | null): boolean {
  return !!round.releasedAt && evaluation?.status === 'SUBMITTED'
}
