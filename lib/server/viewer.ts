// Loads the viewer for this request (cached), re-reading the user and the session so a
// deactivated user, a reset password or a signed-out session ends at once; and the
// page-level guards.
import 'server-only'
import { cache } from 'react'
import { getServerSession } from 'next-auth'
import { notFound, redirect } from 'next/navigation'
import { authOptions } from '../auth/options'
import type { Viewer } from '../auth/viewer'
import type { RoleName } from '../auth/roles'
import { viewerForSession } from '../auth/sessions'

export type { Viewer }

export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await getServerSession(authOptions)
  return viewerForSession(session?.user)
})

export async function requireViewer(): Promise<Viewer> {
  const v = await getViewer()
  if (!v) redirect('/sign-in')
  return v
}

/** For pages: a viewer of another role gets a 404, not a hint that the page exists. */
export async function requireRole(...roles: RoleName[]): Promise<Viewer> {
  const v = await requireViewer()
  if (!roles.includes(v.role)) notFound()
  return v
}
