'use client'
// Accepting an invitation creates the account, then signs in with the new password.
import { startTransition, useActionState, useEffect } from 'react'
import { credentialsSignIn } from '@/lib/auth/client-sign-in'
import { acceptInviteAction } from './actions'
import { useMessages } from '@/components/i18n-provider'
import { buttonClass, inputClass } from '@/components/ui/styles'

export function InviteForm({
  token,
  defaultName,
  labels,
}: {
  token: string
  defaultName: string
  labels: { fullName: string; password: string; confirm: string; hint: string; button: string }
}) {
  const m = useMessages()
  const [state, action, pending] = useActionState(acceptInviteAction, { ok: false })
  useEffect(() => {
    if (!state.ok || !state.data?.email) return
    const form = document.getElementById('invite-form') as HTMLFormElement | null
    const password = (form?.elements.namedItem('password') as HTMLInputElement | null)?.value ?? ''
    void credentialsSignIn('password', { email: String(state.data.email), password }).then(() => window.location.assign('/after-sign-in'))
  }, [state])
  const err = (k: string) => state.fieldErrors?.[k]
  const field = (name: string, label: string, type: string, hint?: string, defaultValue?: string) => (
    <div className="space-y-1">
      <label htmlFor={`f-${name}`} className="block text-sm font-medium">
        {label}
      </label>
      {hint ? (
        <p id={`f-${name}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <input
        id={`f-${name}`}
        name={name}
        type={type}
        defaultValue={defaultValue}
        required
        aria-required
        aria-invalid={!!err(name)}
        aria-describedby={[hint ? `f-${name}-hint` : '', err(name) ? `f-${name}-error` : ''].filter(Boolean).join(' ') || undefined}
        className={inputClass}
        autoComplete={type === 'password' ? 'new-password' : 'name'}
      />
      {err(name) ? (
        <p id={`f-${name}-error`} className="text-sm font-medium text-red-700">
          {err(name)}
        </p>
      ) : null}
    </div>
  )
  return (
    <form
      id="invite-form"
      action={action}
      onSubmit={(e) => {
        // Keep what was typed if the server sends back errors.
        e.preventDefault()
        const fd = new FormData(e.currentTarget)
        startTransition(() => action(fd))
      }}
      noValidate
      className="space-y-4"
    >
      <div role="status" aria-live="polite">
        {state.formError ? (
          <p className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">{state.formError}</p>
        ) : null}
      </div>
      <input type="hidden" name="token" value={token} />
      {field('name', labels.fullName, 'text', undefined, defaultName)}
      {field('password', labels.password, 'password', labels.hint)}
      {field('confirm', labels.confirm, 'password')}
      <button type="submit" className={buttonClass.primary} disabled={pending || state.ok}>
        {pending || state.ok ? m.common.saving : labels.button}
      </button>
    </form>
  )
}
