// Eligibility screening: a cycle's rules checked against an application's answers. It only
// ever flags, with notes staff can read; people decide (nobody is rejected by a rule).
import { z } from 'zod'
import { format } from '../i18n/define'
import { districtLabel } from './districts'
import { karachiWallClock } from '../i18n/karachi-time'

export const GENDERS = ['FEMALE', 'MALE', 'OTHER', 'UNDISCLOSED'] as const

const list = (max: number) => z.array(z.string().trim().min(1).max(100)).min(1).max(max)

export const eligibilityRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('gender'), anyOf: z.array(z.enum(GENDERS)).min(1).max(4) }),
  z.object({ kind: z.literal('district'), anyOf: list(200) }),
  z.object({ kind: z.literal('degree'), anyOf: list(50) }),
  z
    .object({
      kind: z.literal('age'),
      min: z.number().int().min(10).max(100).optional(),
      max: z.number().int().min(10).max(100).optional(),
    })
    .refine((r) => r.min !== undefined || r.max !== undefined, { message: 'errors.required' })
    .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, { message: 'errors.invalid' }),
])
export const eligibilityRulesSchema = z.array(eligibilityRuleSchema).max(10)
export type EligibilityRule = z.infer<typeof eligibilityRuleSchema>

/** Rules as stored in Cycle.eligibilityRules; anything malformed is ignored, not thrown. */
export function readRules(json: unknown): EligibilityRule[] {
  const parsed = eligibilityRulesSchema.safeParse(json)
  return parsed.success ? parsed.data : []
}

/** Whole years between a yyyy-mm-dd birth date and a moment, or null if unreadable. */
export function ageOn(dateOfBirth: unknown, at: Date): number | null {
  if (typeof dateOfBirth !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(dateOfBirth)) return null
  const [y, m, d] = dateOfBirth.split('-').map(Number)
  // Compared in Pakistan time: the calendar day there is what a birthday means.
  const k = karachiWallClock(at)
  let age = k.getUTCFullYear() - y
  if (k.getUTCMonth() + 1 < m || (k.getUTCMonth() + 1 === m && k.getUTCDate() < d)) age--
  return age >= 0 && age < 150 ? age : null
}

const answerText = (v: unknown) => (typeof v === 'string' ? v.trim() : '')

/**
 * Notes are stored as codes ("kind|code|value|limit") so each viewer reads them in their own
 * language; see describeNote.
 */
export function evaluateEligibility(rules: EligibilityRule[], answers: Record<string, unknown>, asOf: Date) {
  const notes: string[] = []
  for (const r of rules) {
    if (r.kind === 'age') {
      const age = ageOn(answers.dateOfBirth, asOf)
      if (age === null) notes.push('age|missing')
      else if (r.min !== undefined && age < r.min) notes.push(`age|young|${age}|${r.min}`)
      else if (r.max !== undefined && age > r.max) notes.push(`age|old|${age}|${r.max}`)
      continue
    }
    const value = answerText(answers[r.kind])
    if (!value) notes.push(`${r.kind}|missing`)
    else if (!r.anyOf.some((a) => a.toLowerCase() === value.toLowerCase())) notes.push(`${r.kind}|outside|${value}`)
  }
  return { status: notes.length ? ('FLAGGED' as const) : ('ELIGIBLE' as const), notes }
}

export interface NoteTexts {
  missing: string
  genderOutside: string
  districtOutside: string
  degreeOutside: string
  tooYoung: string
  tooOld: string
  kinds: { gender: string; district: string; degree: string; age: string }
}

/** A stored note in the reader's language. `choice` names a stored choice value (e.g. a degree). */
export function describeNote(
  note: string,
  t: NoteTexts,
  locale: 'en' | 'ur',
  choice: (fieldKey: string, value: string) => string = (_k, v) => v,
  genders?: Record<string, string>,
): string {
  const [kind, code, value = '', limit = ''] = note.split('|')
  const k = kind as keyof NoteTexts['kinds']
  if (code === 'missing' && t.kinds[k]) return format(t.missing, { field: t.kinds[k] })
  if (kind === 'age' && code === 'young') return format(t.tooYoung, { age: value, min: limit })
  if (kind === 'age' && code === 'old') return format(t.tooOld, { age: value, max: limit })
  if (code === 'outside') {
    if (kind === 'gender') return format(t.genderOutside, { value: genders?.[value] ?? value })
    if (kind === 'district') return format(t.districtOutside, { value: districtLabel(value, locale) })
    if (kind === 'degree') return format(t.degreeOutside, { value: choice('degree', value) })
  }
  return note
}
