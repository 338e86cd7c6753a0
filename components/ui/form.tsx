'use client'
// Forms bound to a server action: errors appear beside each field (aria-describedby) and
// the form's message beside its submit button (aria-live); the submit button disables while
// the action runs. After a submit, focus goes where the answer is: the first field to
// correct, else the message; a confirmation whose form left the page goes to the shell's flash.
import { startTransition, useActionState, useContext, useEffect, useId, useRef, useState, useTransition } from 'react'
import { useFormStatus } from 'react-dom'
import type { ActionState } from '@/lib/server/action-state'
import { format } from '@/lib/i18n/define'
import { useLocale, useMessages } from '../i18n-provider'
import { useFlash } from './flash'
import { buttonClass } from './styles'
import { PendingCtx, StateCtx } from './form-state'

type Action = (prev: ActionState, fd: FormData) => Promise<ActionState>

// The fields live in form-fields.tsx and the shared state in form-state.ts; pages import all from here.
export { useFieldError } from './form-state'
export { CheckboxField, SelectField, TextAreaField, TextField } from './form-fields'

export function ActionForm({
  action,
  children,
  submitLabel,
  submitVariant = 'primary',
  resetOnSuccess = false,
  className,
  id,
  'aria-label': ariaLabel,
}: {
  action: Action
  children?: React.ReactNode
  submitLabel?: string
  submitVariant?: keyof typeof buttonClass
  resetOnSuccess?: boolean
  className?: string
  id?: string
  'aria-label'?: string
}) {
  // The server's answer without JavaScript (and the form's first render)...
  const [serverState, formAction, serverPending] = useActionState(action, { ok: false })
  // ...and with it: the action called directly, so its answer is known even when the page
  // that comes back no longer has this form (an approval removes the approve form).
  const [clientState, setClientState] = useState<ActionState | null>(null)
  const [clientPending, startSubmit] = useTransition()
  const state = clientState ?? serverState
  const pending = serverPending || clientPending
  const ref = useRef<HTMLFormElement>(null)
  const statusRef = useRef<HTMLDivElement>(null)
  const statusId = useId()
  const m = useMessages()
  const locale = useLocale()
  const flash = useFlash()
  // The last confirmation: if the page that comes back with it no longer has this form, the
  // shell's flash shows it (the form's own message went with the form).
  const confirmed = useRef<{ message: string; at: number } | null>(null)
  useEffect(() => {
    if (!clientState) return
    const form = ref.current
    if (!form) return
    if (clientState.ok && resetOnSuccess) form.reset()
    const invalid = form.querySelector<HTMLElement>('[aria-invalid="true"]')
    const field =
      invalid && (invalid.matches('input, select, textarea') ? invalid : invalid.querySelector<HTMLElement>('input, select, textarea'))
    if (field) field.focus()
    else if (clientState.formError || clientState.message || clientState.fieldErrors) statusRef.current?.focus()
  }, [clientState, resetOnSuccess])
  useEffect(
    () => () => {
      if (confirmed.current && Date.now() - confirmed.current.at < 5000) flash?.(confirmed.current.message)
    },
    [flash],
  )
  const fieldErrorCount = Object.keys(state.fieldErrors ?? {}).filter((k) => k !== '_form').length
  const formMessage =
    state.formError ?? (!state.ok && fieldErrorCount ? format(m.common.checkFields, { n: fieldErrorCount }, locale) : null)
  return (
    <StateCtx.Provider value={state}>
      <PendingCtx.Provider value={pending}>
        <form
          ref={ref}
          action={formAction}
          // With JavaScript the action is called by hand: what the person typed stays when the
          // server sends back errors (React resets a form after a form action), and the answer
          // is seen here before the page re-renders. Without JavaScript the plain action runs.
          onSubmit={(e) => {
            e.preventDefault()
            const submitter = (e.nativeEvent as SubmitEvent).submitter
            const fd = new FormData(e.currentTarget, submitter instanceof HTMLElement ? submitter : undefined)
            const form = e.currentTarget
            startSubmit(async () => {
              const res = await action(state, fd)
              if (res.ok && res.message) {
                if (form.isConnected) confirmed.current = { message: res.message, at: Date.now() }
                else flash?.(res.message)
              }
              startTransition(() => setClientState({ ...res }))
            })
          }}
          className={className ?? 'space-y-4'}
          noValidate
          id={id}
          aria-label={ariaLabel}
          aria-describedby={statusId}
        >
          {children}
          {submitLabel ? <SubmitButton label={submitLabel} variant={submitVariant} /> : null}
          {/* After the fields and the button: where the person is looking when they submit. */}
          <div id={statusId} ref={statusRef} tabIndex={-1} aria-live="polite" role="status" className="focus:outline-none">
            {formMessage ? (
              <p className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">{formMessage}</p>
            ) : state.ok && state.message ? (
              <p className="rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">{state.message}</p>
            ) : null}
          </div>
        </form>
      </PendingCtx.Provider>
    </StateCtx.Provider>
  )
}

export function SubmitButton({
  label,
  variant = 'primary',
  name,
  value,
}: {
  label: string
  variant?: keyof typeof buttonClass
  name?: string
  value?: string
}) {
  const status = useFormStatus()
  const pending = useContext(PendingCtx) || status.pending
  const m = useMessages()
  return (
    <button type="submit" className={buttonClass[variant]} disabled={pending} aria-disabled={pending} name={name} value={value}>
      {pending ? m.common.saving : label}
    </button>
  )
}

export function Hidden({ name, value }: { name: string; value: string | number }) {
  return <input type="hidden" name={name} value={value} />
}
