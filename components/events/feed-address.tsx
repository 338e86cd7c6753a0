'use client'
// Making a private calendar-feed address: the answer carries the address, shown here once
// (only its hash is kept), with or without JavaScript.
import { useActionState } from 'react'
import type { ActionState } from '@/lib/server/action-state'
import { SubmitButton } from '@/components/ui/form'
import { inputClass } from '@/components/ui/styles'

export function FeedAddressForm({
  action,
  label,
  addressLabel,
}: {
  action: (prev: ActionState, fd: FormData) => Promise<ActionState>
  label: string
  addressLabel: string
}) {
  const [state, formAction] = useActionState(action, { ok: false })
  const url = state.ok && typeof state.data?.feedUrl === 'string' ? state.data.feedUrl : null
  return (
    <form action={formAction} className="space-y-3">
      {url ? (
        <div className="space-y-1">
          <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
            {state.message}
          </p>
          <label htmlFor="feed-url" className="block text-sm font-medium text-slate-900">
            {addressLabel}
          </label>
          <input id="feed-url" readOnly value={url} dir="ltr" className={inputClass} onFocus={(e) => e.currentTarget.select()} />
        </div>
      ) : state.formError ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          {state.formError}
        </p>
      ) : null}
      <SubmitButton label={label} variant="secondary" />
    </form>
  )
}
