'use client'
// A multiple-file input bound to the surrounding ActionForm: its error (too large, wrong type,
// too many) appears beside it. The accept list is a hint only; the server checks the content.
// Sizes are checked as soon as files are chosen: a file over the limit, or a choice too large
// to send in one request, is cleared with a message instead of failing on the way.
import { useId, useState } from 'react'
import { useFieldError } from '@/components/ui/form'
import { useMessages } from '@/components/i18n-provider'
import { format } from '@/lib/i18n/define'
import { inputClass } from '@/components/ui/styles'

const ACCEPT = '.pdf,.docx,.xlsx,.pptx,.png,.jpg,.jpeg,.txt,.csv,.zip'

const mb = (n: number) => (Math.round((n / 1024 / 1024) * 10) / 10).toString()

export function FileField({
  name,
  label,
  hint,
  optionalLabel,
  maxBytes,
  requestMaxBytes,
}: {
  name: string
  label: string
  hint: string
  optionalLabel: string
  maxBytes: number
  requestMaxBytes: number
}) {
  const id = useId()
  const m = useMessages()
  const serverError = useFieldError(name)
  const [localError, setLocalError] = useState<string | null>(null)
  const error = localError ?? serverError
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
        onChange={(e) => {
          const files = Array.from(e.currentTarget.files ?? [])
          const total = files.reduce((s, f) => s + f.size, 0)
          const problem = files.some((f) => f.size > maxBytes)
            ? format(m.errors.fileTooLarge, { max: mb(maxBytes) })
            : total > requestMaxBytes
              ? format(m.errors.filesTooLargeTogether, { size: mb(total), max: mb(requestMaxBytes) })
              : null
          setLocalError(problem)
          if (problem) e.currentTarget.value = ''
        }}
      />
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  )
}
