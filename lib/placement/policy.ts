// Who may edit, submit or review a project proposal, as one rule the pages' forms and the
// mutations share. Pure: the caller loads the project within the viewer's reach (another
// department's project is "not found" before these are asked).
import type { ProjectStatus } from '@prisma/client'
import { can } from '../auth/permissions'
import type { RoleName } from '../auth/roles'
import { AppError } from '../server/errors'

export interface ProjectActor {
  role: RoleName
  departmentId: string | null
}

export interface ProposedProject {
  departmentId: string
  status: ProjectStatus
}

/** Projects a partner may still change; approval (or a later state) freezes them. */
const EDITABLE_PROJECT = ['DRAFT', 'PROPOSED', 'RETURNED'] as const satisfies readonly ProjectStatus[]

export type ProjectBlock = 'forbidden' | 'locked' | 'notProposed'

/** A partner of the project's department edits it until staff approve it. */
export function editProjectBlock(viewer: ProjectActor, p: ProposedProject): ProjectBlock | null {
  if (!can(viewer, 'project:propose') || viewer.departmentId !== p.departmentId) return 'forbidden'
  if (!(EDITABLE_PROJECT as readonly ProjectStatus[]).includes(p.status)) return 'locked'
  return null
}

export const canEditProject = (viewer: ProjectActor, p: ProposedProject) => editProjectBlock(viewer, p) === null

/** The "submit to staff" button: for a new proposal, a draft or a returned one (one already with
 * staff is only saved; submitting it again would change nothing). */
export function canSubmitProject(viewer: ProjectActor, p: ProposedProject | null): boolean {
  if (!p) return can(viewer, 'project:propose')
  return canEditProject(viewer, p) && (p.status === 'DRAFT' || p.status === 'RETURNED')
}

/** Staff approve or return a proposal once, while it is proposed. */
export function reviewProjectBlock(viewer: ProjectActor, p: Pick<ProposedProject, 'status'>): ProjectBlock | null {
  if (!can(viewer, 'project:manage')) return 'forbidden'
  if (p.status !== 'PROPOSED') return 'notProposed'
  return null
}

export const canReviewProject = (viewer: ProjectActor, p: Pick<ProposedProject, 'status'>) => reviewProjectBlock(viewer, p) === null

/** The error a mutation refuses with. */
export function projectRefusal(block: ProjectBlock): AppError {
  switch (block) {
    case 'forbidden':
      return new AppError('FORBIDDEN', 'errors.forbidden')
    case 'locked':
      return new AppError('CLOSED', 'placement.errors.projectLocked')
    case 'notProposed':
      return new AppError('CONFLICT', 'placement.errors.notProposed')
  }
}
