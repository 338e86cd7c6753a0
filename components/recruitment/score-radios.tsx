'use client'
// One rubric criterion scored 1-5 as a group of radio buttons, each point labelled with its
// anchor where the rubric has one; the error appears beside the group. The points wrap to
// as many columns as fit (five on a wide screen, one or two on a phone).
import { useId } from 'react'
import { useFieldError } from '@/components/ui/form'
import { useEchoedValue } from '@/components/ui/form-state'

export function ScoreRadios({
  name,
  legend,
  description,
  anchors,
  defaultValue,
}: {
  name: string
  legend: string
  description?: string | null
  anchors: Record<string, string>
  defaultValue?: number
}) {
  const error = useFieldError(name)
  // Without JavaScript a refused form comes back as a new page: the point chosen stays chosen.
  const echoed = useEchoedValue(name)
  const chosen = echoed !== undefined ? Number(echoed) : defaultValue
  const id = useId()
  const describedBy = [description ? `${id}-d` : '', error ? `${id}-e` : ''].filter(Boolean).join(' ') || undefined
  return (
    <fieldset aria-describedby={describedBy} className="rounded-md border border-slate-300 p-3">
      <legend className="px-1 font-semibold text-slate-900">
        <bdi>{legend}</bdi>
      </legend>
      {description ? (
        <p id={`${id}-d`} dir="auto" className="mb-2 text-sm text-slate-700">
          {description}
        </p>
      ) : null}
      <div className="grid grid-cols-[repeat(auto-fit,minmax(9rem,1fr))] gap-2">
        {[1, 2, 3, 4, 5].map((n) => (
          <label
            key={n}
            className="flex items-start gap-2 rounded-md border border-slate-200 p-2 text-sm has-[:checked]:border-emerald-700 has-[:checked]:bg-emerald-50"
          >
            <input type="radio" name={name} value={n} defaultChecked={chosen === n} className="mt-0.5 h-4 w-4 border-slate-500" />
            <span>
              <span className="font-semibold">{n}</span>
              {anchors[String(n)] ? (
                <span dir="auto" className="block text-slate-700">
                  {anchors[String(n)]}
                </span>
              ) : null}
            </span>
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
