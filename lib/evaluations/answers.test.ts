import { describe, expect, it } from 'vitest'
import { ANSWER_MAX, mean, readAnswers, storedAnswers } from './answers'

const criteria = [
  { id: 'c1', kind: 'SCALE' as const },
  { id: 'c2', kind: 'QUESTION' as const },
]

describe('reading an evaluation form', () => {
  it('takes whole scores 1 to 5 and words, and ignores fields naming no criterion', () => {
    const r = readAnswers(criteria, { 'a.c1': '4', 'a.c2': ' Good work ', 'a.other': '5', extra: 'x' }, true)
    expect(r).toEqual({ answers: { c1: 4, c2: 'Good work' }, errors: {} })
  })

  it('refuses a score outside 1..5 or not a whole number, beside its field', () => {
    for (const bad of ['0', '6', '3.5', '-1', 'four', '10'])
      expect(readAnswers(criteria, { 'a.c1': bad }, false).errors).toEqual({ 'a.c1': 'evaluations.errors.scoreRange' })
  })

  it('requires every answer on submit, none on a draft', () => {
    expect(readAnswers(criteria, {}, false)).toEqual({ answers: {}, errors: {} })
    expect(readAnswers(criteria, { 'a.c1': '2' }, true).errors).toEqual({ 'a.c2': 'evaluations.errors.answerMissing' })
    expect(readAnswers(criteria, { 'a.c2': 'x' }, true).errors).toEqual({ 'a.c1': 'evaluations.errors.scoreMissing' })
  })

  it('refuses an answer longer than the limit', () => {
    expect(readAnswers(criteria, { 'a.c2': 'x'.repeat(ANSWER_MAX + 1) }, false).errors).toEqual({ 'a.c2': 'errors.tooLong' })
  })

  it('reads stored answers defensively: only the criteria given, of the right type', () => {
    expect(storedAnswers(criteria, { c1: 3, c2: 'ok', c3: 5 })).toEqual({ c1: 3, c2: 'ok' })
    expect(storedAnswers(criteria, { c1: 'x', c2: 4 })).toEqual({})
    expect(storedAnswers(criteria, null)).toEqual({})
  })

  it('averages to one decimal', () => {
    expect(mean([])).toBeNull()
    expect(mean([4, 5, 5])).toBe(4.7)
  })
})
