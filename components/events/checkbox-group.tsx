'use client'
// A group of checkboxes posting one name with several values (invited departments), with its
// legend, hint and the action's error for the name, inside an ActionForm.
import { useId } from 'react'
import { useFieldError } from '@/components/ui/form'

export function CheckboxGroup({
  name,
  legend,
  hint,
  options,
  checked = [],
}: {
  name: string
  legend: string
  hint?: string
  options: { value: string; label: string }[]
  checked?: string[]
}) {
  const id = useId()
  const error = useFieldError(name)
  return (
    <fieldset aria-describedby={[hint ? `${id}-h` : '', error ? `${id}-e` : ''].filter(Boolean).join(' ') || undefined}>
      <legend className="text-sm font-medium text-slate-900">{legend}</legend>
      {hint ? (
        <p id={`${id}-h`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        {options.map((o) => (
          <label key={o.value} className="flex items-start gap-2 text-sm text-slate-900">
            <input
              type="checkbox"
              name={name}
              value={o.value}
              defaultChecked={checked.includes(o.value)}
              aria-invalid={!!error}
              className="mt-1 h-4 w-4 rounded border-slate-500"
            />
            <span dir="auto">{o.label}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${id}-e`} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  )
}
