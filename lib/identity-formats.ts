// Pakistani identity numbers as people type them: a CNIC (13 digits) and a phone number, with
// or without dashes, spaces or the +92 prefix, stored in one written form so they can be read
// and matched. Used by the zod schemas and by application questions keyed `cnic` and `phone`.
import { z } from 'zod'

const digitsOf = (s: string) => s.replace(/[\s\-().]/g, '')

/** "17301-1234567-1" from 13 digits with or without dashes; null when it is not a CNIC. */
export function normaliseCnic(input: string): string | null {
  const s = input.trim()
  if (!/^\d{5}-?\d{7}-?\d$/.test(s.replace(/\s/g, ''))) return null
  const d = digitsOf(s)
  return `${d.slice(0, 5)}-${d.slice(5, 12)}-${d.slice(12)}`
}

/**
 * A Pakistani mobile number ("0300-1234567", "+92 300 1234567", "923001234567") as
 * "0300-1234567"; with `landline`, also a fixed line with its area code ("091 9210000",
 * "+92 51 1234567") as its digits from the leading 0. Null when it is neither.
 */
export function normalisePkPhone(input: string, opts: { landline?: boolean } = {}): string | null {
  const s = digitsOf(input.trim())
  if (!/^(\+92|0092|92|0)\d+$/.test(s)) return null
  const national = s.replace(/^(\+92|0092|92|0)/, '')
  if (/^3\d{9}$/.test(national)) return `0${national.slice(0, 3)}-${national.slice(3)}`
  if (opts.landline && /^[1-9]\d{8,9}$/.test(national) && !national.startsWith('3')) return `0${national}`
  return null
}

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '')

/** An optional CNIC field: blank is absent; anything else must be 13 digits, stored with dashes. */
export const optionalCnic = () =>
  z.preprocess(
    (v) => (blank(v) ? undefined : v),
    z
      .string()
      .transform((v, ctx) => normaliseCnic(v) ?? (ctx.addIssue({ code: 'custom', message: 'errors.invalidCnic' }), z.NEVER))
      .optional(),
  )

/** An optional Pakistani phone field (mobile; `landline` for offices), stored normalised. */
export const optionalPkPhone = (opts: { landline?: boolean } = {}) =>
  z.preprocess(
    (v) => (blank(v) ? undefined : v),
    z
      .string()
      .transform(
        (v, ctx) =>
          normalisePkPhone(v, opts) ??
          (ctx.addIssue({ code: 'custom', message: opts.landline ? 'errors.invalidPhoneOrLandline' : 'errors.invalidPhone' }), z.NEVER),
      )
      .optional(),
  )
