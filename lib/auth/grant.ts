// Who may give which role: used by invitations and by staff changing a user.
import type { Role } from '@prisma/client'
import { AppError } from '../server/errors'
import { can } from './policy'
import type { Viewer } from './viewer'

/** Only administrators grant or change the staff and administrator roles. */
export function assertMayGrant(viewer: Viewer, role: Role) {
  if ((role === 'ADMIN' || role === 'STAFF') && !can(viewer, 'user:grant-staff')) {
    throw new AppError('FORBIDDEN', 'errors.adminOnly', { role: 'errors.adminOnly' })
  }
}
