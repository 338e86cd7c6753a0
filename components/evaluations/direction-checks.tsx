'use client'
// Which of the three views a round (or a criterion) asks for: checkboxes in a fieldset, the
// action's error beside the group.
import { useId } from 'react'
import { useFieldError } from '@/components/ui/form'

export function DirectionChecks({
  legend,
  options,
  defaultChecked,
  name = 'directions',
}: {
  legend: string
  options: { value: string; label: string }[]
  defaultChecked: string[]
  name?: string
}) {
  const error = useFieldError(name)
  const id = useId()
  return (
    <fieldset aria-describedby={error ? `${id}-e` : undefined} className="space-y-2">
      <legend className="text-sm font-medium text-slate-900">{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="flex items-start gap-2 text-sm text-slate-900">
          <input
            type="checkbox"
            name={name}
            value={o.value}
            defaultChecked={defaultChecked.includes(o.value)}
            aria-invalid={!!error}
            className="mt-0.5 h-4 w-4 rounded border-slate-500 text-emerald-800 focus:ring-emerald-700"
          />
          <span>{o.label}</span>
        </label>
      ))}
      {error ? (
        <p id={`${id}-e`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  )
}
