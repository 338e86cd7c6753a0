// The public frame: name, language switch, sign-in link.
import Link from '@/components/ui/link'
import { Suspense } from 'react'
import { getI18n } from '@/lib/i18n/server'
import { LanguageSwitch } from '@/components/layout/language-switch'
import { setLocaleAction } from '@/app/actions/locale'

export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const { m } = await getI18n()
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-300 bg-white">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-3 px-4 py-3">
          <Link href="/" className="text-xl font-bold text-emerald-900">
            {m.common.appName}
          </Link>
          <nav aria-label={m.common.mainNav} className="flex flex-wrap items-center gap-4 text-sm">
            {[
              ['/programmes', m.pub.nav.programmes],
              ['/projects', m.pub.nav.projects],
              ['/reports', m.pub.nav.reports],
              ['/open-data', m.pub.nav.openData],
            ].map(([href, label]) => (
              <Link key={href} href={href} className="font-medium text-slate-800 hover:underline">
                {label}
              </Link>
            ))}
            <Link href="/sign-in" className="font-medium text-slate-800 hover:underline">
              {m.common.signIn}
            </Link>
            <Suspense fallback={null}>
              <LanguageSwitch action={setLocaleAction} />
            </Suspense>
          </nav>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
    </div>
  )
}
