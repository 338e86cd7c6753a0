// Impact metric forms: staff define a project's metrics; fellows log dated values.
import { z } from 'zod'
import { checkbox, karachiDate, optionalText, text, uuid } from '../validation'

// Urdu keyboards type Extended Arabic-Indic digits (۰-۹); Arabic ones (٠-٩) turn up too.
const toAsciiDigits = (s: string) => s.replace(/[\u06F0-\u06F9\u0660-\u0669]/g, (c) => String((c.charCodeAt(0) & 0xf) % 10))

/** "1,800", "12.5" or "۱۸۰۰" → "1800"; anything else is "not a number". At most two decimals. */
export function parseDecimal(v: unknown): string | undefined | null {
  if (typeof v !== 'string') return v === undefined ? undefined : null
  const s = toAsciiDigits(v.trim()).replace(/[,\s]/g, '')
  if (s === '') return undefined
  return /^\d{1,15}(\.\d{1,2})?$/.test(s) ? s : null
}

const toDecimal = (v: unknown) => {
  const p = parseDecimal(v)
  return p === null ? 'invalid' : p
}

const decimal = () =>
  z.preprocess(
    toDecimal,
    z.string({ error: 'errors.required' }).refine((s) => s !== 'invalid', { error: 'errors.metricNotANumber' }),
  )

const optionalDecimal = () =>
  z.preprocess(
    toDecimal,
    z
      .string()
      .refine((s) => s !== 'invalid', { error: 'errors.metricNotANumber' })
      .optional(),
  )

export const defineMetricSchema = z.object({
  projectId: uuid(),
  name: text(150),
  nameUr: optionalText(150),
  unit: text(50),
  unitUr: optionalText(50),
  target: optionalDecimal(),
  cumulative: checkbox(),
})

export const recordValueSchema = z.object({
  metricId: uuid(),
  value: decimal(),
  recordedOn: karachiDate(),
  note: optionalText(1000),
  source: optionalText(300),
})

export type DefineMetricInput = z.infer<typeof defineMetricSchema>
export type RecordValueInput = z.infer<typeof recordValueSchema>
