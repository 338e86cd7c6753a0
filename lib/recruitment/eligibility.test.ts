import { describe, expect, it } from 'vitest'
import { ageOn, describeNote, evaluateEligibility, readRules, type NoteTexts } from './eligibility'
import { KP_DISTRICTS, REMOTE_DISTRICTS } from './districts'

const closes = new Date('2026-12-31T12:00:00Z')
const texts: NoteTexts = {
  missing: 'No answer for {field}',
  genderOutside: 'Gender {value} outside',
  districtOutside: 'District {value} outside',
  degreeOutside: 'Degree {value} outside',
  tooYoung: 'Age {age} below {min}',
  tooOld: 'Age {age} above {max}',
  kinds: { gender: 'gender', district: 'district', degree: 'degree', age: 'date of birth' },
}

describe('eligibility rules', () => {
  const womenRemote = readRules([
    { kind: 'gender', anyOf: ['FEMALE'] },
    { kind: 'district', anyOf: REMOTE_DISTRICTS },
    { kind: 'degree', anyOf: ['BS', 'MS'] },
    { kind: 'age', min: 21, max: 30 },
  ])

  it('reads all four kinds of rule and drops malformed JSON', () => {
    expect(womenRemote).toHaveLength(4)
    expect(readRules([{ kind: 'height', min: 2 }])).toEqual([])
    expect(readRules('nonsense')).toEqual([])
  })

  it('passes an applicant who meets every rule', () => {
    const r = evaluateEligibility(
      womenRemote,
      { gender: 'FEMALE', district: 'Upper Chitral', degree: 'BS', dateOfBirth: '2000-05-01' },
      closes,
    )
    expect(r).toEqual({ status: 'ELIGIBLE', notes: [] })
  })

  it('flags (never rejects) with one note per unmet rule, including missing answers', () => {
    const r = evaluateEligibility(womenRemote, { gender: 'MALE', district: 'Peshawar', dateOfBirth: '1990-01-01' }, closes)
    expect(r.status).toBe('FLAGGED')
    expect(r.notes).toEqual(['gender|outside|MALE', 'district|outside|Peshawar', 'degree|missing', 'age|old|36|30'])
  })

  it('computes age on the closing date, birthday included', () => {
    expect(ageOn('2005-12-31', closes)).toBe(21)
    expect(ageOn('2006-01-01', closes)).toBe(20)
    expect(ageOn('not a date', closes)).toBeNull()
  })

  it('describes notes in the reader language, with Urdu district names', () => {
    expect(describeNote('district|outside|Peshawar', texts, 'ur')).toBe('District پشاور outside')
    expect(describeNote('age|young|19|21', texts, 'en')).toBe('Age 19 below 21')
    expect(describeNote('degree|missing', texts, 'en')).toBe('No answer for degree')
    expect(describeNote('gender|outside|MALE', texts, 'en', undefined, { MALE: 'Male' })).toBe('Gender Male outside')
  })
})

describe('KP districts', () => {
  it('lists every district once, each with an Urdu name, remote ones marked', () => {
    const names = KP_DISTRICTS.map((d) => d.en)
    expect(new Set(names).size).toBe(names.length)
    expect(names).toContain('Peshawar')
    expect(names.length).toBeGreaterThanOrEqual(35)
    expect(KP_DISTRICTS.every((d) => /[\u0600-\u06FF]/.test(d.ur))).toBe(true)
    expect(REMOTE_DISTRICTS).toContain('Upper Kohistan')
    expect(REMOTE_DISTRICTS).not.toContain('Peshawar')
  })
})
