// Shared zod building blocks. Messages are errors.* keys, put into the viewer's language by
// lib/request/action.ts.
import { z } from 'zod'
import { parseKarachiLocal } from './i18n/format'

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v)

/** C0 control characters and DEL: no one types them, and PostgreSQL refuses NUL in text. */
export const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/

/**
 * One value of a URL's query string (a search, a filter): the first if repeated, trimmed, and
 * absent when blank, longer than `max`, or holding a control character. Every page reads its
 * search parameters through this, so a hostile value is ignored, never sent to the database.
 */
export function queryText(v: unknown, max = 200): string | undefined {
  const s = Array.isArray(v) ? v[0] : v
  if (typeof s !== 'string') return undefined
  const t = s.trim()
  return t && t.length <= max && !CONTROL_CHARACTER.test(t) ? t : undefined
}

/** A programme's slug, the public name in its URLs: lowercase words of letters and digits joined by hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/
export const SLUG_MAX = 80

export const text = (max = 200) =>
  z.string({ error: 'errors.required' }).trim().min(1, { error: 'errors.required' }).max(max, { error: 'errors.tooLong' })

export const optionalText = (max = 2000) =>
  z.preprocess(blankToUndefined, z.string().trim().max(max, { error: 'errors.tooLong' }).optional())

export const email = () =>
  z
    .string({ error: 'errors.required' })
    .trim()
    .toLowerCase()
    .min(1, { error: 'errors.required' })
    .max(254, { error: 'errors.tooLong' })
    .pipe(z.email({ error: 'errors.invalidEmail' }))

export const optionalUrl = () =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .max(500, { error: 'errors.tooLong' })
      .refine((v) => /^https?:\/\/[^\s]+\.[^\s]+$/i.test(v), { error: 'errors.invalidUrl' })
      .optional(),
  )

export const int = (min: number, max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : Number(v)) : v),
    z
      .number({ error: (iss) => (iss.input === undefined ? 'errors.required' : 'errors.notANumber') })
      .int({ error: 'errors.notAWholeNumber' })
      .min(min, { error: 'errors.tooSmall' })
      .max(max, { error: 'errors.tooBig' }),
  )

export const optionalInt = (min: number, max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : Number(v)) : v),
    z
      .number({ error: 'errors.notANumber' })
      .int({ error: 'errors.notAWholeNumber' })
      .min(min, { error: 'errors.tooSmall' })
      .max(max, { error: 'errors.tooBig' })
      .optional(),
  )

/** A datetime-local or date field, read as Asia/Karachi time. */
export const karachiDate = () =>
  z.preprocess(
    (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : (parseKarachiLocal(v.trim()) ?? 'invalid')) : v),
    z.date({ error: (iss) => (iss.input === undefined ? 'errors.required' : 'errors.invalidDate') }),
  )

export const optionalKarachiDate = () =>
  z.preprocess(
    (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : (parseKarachiLocal(v.trim()) ?? 'invalid')) : v),
    z.date({ error: 'errors.invalidDate' }).optional(),
  )

export const checkbox = () => z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean())

export const uuid = () => z.string({ error: 'errors.required' }).uuid({ error: 'errors.notFound' })

export const version = () => int(0, 1_000_000_000)

/** Lines of a textarea as a list (e.g. funders, skills). */
export const lines = (maxItems = 50, maxLen = 200) =>
  z.preprocess(
    (v) =>
      typeof v === 'string'
        ? v
            .split(/\r?\n|,/)
            .map((s) => s.trim())
            .filter(Boolean)
        : v,
    z.array(z.string().max(maxLen, { error: 'errors.tooLong' })).max(maxItems, { error: 'errors.tooBig' }),
  )

/** Web links, one a line: each must be a full http(s) address. */
export const urlLines = (maxItems = 10) =>
  z.preprocess(
    (v) =>
      typeof v === 'string'
        ? v
            .split(/\r?\n/)
            .map((s) => s.trim())
            .filter(Boolean)
        : (v ?? []),
    z
      .array(z.string())
      .max(maxItems, { error: 'errors.tooBig' })
      // One message beside the field (not per line), so it shows under the textarea.
      .superRefine((links, ctx) => {
        if (links.some((l) => l.length > 500 || !/^https?:\/\/[^\s]+\.[^\s]+$/i.test(l)))
          ctx.addIssue({ code: 'custom', message: 'errors.invalidUrl' })
      }),
  )

export function formToObject(fd: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [k, v] of fd.entries()) {
    if (k.startsWith('$ACTION')) continue
    if (k in out) {
      const prev = out[k]
      out[k] = Array.isArray(prev) ? [...prev, v] : [prev, v]
    } else out[k] = v
  }
  return out
}
