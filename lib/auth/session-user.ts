// What a session carries about its user: enough to show the name and to check the role and
// that the session has not been ended (sv: the user's session version).
import type { Role } from '@prisma/client'

export interface SessionUser {
  id: string
  role: Role
  name: string
  email: string
  sv: number
}

export const toSessionUser = (u: { id: string; role: Role; name: string; email: string; sessionVersion: number }): SessionUser => ({
  id: u.id,
  role: u.role,
  name: u.name,
  email: u.email,
  sv: u.sessionVersion,
})
