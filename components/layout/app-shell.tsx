// The signed-in frame: header with the person, language switch and sign-out, and the
// navigation of their role. No authorization here: pages check for themselves.
import Link from '@/components/ui/link'
import { Suspense } from 'react'
import type { NavItem } from '@/lib/nav'
import type { Messages } from '@/lib/i18n/messages'
import { fill, UserText } from '../ui/user-text'
import { LanguageSwitch } from './language-switch'
import { SignOutButton } from './sign-out-button'
import { NavLinks } from './nav-links'
import { MenuLink } from './menu-link'
import { FlashProvider } from '../ui/flash'

export function AppShell({
  m,
  nav,
  userName,
  roleLabel,
  homeHref,
  inbox,
  actions,
  children,
}: {
  m: Messages
  nav: NavItem[]
  userName: string
  roleLabel: string
  homeHref: string
  /** The inbox link's words, with the unread count in them when there are unread messages. */
  inbox: { label: string; unread: number }
  /** The server actions behind the header's forms, handed in by the layout. */
  actions: { setLocale: (fd: FormData) => void | Promise<void>; signOut: () => void | Promise<void> }
  children: React.ReactNode
}) {
  const account = (
    <MenuLink href="/account" className="text-slate-700 hover:underline">
      {fill(m.common.signedInAs, { name: <UserText>{userName}</UserText> })} · {roleLabel}
    </MenuLink>
  )
  const inboxLink = (
    <MenuLink
      href="/account/inbox"
      className={
        inbox.unread ? 'rounded-full bg-emerald-800 px-2 py-0.5 font-semibold text-white hover:underline' : 'text-slate-700 hover:underline'
      }
      data-testid="inbox-link"
    >
      {inbox.label}
    </MenuLink>
  )
  return (
    <FlashProvider>
      <div className="min-h-screen">
        <header className="relative border-b border-slate-300 bg-white">
          <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
            <Link href={homeHref} className="text-xl font-bold text-emerald-900">
              {m.common.appName}
            </Link>
            <div className="hidden flex-wrap items-center gap-3 text-sm md:flex">
              {inboxLink}
              {account}
              <Suspense fallback={null}>
                <LanguageSwitch action={actions.setLocale} />
              </Suspense>
              <SignOutButton label={m.common.signOut} action={actions.signOut} />
            </div>
            {/* Phones: everything behind one "Menu" that opens without JavaScript. */}
            <details className="md:hidden" data-testid="mobile-menu">
              <summary className="flex cursor-pointer list-none items-center gap-2 rounded-md border border-slate-400 px-3 py-1 text-sm font-semibold text-slate-900 hover:bg-slate-100 [&::-webkit-details-marker]:hidden">
                <span aria-hidden="true">☰</span>
                {m.common.menu}
              </summary>
              <div className="absolute inset-x-0 top-full z-30 space-y-3 border-b border-slate-300 bg-white px-4 py-3 text-sm shadow-lg">
                <nav aria-label={m.common.mainNav}>
                  <NavLinks items={nav} vertical />
                </nav>
                <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-3">
                  {inboxLink}
                  {account}
                  <Suspense fallback={null}>
                    <LanguageSwitch action={actions.setLocale} />
                  </Suspense>
                  <SignOutButton label={m.common.signOut} action={actions.signOut} />
                </div>
              </div>
            </details>
          </div>
          <nav aria-label={m.common.mainNav} className="mx-auto hidden max-w-7xl px-4 md:block">
            <NavLinks items={nav} />
          </nav>
        </header>
        <main id="main" className="mx-auto max-w-7xl px-4 py-8">
          {children}
        </main>
      </div>
    </FlashProvider>
  )
}
