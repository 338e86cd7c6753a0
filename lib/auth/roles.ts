// Roles and where each lands. Shared by the proxy, pages and the policy.
export const ROLES = ['ADMIN', 'STAFF', 'REVIEWER', 'FELLOW', 'PARTNER', 'APPLICANT'] as const
export type RoleName = (typeof ROLES)[number]

/**
 * The role an account acts with. Until its email is confirmed it is an applicant's, whatever
 * role it holds: anyone can sign up with someone else's address, so a role given to such an
 * account (before staff were stopped from doing so) must not reach whoever chose its password.
 */
export function actingRole(role: RoleName, emailConfirmed: boolean): RoleName {
  return emailConfirmed ? role : 'APPLICANT'
}

export function homeFor(role: RoleName): string {
  switch (role) {
    case 'ADMIN':
    case 'STAFF':
      return '/staff'
    case 'REVIEWER':
      return '/review'
    case 'FELLOW':
      return '/fellow'
    case 'PARTNER':
      return '/partner'
    case 'APPLICANT':
      return '/apply'
  }
}

/** Which roles may open which URL prefix. Staff may also review (they assign themselves). */
export const AREA_ROLES: Record<string, readonly RoleName[]> = {
  '/staff': ['ADMIN', 'STAFF'],
  '/review': ['REVIEWER', 'ADMIN', 'STAFF'],
  '/fellow': ['FELLOW'],
  '/partner': ['PARTNER'],
  '/apply': ['APPLICANT', 'FELLOW'],
  '/account': ROLES,
}

export function areaOf(pathname: string): string | null {
  for (const prefix of Object.keys(AREA_ROLES)) {
    if (pathname === prefix || pathname.startsWith(prefix + '/')) return prefix
  }
  return null
}

export function mayEnter(role: RoleName, pathname: string): boolean {
  const area = areaOf(pathname)
  return area === null || AREA_ROLES[area].includes(role)
}
