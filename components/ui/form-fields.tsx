'use client'
// Form fields with their label, hint and the action's error for them (aria-describedby), for
// use inside ActionForm (components/ui/form.tsx).
import { useId } from 'react'
import { useMessages } from '../i18n-provider'
import { useEchoedValue, useFieldError } from './form-state'
import { inputClass } from './styles'

interface FieldProps {
  name: string
  /** Usually UI copy; an element when it is text someone typed (a question's label, its help). */
  label: React.ReactNode
  hint?: React.ReactNode
  required?: boolean
  className?: string
}

function FieldShell({
  name,
  label,
  hint,
  required,
  className,
  children,
}: FieldProps & { children: (ids: { id: string; describedBy?: string; invalid: boolean }) => React.ReactNode }) {
  const m = useMessages()
  const id = useId()
  const error = useFieldError(name)
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined
  return (
    <div className={className ?? 'space-y-1'}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        {label}
        {required ? null : <span className="ms-1 font-normal text-slate-600">({m.common.optional})</span>}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {children({ id, describedBy, invalid: !!error })}
      {error ? (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  )
}

export function TextField({
  type = 'text',
  defaultValue,
  autoComplete,
  placeholder,
  dir,
  min,
  max,
  step,
  ...p
}: FieldProps & {
  type?: string
  defaultValue?: string | number | null
  autoComplete?: string
  placeholder?: string
  dir?: 'ltr' | 'rtl' | 'auto'
  min?: string | number
  max?: string | number
  step?: string | number
}) {
  const echoed = useEchoedValue(p.name)
  return (
    <FieldShell {...p}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          name={p.name}
          type={type}
          defaultValue={type === 'password' ? (defaultValue ?? undefined) : (echoed ?? defaultValue ?? undefined)}
          autoComplete={autoComplete}
          placeholder={placeholder}
          required={p.required}
          aria-required={p.required}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          dir={dir}
          min={min}
          max={max}
          step={step}
          className={inputClass}
        />
      )}
    </FieldShell>
  )
}

export function TextAreaField({
  defaultValue,
  rows = 4,
  dir,
  ...p
}: FieldProps & { defaultValue?: string | null; rows?: number; dir?: 'ltr' | 'rtl' | 'auto' }) {
  const echoed = useEchoedValue(p.name)
  return (
    <FieldShell {...p}>
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          name={p.name}
          rows={rows}
          defaultValue={echoed ?? defaultValue ?? undefined}
          required={p.required}
          aria-required={p.required}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          dir={dir}
          className={inputClass}
        />
      )}
    </FieldShell>
  )
}

export function SelectField({
  options,
  defaultValue,
  placeholder,
  ...p
}: FieldProps & { options: { value: string; label: string }[]; defaultValue?: string | null; placeholder?: string }) {
  const echoed = useEchoedValue(p.name)
  return (
    <FieldShell {...p}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          name={p.name}
          defaultValue={echoed ?? defaultValue ?? ''}
          required={p.required}
          aria-required={p.required}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          className={inputClass}
        >
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {/* Options are often names typed by someone (a department, a person); an <option>
              holds only text, so dir="auto" is its isolation. */}
          {options.map((o) => (
            <option key={o.value} value={o.value} dir="auto">
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  )
}

export function CheckboxField({
  name,
  label,
  defaultChecked,
  hint,
}: {
  name: string
  label: string
  defaultChecked?: boolean
  hint?: string
}) {
  const id = useId()
  const error = useFieldError(name)
  return (
    <div className="flex items-start gap-2">
      <input
        id={id}
        type="checkbox"
        name={name}
        defaultChecked={defaultChecked}
        aria-invalid={!!error}
        aria-describedby={error || hint ? `${id}-d` : undefined}
        className="mt-1 h-4 w-4 rounded border-slate-500 text-emerald-800 focus:ring-emerald-700"
      />
      <div>
        <label htmlFor={id} className="text-sm font-medium text-slate-900">
          {label}
        </label>
        {error || hint ? (
          <p id={`${id}-d`} className={error ? 'text-sm font-medium text-red-700' : 'text-sm text-slate-600'}>
            {error ?? hint}
          </p>
        ) : null}
      </div>
    </div>
  )
}
