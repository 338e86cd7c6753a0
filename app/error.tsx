'use client'
// Shown instead of a stack trace when a page fails to render.
import { useMessages } from '@/components/i18n-provider'

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const m = useMessages()
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">{m.common.errorTitle}</h1>
      <p className="mt-2 text-slate-700">{m.common.errorBody}</p>
      <button type="button" onClick={reset} className="mt-4 rounded-md bg-emerald-800 px-4 py-2 font-semibold text-white">
        {m.common.tryAgain}
      </button>
    </main>
  )
}
