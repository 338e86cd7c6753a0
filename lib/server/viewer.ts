// Loads the viewer for this request (cached), re-reading the user so a deactivated user or
// a changed role ends the session at once; and the page-level guards.
import 'server-only'
import { cache } from 'react'
import { getServerSession } from 'next-auth'
import { notFound, redirect } from 'next/navigation'
import { authOptions } from '../auth/options'
import type { Viewer } from '../auth/viewer'
import type { RoleName } from '../auth/roles'
import { getDb } from './db'

export type { Viewer }

export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await getServerSession(authOptions)
  const id = session?.user?.id
  if (!id) return null
  const db = await getDb()
  const u = await db.user.findUnique({
    where: { id },
    select: { id: true, role: true, departmentId: true, name: true, email: true, active: true, sessionVersion: true },
  })
  if (!u || !u.active || u.sessionVersion !== session.user.sv) return null
  return { userId: u.id, role: u.role, departmentId: u.departmentId, name: u.name, email: u.email }
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
