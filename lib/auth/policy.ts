// Who may do what. Role-level permissions live here; record-level ownership is enforced by
// the where-builders in each lib/<domain>/queries.ts (a record you may not see is "not found").
import { AppError } from '../server/errors'
import type { RoleName } from './roles'

export const PERMISSIONS = {
  // foundation
  'programme:manage': ['ADMIN', 'STAFF'],
  'cycle:manage': ['ADMIN', 'STAFF'],
  'department:manage': ['ADMIN', 'STAFF'],
  'user:invite': ['ADMIN', 'STAFF'],
  'user:manage': ['ADMIN', 'STAFF'],
  'user:grant-staff': ['ADMIN'],
  'audit:read': ['ADMIN', 'STAFF'],
  'outbox:read': ['ADMIN', 'STAFF'],
  // recruitment
  'call:configure': ['ADMIN', 'STAFF'],
  'application:read:any': ['ADMIN', 'STAFF'],
  'application:manage': ['ADMIN', 'STAFF'],
  'application:write:own': ['APPLICANT', 'FELLOW'],
  'review:assign': ['ADMIN', 'STAFF'],
  'review:write:assigned': ['REVIEWER', 'ADMIN', 'STAFF'],
  'interview:manage': ['ADMIN', 'STAFF'],
  // A panelist opens and scores the interviews they sit on (scoped to their own panels).
  'interview:panel': ['REVIEWER', 'ADMIN', 'STAFF'],
  'offer:manage': ['ADMIN', 'STAFF'],
  'offer:respond:own': ['APPLICANT', 'FELLOW'],
  // placement
  'project:propose': ['PARTNER'],
  'project:manage': ['ADMIN', 'STAFF'],
  'preference:write:own': ['FELLOW'],
  'partner-preference:write': ['PARTNER'],
  'matching:run': ['ADMIN', 'STAFF'],
  'placement:manage': ['ADMIN', 'STAFF'],
  // progress
  'update:write:own': ['FELLOW'],
  'update:read:any': ['ADMIN', 'STAFF'],
  // Marking a submitted update reviewed ends the fellow's corrections to it.
  'update:review': ['ADMIN', 'STAFF'],
  'metric:record': ['FELLOW', 'ADMIN', 'STAFF'],
  'metric:define': ['ADMIN', 'STAFF'],
  'deliverable:define': ['ADMIN', 'STAFF'],
  'deliverable:submit': ['FELLOW'],
  'deliverable:review': ['PARTNER'],
  'comment:write': ['ADMIN', 'STAFF', 'PARTNER', 'FELLOW'],
  'compliance:read': ['ADMIN', 'STAFF'],
  'reminder:send': ['ADMIN', 'STAFF'],
  // a partner reads their department's fellows' updates, deliverables and metrics
  'progress:read:department': ['PARTNER'],
  // insight
  'dashboard:read': ['ADMIN', 'STAFF', 'PARTNER'],
  'dashboard:read:any': ['ADMIN', 'STAFF'],
  'insight:data:read': ['ADMIN', 'STAFF'],
  'report:manage': ['ADMIN', 'STAFF'],
  'export:run': ['ADMIN', 'STAFF'],
  'alumni:read': ['ADMIN', 'STAFF'],
  'alumni:write:own': ['FELLOW'],
} as const satisfies Record<string, readonly RoleName[]>

export type Permission = keyof typeof PERMISSIONS

export interface PolicySubject {
  role: RoleName
}

export function can(viewer: PolicySubject | null | undefined, permission: Permission): boolean {
  if (!viewer) return false
  return (PERMISSIONS[permission] as readonly RoleName[]).includes(viewer.role)
}

export function assertCan(viewer: PolicySubject | null | undefined, permission: Permission): void {
  if (!viewer) throw new AppError('UNAUTHENTICATED', 'errors.forbidden')
  if (!can(viewer, permission)) throw new AppError('FORBIDDEN', 'errors.forbidden')
}

export function isStaff(viewer: PolicySubject | null | undefined) {
  return viewer?.role === 'ADMIN' || viewer?.role === 'STAFF'
}
