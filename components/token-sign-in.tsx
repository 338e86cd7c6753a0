'use client'
// Signs in with a one-time token from an email, on a click: mail scanners that fetch
// links do not use the token up.
import { useState } from 'react'
import { credentialsSignIn } from '@/lib/auth/client-sign-in'
import { useMessages } from './i18n-provider'
import { buttonClass } from './ui/styles'

export function TokenSignIn({ token, purpose, label, next }: { token: string; purpose: 'link' | 'verify'; label: string; next?: string }) {
  const m = useMessages()
  const [error, setError] = useState<string | null>(null)
  const [pending, setPending] = useState(false)
  return (
    <div className="space-y-3">
      <div role="status" aria-live="polite">
        {error ? <p className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">{error}</p> : null}
      </div>
      <button
        type="button"
        className={buttonClass.primary}
        disabled={pending}
        onClick={async () => {
          setPending(true)
          const res = await credentialsSignIn('link', { token, purpose })
          setPending(false)
          if (!res.ok) return setError(m.errors.tokenInvalid)
          window.location.assign(`/after-sign-in${next ? `?next=${encodeURIComponent(next)}` : ''}`)
        }}
      >
        {pending ? m.common.saving : label}
      </button>
    </div>
  )
}
