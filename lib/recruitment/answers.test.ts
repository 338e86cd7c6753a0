import { describe, expect, it } from 'vitest'
import { answerText, parseAnswers, readOptions, syncedColumns, type FieldDef } from './answers'

const fields: FieldDef[] = [
  { key: 'motivation', type: 'LONG_TEXT', required: true, options: [] },
  {
    key: 'gender',
    type: 'SINGLE_CHOICE',
    required: true,
    options: [
      { value: 'FEMALE', en: 'Female', ur: 'خاتون' },
      { value: 'MALE', en: 'Male', ur: 'مرد' },
    ],
  },
  {
    key: 'skills',
    type: 'MULTIPLE_CHOICE',
    required: false,
    options: [
      { value: 'web', en: 'Web', ur: 'ویب' },
      { value: 'data', en: 'Data', ur: 'ڈیٹا' },
    ],
  },
  { key: 'years', type: 'NUMBER', required: false, options: [] },
  { key: 'dateOfBirth', type: 'DATE', required: false, options: [] },
  { key: 'portfolio', type: 'URL', required: false, options: [] },
  { key: 'cv', type: 'FILE', required: true, options: [] },
]

describe('application answers', () => {
  it('accepts a complete, valid submission and keeps typed values', () => {
    const r = parseAnswers(
      fields,
      {
        'a.motivation': ' I want to serve. ',
        'a.gender': 'FEMALE',
        'a.skills': ['web', 'data'],
        'a.years': '3',
        'a.dateOfBirth': '2000-02-29',
        'a.portfolio': 'https://example.pk/me',
      },
      { submit: true, filesPresent: new Set(['cv']) },
    )
    expect(r.errors).toEqual({})
    expect(r.answers).toEqual({
      motivation: 'I want to serve.',
      gender: 'FEMALE',
      skills: ['web', 'data'],
      years: 3,
      dateOfBirth: '2000-02-29',
      portfolio: 'https://example.pk/me',
    })
  })

  it('lets a draft leave required questions blank, but not a submission', () => {
    expect(parseAnswers(fields, {}, { submit: false }).errors).toEqual({})
    expect(parseAnswers(fields, {}, { submit: true }).errors).toEqual({
      'a.motivation': 'errors.required',
      'a.gender': 'errors.required',
      'a.cv': 'errors.required',
    })
  })

  it('refuses bad values even in a draft, each beside its field', () => {
    const r = parseAnswers(
      fields,
      {
        'a.gender': 'ROBOT',
        'a.skills': ['web', 'hacking'],
        'a.years': 'three',
        'a.dateOfBirth': '2001-02-30',
        'a.portfolio': 'javascript:alert(1)',
        'a.motivation': 'x'.repeat(5001),
      },
      { submit: false },
    )
    expect(r.errors).toEqual({
      'a.motivation': 'recruitment.answerErrors.longTooLong',
      'a.gender': 'errors.invalidChoice',
      'a.skills': 'errors.invalidChoice',
      'a.years': 'errors.notANumber',
      'a.dateOfBirth': 'errors.invalidDate',
      'a.portfolio': 'errors.invalidUrl',
    })
  })

  it('keeps the gender and district columns in step with the answers', () => {
    expect(syncedColumns({ gender: 'FEMALE', district: ' Swat ' })).toEqual({ gender: 'FEMALE', district: 'Swat' })
    expect(syncedColumns({ gender: 'robot' })).toEqual({ gender: null, district: null })
  })

  it('shows choice answers by their label in either language', () => {
    const opts = readOptions([{ value: 'web', en: 'Web', ur: 'ویب' }, { bogus: true }])
    expect(opts).toHaveLength(1)
    expect(answerText({ type: 'MULTIPLE_CHOICE', options: opts }, ['web'], 'ur')).toBe('ویب')
  })
})

describe('identity numbers in an application (issue 13)', () => {
  const idFields: FieldDef[] = [
    { key: 'cnic', type: 'SHORT_TEXT', required: true, options: [] },
    { key: 'phone', type: 'SHORT_TEXT', required: true, options: [] },
  ]
  it('refuses a 10-digit CNIC and a short phone number, beside the field', () => {
    expect(parseAnswers(idFields, { 'a.cnic': '1730112345', 'a.phone': '0300-12345' }, { submit: true }).errors).toEqual({
      'a.cnic': 'errors.invalidCnic',
      'a.phone': 'errors.invalidPhone',
    })
  })
  it('stores them in one written form', () => {
    expect(parseAnswers(idFields, { 'a.cnic': '1730112345671', 'a.phone': '+92 300 1234567' }, { submit: true }).answers).toEqual({
      cnic: '17301-1234567-1',
      phone: '0300-1234567',
    })
  })
})
