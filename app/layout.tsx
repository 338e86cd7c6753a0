import type { Metadata } from 'next'
import './globals.css'
import { GeistSans, nastaliq } from './fonts'
import { getI18n } from '@/lib/i18n/server'
import { dirOf } from '@/lib/i18n/config'
import { I18nProvider } from '@/components/i18n-provider'
import { clientMessages } from '@/lib/i18n/client-messages'

// The title and description in the visitor's language: a page without a title of its own
// reads "دفتر" in Urdu, and a page's title is followed by the name in the same script.
export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getI18n()
  return {
    title: { default: m.common.appName, template: `%s · ${m.common.appName}` },
    description: m.common.tagline,
    icons: { icon: '/favicon.svg' },
  }
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const { locale, m } = await getI18n()
  return (
    <html lang={locale} dir={dirOf(locale)} className={`${GeistSans.variable} ${locale === 'ur' ? nastaliq.variable : ''}`}>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          {m.common.skipToContent}
        </a>
        <I18nProvider locale={locale} messages={clientMessages(m)}>
          {children}
        </I18nProvider>
      </body>
    </html>
  )
}
