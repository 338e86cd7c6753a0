// Who may do what: the role-level check on a named permission (the vocabulary is
// permissions.ts). Record-level rules live in each domain's policy.ts and its where-builders
// (a record you may not see is "not found").
import { AppError } from '../server/errors'
import { can, type Permission, type PolicySubject } from './permissions'

export { PERMISSIONS, can, rolesWith, type Permission, type PolicySubject } from './permissions'

export function assertCan(viewer: PolicySubject | null | undefined, permission: Permission): void {
  if (!viewer) throw new AppError('UNAUTHENTICATED', 'errors.forbidden')
  if (!can(viewer, permission)) throw new AppError('FORBIDDEN', 'errors.forbidden')
}

export function isStaff(viewer: PolicySubject | null | undefined) {
  return viewer?.role === 'ADMIN' || viewer?.role === 'STAFF'
}
