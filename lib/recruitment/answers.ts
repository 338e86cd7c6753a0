// Reading an application form: each answer checked against its question (type, choices,
// length, required on submission). Answers are keyed by FormField.key; form inputs are
// named "a.<key>" so errors land beside the right field.
import type { FieldType, Gender } from '@prisma/client'
import { GENDERS } from './eligibility'
import { normaliseCnic, normalisePkPhone } from '../identity-formats'
import { localOption } from '../i18n/local-text'

export interface ChoiceOption {
  value: string
  en: string
  ur: string
}

export interface FieldDef {
  key: string
  type: FieldType
  required: boolean
  options: ChoiceOption[]
}

export type AnswerValue = string | number | string[]
export type Answers = Record<string, AnswerValue>

export const SHORT_MAX = 300
export const LONG_MAX = 5000

export const inputName = (key: string) => `a.${key}`

/** FormField.options JSON as a list of choices; anything malformed is dropped. */
export function readOptions(json: unknown): ChoiceOption[] {
  if (!Array.isArray(json)) return []
  return json
    .filter((o): o is ChoiceOption => !!o && typeof o === 'object' && typeof (o as ChoiceOption).value === 'string')
    .map((o) => ({ value: o.value, en: String(o.en ?? o.value), ur: String(o.ur ?? o.en ?? o.value) }))
}

const URL_RE = /^https?:\/\/[^\s]+\.[^\s]+$/i

function isRealDate(s: string) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false
  const d = new Date(`${s}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s)
}

/**
 * Checks every answer. Blank answers are left out. On submission, required questions must be
 * answered (a file question counts as answered when a file is already attached or arriving).
 */
export function parseAnswers(fields: FieldDef[], raw: Record<string, unknown>, opts: { submit: boolean; filesPresent?: Set<string> }) {
  const answers: Answers = {}
  const errors: Record<string, string> = {}
  for (const f of fields) {
    const name = inputName(f.key)
    const fail = (key: string) => (errors[name] = key)
    if (f.type === 'FILE') {
      if (opts.submit && f.required && !opts.filesPresent?.has(f.key)) fail('errors.required')
      continue
    }
    const v = raw[name]
    const values = (Array.isArray(v) ? v : v === undefined ? [] : [v])
      .filter((x): x is string => typeof x === 'string')
      .map((x) => x.trim())
      .filter(Boolean)
    if (values.length === 0) {
      if (opts.submit && f.required) fail('errors.required')
      continue
    }
    const one = values[0]
    const allowed = new Set(f.options.map((o) => o.value))
    switch (f.type) {
      case 'SHORT_TEXT': {
        // Questions keyed `cnic` and `phone` hold identity numbers: checked and stored in one form.
        const formatted = f.key === 'cnic' ? normaliseCnic(one) : f.key === 'phone' ? normalisePkPhone(one) : one
        if (one.length > SHORT_MAX) fail('recruitment.answerErrors.shortTooLong')
        else if (formatted === null) fail(f.key === 'cnic' ? 'errors.invalidCnic' : 'errors.invalidPhone')
        else answers[f.key] = formatted
        break
      }
      case 'LONG_TEXT':
        if (one.length > LONG_MAX) fail('recruitment.answerErrors.longTooLong')
        else answers[f.key] = one
        break
      case 'SINGLE_CHOICE':
        if (values.length > 1 || !allowed.has(one)) fail('errors.invalidChoice')
        else answers[f.key] = one
        break
      case 'MULTIPLE_CHOICE':
        if (values.some((x) => !allowed.has(x))) fail('errors.invalidChoice')
        else answers[f.key] = [...new Set(values)]
        break
      case 'NUMBER': {
        const n = Number(one)
        if (!Number.isFinite(n) || Math.abs(n) > 1e12) fail('errors.notANumber')
        else answers[f.key] = n
        break
      }
      case 'DATE':
        if (!isRealDate(one)) fail('errors.invalidDate')
        else answers[f.key] = one
        break
      case 'URL':
        if (one.length > 500 || !URL_RE.test(one)) fail('errors.invalidUrl')
        else answers[f.key] = one
        break
    }
  }
  return { answers, errors }
}

/** The gender and district columns kept in step with the answers, for the board's filters. */
export function syncedColumns(answers: Record<string, unknown>): { gender: Gender | null; district: string | null } {
  const g = answers.gender
  const d = answers.district
  return {
    gender: typeof g === 'string' && (GENDERS as readonly string[]).includes(g) ? (g as Gender) : null,
    district: typeof d === 'string' && d.trim() ? d.trim().slice(0, 100) : null,
  }
}

/** An answer as text in one language: choice labels instead of stored values. */
export function answerText(f: { type: FieldType; options: ChoiceOption[] }, value: unknown, locale: 'en' | 'ur'): string {
  if (value === undefined || value === null || value === '') return ''
  const label = (v: string) => {
    const o = f.options.find((x) => x.value === v)
    return o ? localOption(locale, o) : v
  }
  if (Array.isArray(value)) return value.map((v) => label(String(v))).join(', ')
  if (f.type === 'SINGLE_CHOICE') return label(String(value))
  return String(value)
}
