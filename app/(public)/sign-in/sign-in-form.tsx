'use client'
// Password sign-in through next-auth; errors come back as message keys and show beside the form.
import { useState } from 'react'
import { credentialsSignIn } from '@/lib/auth/client-sign-in'
import { useMessages } from '@/components/i18n-provider'
import { buttonClass, inputClass } from '@/components/ui/styles'

export function SignInForm({ next, labels }: { next?: string; labels: { password: string; signInButton: string } }) {
  const m = useMessages()
  const [error, setError] = useState<string | null>(null)
  const [fieldErrors, setFieldErrors] = useState<{ email?: string; password?: string }>({})
  const [pending, setPending] = useState(false)

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault()
    const fd = new FormData(e.currentTarget)
    const email = String(fd.get('email') ?? '').trim()
    const password = String(fd.get('password') ?? '')
    const fe: typeof fieldErrors = {}
    if (!email) fe.email = m.errors.required
    else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) fe.email = m.errors.invalidEmail
    if (!password) fe.password = m.errors.required
    setFieldErrors(fe)
    setError(null)
    if (fe.email || fe.password) return
    setPending(true)
    const res = await credentialsSignIn('password', { email, password })
    setPending(false)
    if (!res.ok) {
      const key = res.error?.startsWith('errors.') ? (res.error.slice(7) as keyof typeof m.errors) : 'invalidCredentials'
      setError(m.errors[key] ?? m.errors.invalidCredentials)
      return
    }
    window.location.assign(`/after-sign-in${next ? `?next=${encodeURIComponent(next)}` : ''}`)
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-describedby="sign-in-status">
      <div id="sign-in-status" role="status" aria-live="polite">
        {error ? <p className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">{error}</p> : null}
      </div>
      <div className="space-y-1">
        <label htmlFor="email" className="block text-sm font-medium">
          {m.common.email}
        </label>
        <input id="email" name="email" type="email" autoComplete="email" required aria-required aria-invalid={!!fieldErrors.email} aria-describedby={fieldErrors.email ? 'email-error' : undefined} className={inputClass} dir="ltr" />
        {fieldErrors.email ? <p id="email-error" className="text-sm font-medium text-red-700">{fieldErrors.email}</p> : null}
      </div>
      <div className="space-y-1">
        <label htmlFor="password" className="block text-sm font-medium">
          {labels.password}
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" required aria-required aria-invalid={!!fieldErrors.password} aria-describedby={fieldErrors.password ? 'password-error' : undefined} className={inputClass} dir="ltr" />
        {fieldErrors.password ? <p id="password-error" className="text-sm font-medium text-red-700">{fieldErrors.password}</p> : null}
      </div>
      <button type="submit" className={buttonClass.primary} disabled={pending}>
        {pending ? m.common.saving : labels.signInButton}
      </button>
    </form>
  )
}
