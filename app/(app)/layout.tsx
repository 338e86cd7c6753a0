// The signed-in shell. It reads the viewer only to draw the header and navigation;
// every page checks access itself (CONVENTIONS.md: no auth logic in layouts).
import { getViewer } from '@/lib/request/viewer'
import { getI18n } from '@/lib/i18n/server'
import { navFor } from '@/lib/nav'
import { homeFor } from '@/lib/auth/roles'
import { AppShell } from '@/components/layout/app-shell'
import { unreadCount } from '@/lib/announcements/queries'
import { format } from '@/lib/i18n/define'
import { setLocaleAction } from '@/app/actions/locale'
import { signOutAction } from '@/app/actions/sign-out'

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const [viewer, { m, locale }] = await Promise.all([getViewer(), getI18n()])
  if (!viewer) return <main id="main">{children}</main>
  const unread = await unreadCount(viewer)
  const t = m.announcements.inbox
  return (
    <AppShell
      m={m}
      nav={navFor(viewer.role, m)}
      userName={viewer.name}
      roleLabel={m.common.roles[viewer.role]}
      homeHref={homeFor(viewer.role)}
      inbox={{ unread, label: unread ? format(t.linkUnread, { n: unread }, locale) : t.link }}
      actions={{ setLocale: setLocaleAction, signOut: signOutAction }}
    >
      {children}
    </AppShell>
  )
}
