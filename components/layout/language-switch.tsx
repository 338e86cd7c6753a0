'use client'
// A one-click language toggle that works without JavaScript too (a plain form post). The
// layout hands in the server action: components never import app/ (decision 013).
import { usePathname, useSearchParams } from 'next/navigation'
import { useLocale, useMessages } from '../i18n-provider'

export function LanguageSwitch({ action }: { action: (fd: FormData) => void | Promise<void> }) {
  const locale = useLocale()
  const m = useMessages()
  const pathname = usePathname()
  const search = useSearchParams()
  const back = pathname + (search.size ? `?${search.toString()}` : '')
  const other = locale === 'ur' ? 'en' : 'ur'
  return (
    <form action={action}>
      <input type="hidden" name="locale" value={other} />
      <input type="hidden" name="back" value={back} />
      <button
        type="submit"
        lang={other}
        aria-label={m.common.switchToLabel}
        className="rounded-md border border-slate-400 px-3 py-1 text-sm font-medium text-slate-900 hover:bg-slate-100"
        data-testid="language-switch"
      >
        {m.common.switchTo}
      </button>
    </form>
  )
}
