// Where a fresh sign-in lands: onward to the page asked for, if this role may open it,
// else to the role's home.
import { redirect } from 'next/navigation'
import { requireViewer } from '@/lib/request/viewer'
import { homeFor, mayEnter } from '@/lib/auth/roles'
import { localPath } from '@/lib/safe-path'

export default async function AfterSignIn({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const viewer = await requireViewer()
  const { next } = await searchParams
  const local = localPath(next)
  const safe = local && mayEnter(viewer.role, local.split(/[?#]/)[0]) ? local : null
  redirect(safe ?? homeFor(viewer.role))
}
