// Where a fresh sign-in lands: onward to the page asked for, if this role may open it,
// else to the role's home.
import { redirect } from 'next/navigation'
import { requireViewer } from '@/lib/server/viewer'
import { homeFor, mayEnter } from '@/lib/auth/roles'

export default async function AfterSignIn({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const viewer = await requireViewer()
  const { next } = await searchParams
  const safe = next && next.startsWith('/') && !next.startsWith('//') && mayEnter(viewer.role, next.split('?')[0]) ? next : null
  redirect(safe ?? homeFor(viewer.role))
}
