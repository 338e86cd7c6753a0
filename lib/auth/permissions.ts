// The permission vocabulary: every named permission and the roles that hold it, defined once.
// Pages (`requirePermission`), server actions (`runAction(..., { permission })`) and domain
// functions (`assertCan`) name a permission, never a list of roles; which records of a kind a
// viewer may touch is each domain's `policy.ts` (role here, ownership there).
//
// Names read `verb:thing[:scope]`: `:own` is the viewer's own records, `:department` a
// partner's department's, `:any` every record (staff). A page or an action names a permission
// held by exactly the roles that may enter its area (`AREA_ROLES`); tested in
// permissions.test.ts.
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
  // A fellow's own portal: their fellowship, its updates, deliverables and metrics.
  'fellowship:read:own': ['FELLOW'],
  'update:write:own': ['FELLOW'],
  'update:read:any': ['ADMIN', 'STAFF'],
  // Marking a submitted update reviewed ends the fellow's corrections to it.
  'update:review': ['ADMIN', 'STAFF'],
  'metric:record': ['FELLOW', 'ADMIN', 'STAFF'],
  'metric:record:own': ['FELLOW'],
  'metric:define': ['ADMIN', 'STAFF'],
  'deliverable:define': ['ADMIN', 'STAFF'],
  'deliverable:submit': ['FELLOW'],
  'deliverable:review': ['PARTNER'],
  // Comments on updates and deliverables: `comment:write` for the domain function, which
  // scopes the record; the narrower ones for the page or action each role writes them from.
  'comment:write': ['ADMIN', 'STAFF', 'PARTNER', 'FELLOW'],
  'comment:write:own': ['FELLOW'],
  'comment:write:department': ['PARTNER'],
  'comment:write:any': ['ADMIN', 'STAFF'],
  'compliance:read': ['ADMIN', 'STAFF'],
  'reminder:send': ['ADMIN', 'STAFF'],
  // every fellowship's progress (staff); a partner's department's fellows' below
  'progress:read:any': ['ADMIN', 'STAFF'],
  'progress:read:department': ['PARTNER'],
  // evaluations: staff run the rounds; a fellow writes their self and department evaluations,
  // a partner their department's supervisor evaluations (lib/evaluations/policy.ts)
  'evaluation:manage': ['ADMIN', 'STAFF'],
  'evaluation:write:own': ['FELLOW'],
  'evaluation:write:department': ['PARTNER'],
  // trainings and events: staff schedule them and take attendance; fellows and partners see
  // the ones they are invited to, answer, and keep a calendar feed (`event:respond` for the
  // domain, which scopes the event; the narrower ones for each role's pages and actions)
  'event:manage': ['ADMIN', 'STAFF'],
  'event:respond': ['FELLOW', 'PARTNER'],
  'event:respond:own': ['FELLOW'],
  'event:respond:department': ['PARTNER'],
  // insight
  'dashboard:read': ['ADMIN', 'STAFF', 'PARTNER'],
  'dashboard:read:any': ['ADMIN', 'STAFF'],
  'dashboard:read:department': ['PARTNER'],
  'insight:data:read': ['ADMIN', 'STAFF'],
  'report:manage': ['ADMIN', 'STAFF'],
  'export:run': ['ADMIN', 'STAFF'],
  'alumni:read': ['ADMIN', 'STAFF'],
  'alumni:write:own': ['FELLOW'],
  // cohort operations: announcements (staff send and see delivery; everyone reads their inbox)
  'announcement:send': ['ADMIN', 'STAFF'],
  'announcement:read:any': ['ADMIN', 'STAFF'],
  'inbox:read:own': ['ADMIN', 'STAFF', 'REVIEWER', 'FELLOW', 'PARTNER', 'APPLICANT'],
  // certificates of completion: staff issue and revoke them; a fellow (an alumna too: her
  // fellowship completed, she still signs in as FELLOW) reads her own. Verifying is public.
  'certificate:manage': ['ADMIN', 'STAFF'],
  'certificate:read:own': ['FELLOW'],
  // stipends: staff set a cycle's stipend and prepare the monthly payment batch; a different
  // staff member approves it (lib/stipends/policy.ts); fellows keep their bank details and see
  // their own payments
  'stipend:configure': ['ADMIN', 'STAFF'],
  'payment:prepare': ['ADMIN', 'STAFF'],
  'payment:approve': ['ADMIN', 'STAFF'],
  'bank:write:own': ['FELLOW'],
  'payment:read:own': ['FELLOW'],
} as const satisfies Record<string, readonly RoleName[]>

export type Permission = keyof typeof PERMISSIONS

export interface PolicySubject {
  role: RoleName
}

/** The roles holding a permission. */
export function rolesWith(permission: Permission): readonly RoleName[] {
  return PERMISSIONS[permission]
}

export function can(viewer: PolicySubject | null | undefined, permission: Permission): boolean {
  if (!viewer) return false
  return (PERMISSIONS[permission] as readonly RoleName[]).includes(viewer.role)
}
