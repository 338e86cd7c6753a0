// Loads the viewer for this request (cached), re-reading the user and the session so a
// deactivated user, a reset password or a signed-out session ends at once; and the
// page-level guards. lib/request is where a request meets the domains: it stands above
// lib/auth, so lib/server never imports lib/auth (decision 013).
import 'server-only'
import { cache } from 'react'
import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'
import type { Viewer } from '../auth/viewer'
import { homeFor } from '../auth/roles'
import { can, type Permission } from '../auth/permissions'
import { viewerForCookie } from '../auth/sessions'
import { sessionCookieName } from '../auth/session-cookie'

export type { Viewer }

/** next-auth's session cookie, checked in one query. (getServerSession would run next-auth's
 * jwt callback, which checks the same session again for next-auth's own routes.) */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  return viewerForCookie((await cookies()).get(sessionCookieName())?.value)
})

export async function requireViewer(): Promise<Viewer> {
  const v = await getViewer()
  if (!v) redirect('/sign-in')
  return v
}

/** For pages, by a named permission (lib/auth/permissions.ts): a viewer without it goes to
 * their own home, by the role the database holds now (the session cookie's is the one at
 * sign-in). Called before any record is loaded, so where it sends someone says nothing about
 * which records exist. A page names a permission held by exactly the roles of its area. */
export async function requirePermission(permission: Permission): Promise<Viewer> {
  const v = await requireViewer()
  if (!can(v, permission)) redirect(homeFor(v.role))
  return v
}
