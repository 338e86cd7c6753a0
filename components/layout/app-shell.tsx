// The signed-in frame: header with the person, language switch and sign-out, and the
// navigation of their role. No authorization here: pages check for themselves.
import Link from 'next/link'
import { Suspense } from 'react'
import type { NavItem } from '@/lib/nav'
import type { Messages } from '@/lib/i18n/messages'
import { format } from '@/lib/i18n/define'
import { LanguageSwitch } from './language-switch'
import { SignOutButton } from './sign-out-button'
import { NavLinks } from './nav-links'

export function AppShell({
  m,
  nav,
  userName,
  roleLabel,
  homeHref,
  children,
}: {
  m: Messages
  nav: NavItem[]
  userName: string
  roleLabel: string
  homeHref: string
  children: React.ReactNode
}) {
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-300 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href={homeHref} className="text-xl font-bold text-emerald-900">
            {m.common.appName}
          </Link>
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <Link href="/account" className="text-slate-700 hover:underline">
              {format(m.common.signedInAs, { name: userName })} · {roleLabel}
            </Link>
            <Suspense fallback={null}>
              <LanguageSwitch />
            </Suspense>
            <SignOutButton label={m.common.signOut} />
          </div>
        </div>
        <nav aria-label={m.common.mainNav} className="mx-auto max-w-7xl px-4">
          <NavLinks items={nav} />
        </nav>
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-8">
        {children}
      </main>
    </div>
  )
}
