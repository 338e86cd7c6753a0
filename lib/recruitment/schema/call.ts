// Forms that configure a cycle's call: dates and text, the questions, the eligibility rules
// and the rubric.
import { z } from 'zod'
import { checkbox, int, karachiDate, optionalInt, optionalText, text, uuid, version } from '../../validation'
import { GENDERS, eligibilityRulesSchema, type EligibilityRule } from '../eligibility'
import { districtOptions } from '../districts'
import { many } from './common'

export const FIELD_TYPES = ['SHORT_TEXT', 'LONG_TEXT', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'NUMBER', 'DATE', 'URL', 'FILE'] as const
export const CHOICE_TYPES: readonly string[] = ['SINGLE_CHOICE', 'MULTIPLE_CHOICE']

const cycleRef = { cycleId: uuid(), version: version() }

export const callSettingsSchema = z
  .object({
    ...cycleRef,
    applicationsOpenAt: karachiDate(),
    applicationsCloseAt: karachiDate(),
    callDescription: optionalText(5000),
    callDescriptionUr: optionalText(5000),
    blindReview: checkbox(),
    reviewsPerApplication: int(1, 10),
  })
  .refine((v) => v.applicationsCloseAt > v.applicationsOpenAt, { path: ['applicationsCloseAt'], message: 'errors.closeBeforeOpen' })
export type CallSettingsInput = z.infer<typeof callSettingsSchema>

/** "value | English | Urdu" per line; a line with one part uses it for all three. */
export function parseOptionLines(raw: string) {
  return raw
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const [value, en, ur] = l.split('|').map((s) => s.trim())
      return { value, en: en || value, ur: ur || en || value }
    })
}

export const formFieldSchema = z
  .object({
    ...cycleRef,
    fieldId: z.preprocess((v) => (v === '' ? undefined : v), uuid().optional()),
    key: z
      .string({ error: 'errors.required' })
      .trim()
      .regex(/^[a-z][a-zA-Z0-9]{0,39}$/, { error: 'errors.questionKey' }),
    type: z.enum(FIELD_TYPES, { error: 'errors.invalidChoice' }),
    labelEn: text(200),
    labelUr: text(200),
    helpEn: optionalText(500),
    helpUr: optionalText(500),
    required: checkbox(),
    personal: checkbox(),
    useDistricts: checkbox(),
    options: z.preprocess(
      (v) => (typeof v === 'string' ? parseOptionLines(v) : []),
      z
        .array(z.object({ value: z.string().max(100), en: z.string().max(200), ur: z.string().max(200) }))
        .max(100, { error: 'errors.tooBig' }),
    ),
  })
  .transform((v) => ({ ...v, options: v.useDistricts ? districtOptions() : v.options }))
  .superRefine((v, ctx) => {
    const choice = CHOICE_TYPES.includes(v.type)
    if (choice && v.options.length < 2) ctx.addIssue({ code: 'custom', path: ['options'], message: 'errors.choiceOptionsNeeded' })
    if (choice && new Set(v.options.map((o) => o.value)).size !== v.options.length)
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'errors.choiceOptionsDuplicate' })
  })
export type FormFieldInput = z.infer<typeof formFieldSchema>

export const fieldRefSchema = z.object({ ...cycleRef, fieldId: uuid() })
export const moveFieldSchema = z.object({ ...cycleRef, fieldId: uuid(), direction: z.enum(['up', 'down']) })

/** Choices as the stored rules keep them (eligibilityRuleSchema): trimmed, no blanks or repeats, at most `max`. */
const choices = (max: number) =>
  many(z.string().trim().max(100, { error: 'errors.tooLong' }))
    .transform((xs) => [...new Set(xs.filter(Boolean))])
    .pipe(z.array(z.string()).max(max, { error: 'errors.tooBig' }))

export const rulesFormSchema = z
  .object({
    ...cycleRef,
    genders: many(z.enum(GENDERS, { error: 'errors.invalidChoice' })).transform((xs) => [...new Set(xs)]),
    districts: choices(200),
    degrees: choices(50),
    ageMin: optionalInt(10, 100),
    ageMax: optionalInt(10, 100),
  })
  .refine((v) => v.ageMin === undefined || v.ageMax === undefined || v.ageMin <= v.ageMax, {
    path: ['ageMax'],
    message: 'errors.ageRangeOrder',
  })
  .transform((v, ctx) => {
    const rules: EligibilityRule[] = []
    if (v.genders.length) rules.push({ kind: 'gender', anyOf: v.genders })
    if (v.districts.length) rules.push({ kind: 'district', anyOf: v.districts })
    if (v.degrees.length) rules.push({ kind: 'degree', anyOf: v.degrees })
    if (v.ageMin !== undefined || v.ageMax !== undefined) rules.push({ kind: 'age', min: v.ageMin, max: v.ageMax })
    // A transform that throws escapes safeParse (a 500): refuse instead, should the limits above drift.
    const parsed = eligibilityRulesSchema.safeParse(rules)
    if (!parsed.success) {
      ctx.issues.push({ code: 'custom', message: 'errors.invalid', input: v })
      return z.NEVER
    }
    return { cycleId: v.cycleId, version: v.version, rules: parsed.data }
  })
export type RulesInput = z.infer<typeof rulesFormSchema>

export const criterionSchema = z.object({
  ...cycleRef,
  criterionId: z.preprocess((v) => (v === '' ? undefined : v), uuid().optional()),
  name: text(150),
  nameUr: optionalText(150),
  description: optionalText(1000),
  weight: int(1, 10),
  anchor1: optionalText(300),
  anchor2: optionalText(300),
  anchor3: optionalText(300),
  anchor4: optionalText(300),
  anchor5: optionalText(300),
})
export type CriterionInput = z.infer<typeof criterionSchema>

export const criterionRefSchema = z.object({ ...cycleRef, criterionId: uuid() })
