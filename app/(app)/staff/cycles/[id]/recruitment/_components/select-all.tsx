'use client'
// "Select all on this page" for the board's bulk actions: ticks every row checkbox of its
// form, and shows the error when nothing was selected.
import { useId } from 'react'
import { useFieldError } from '@/components/ui/form'

export function SelectAll({ label, name = 'ids' }: { label: string; name?: string }) {
  const error = useFieldError(name)
  const id = useId()
  return (
    <div>
      <label className="inline-flex items-center gap-2 text-sm font-medium text-slate-900">
        <input
          type="checkbox"
          className="h-4 w-4 rounded border-slate-500"
          aria-describedby={error ? id : undefined}
          onChange={(e) => {
            const form = e.currentTarget.form
            if (!form) return
            for (const el of Array.from(form.querySelectorAll<HTMLInputElement>(`input[type=checkbox][name="${name}"]`)))
              el.checked = e.currentTarget.checked
          }}
        />
        {label}
      </label>
      {error ? (
        <p id={id} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  )
}
