'use client'
// A group of checkboxes sharing one name (a fieldset with a legend), with its error shown
// beside it like any other field of an ActionForm.
import { useId } from 'react'
import { useFieldError } from '@/components/ui/form'

export function CheckboxGroup({
  name,
  legend,
  hint,
  options,
  checked = [],
  columns = 2,
}: {
  name: string
  legend: React.ReactNode
  hint?: React.ReactNode
  options: { value: string; label: string; note?: string }[]
  checked?: string[]
  columns?: 1 | 2 | 3 | 4
}) {
  const error = useFieldError(name)
  const id = useId()
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
  const cols = { 1: 'sm:grid-cols-1', 2: 'sm:grid-cols-2', 3: 'sm:grid-cols-3', 4: 'sm:grid-cols-4' }[columns]
  return (
    <fieldset aria-describedby={describedBy}>
      <legend className="text-sm font-medium text-slate-900">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <div className={`mt-2 grid grid-cols-1 gap-x-4 gap-y-1 ${cols}`}>
        {options.map((o) => (
          <label key={o.value} className="inline-flex items-center gap-2 text-sm text-slate-900">
            <input
              type="checkbox"
              name={name}
              value={o.value}
              defaultChecked={checked.includes(o.value)}
              className="h-4 w-4 rounded border-slate-500"
            />
            <span>
              {/* Choices are mostly names (people, options the staff wrote): isolated. */}
              <bdi>{o.label}</bdi>
              {o.note ? <span className="ms-1 text-slate-600">({o.note})</span> : null}
            </span>
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  )
}
