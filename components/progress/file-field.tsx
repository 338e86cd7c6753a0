'use client'
// A multiple-file input bound to the surrounding ActionForm: its error (too large, wrong type,
// too many) appears beside it. The accept list is a hint only; the server checks the content.
import { useId } from 'react'
import { useFieldError } from '@/components/ui/form'
import { inputClass } from '@/components/ui/styles'

const ACCEPT = '.pdf,.docx,.xlsx,.pptx,.png,.jpg,.jpeg,.txt,.csv,.zip'

export function FileField({ name, label, hint, optionalLabel }: { name: string; label: string; hint: string; optionalLabel: string }) {
  const id = useId()
  const error = useFieldError(name)
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        {label} <span className="font-normal text-slate-600">({optionalLabel})</span>
      </label>
      <p id={`${id}-hint`} className="text-sm text-slate-600">
        {hint}
      </p>
      <input
        id={id}
        name={name}
        type="file"
        multiple
        accept={ACCEPT}
        aria-invalid={!!error}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        className={inputClass}
      />
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  )
}
