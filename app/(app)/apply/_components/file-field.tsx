'use client'
// A file question. The size is checked in the browser as soon as a file is chosen: a file over
// the limit is cleared with a clear message, so a 50 MB upload never leaves the computer (the
// server action would refuse the request before our code could explain). The server checks
// size and type again.
import { useId, useState } from 'react'
import { useFieldError } from '@/components/ui/form'
import { format } from '@/lib/i18n/define'
import { inputClass } from '@/components/ui/styles'

export function FileField({
  name,
  label,
  hint,
  required,
  current,
  maxBytes,
  texts,
}: {
  name: string
  label: React.ReactNode
  hint?: React.ReactNode
  required: boolean
  current?: { id: string; name: string } | null
  maxBytes: number
  texts: { optional: string; tooBig: string; current: string; replace: string; limit: string }
}) {
  const id = useId()
  const serverError = useFieldError(name)
  const [localError, setLocalError] = useState<string | null>(null)
  const error = localError ?? serverError
  const mb = (n: number) => (Math.round((n / 1024 / 1024) * 10) / 10).toString()
  const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ')
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        {label}
        {required ? null : <span className="ms-1 font-normal text-slate-600">({texts.optional})</span>}
      </label>
      <p id={`${id}-hint`} className="text-sm text-slate-600">
        {hint ? <>{hint} </> : ''}
        {format(texts.limit, { max: mb(maxBytes) })}
        {current ? (
          <>
            {' '}
            {texts.current}{' '}
            <a href={`/files/${current.id}`} className="font-medium text-emerald-800 underline" dir="auto">
              {current.name}
            </a>
            . {texts.replace}
          </>
        ) : null}
      </p>
      <input
        id={id}
        name={name}
        type="file"
        accept=".pdf,.docx,.png,.jpg,.jpeg,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,image/png,image/jpeg"
        aria-invalid={!!error}
        aria-describedby={describedBy}
        className={inputClass}
        onChange={(e) => {
          const f = e.currentTarget.files?.[0]
          if (f && f.size > maxBytes) {
            setLocalError(format(texts.tooBig, { size: mb(f.size), max: mb(maxBytes) }))
            e.currentTarget.value = ''
          } else setLocalError(null)
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
