// Who may log a figure against a project's metric, as one rule the impact page's form and the
// mutation share. Pure: the caller loads the project within the viewer's reach.
import { can } from '../auth/permissions'
import type { RoleName } from '../auth/roles'
import { AppError } from '../server/errors'

export interface RecordableProject {
  /** The viewer is placed on the project, with their fellowship still running. */
  viewerPlaced: boolean
}

export type RecordBlock = 'forbidden'

/** Staff log figures for any project; a fellow for the project they work on, while their
 * fellowship runs (an ended one still shows its figures, without the form). */
export function recordValueBlock(viewer: { role: RoleName }, p: RecordableProject): RecordBlock | null {
  if (!can(viewer, 'metric:record')) return 'forbidden'
  if (viewer.role === 'FELLOW' && !p.viewerPlaced) return 'forbidden'
  return null
}

export const canRecordValue = (viewer: { role: RoleName }, p: RecordableProject) => recordValueBlock(viewer, p) === null

/** The error the mutation refuses with. */
export function recordRefusal(_block: RecordBlock): AppError {
  return new AppError('FORBIDDEN', 'errors.forbidden')
}
