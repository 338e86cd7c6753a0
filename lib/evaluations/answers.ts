// Reads an evaluation form's answers ("a.<criterionId>") against the round's criteria for that
// view: a score is a whole number 1..5, an answer in words at most ANSWER_MAX characters; every
// answer is required on submit, none on a draft. Fields naming no criterion are ignored (never
// stored), so only the round's own criteria ever reach the database.
export const ANSWER_MAX = 4000

export interface AnswerCriterion {
  id: string
  kind: 'SCALE' | 'QUESTION'
}

export type Answers = Record<string, number | string>

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : Array.isArray(v) ? str(v[0]) : '')

export function readAnswers(criteria: AnswerCriterion[], raw: Record<string, unknown>, submit: boolean) {
  const answers: Answers = {}
  const errors: Record<string, string> = {}
  for (const c of criteria) {
    const key = `a.${c.id}`
    const v = str(raw[key])
    if (!v) {
      if (submit) errors[key] = c.kind === 'SCALE' ? 'evaluations.errors.scoreMissing' : 'evaluations.errors.answerMissing'
      continue
    }
    if (c.kind === 'SCALE') {
      const n = Number(v)
      if (!/^\d$/.test(v) || n < 1 || n > 5) errors[key] = 'evaluations.errors.scoreRange'
      else answers[c.id] = n
    } else if (v.length > ANSWER_MAX) errors[key] = 'errors.tooLong'
    else answers[c.id] = v
  }
  return { answers, errors }
}

/** Stored answers read back defensively (JSON from the database): only the criteria given. */
export function storedAnswers(criteria: AnswerCriterion[], json: unknown): Answers {
  const src = json && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : {}
  const out: Answers = {}
  for (const c of criteria) {
    const v = src[c.id]
    if (c.kind === 'SCALE' && typeof v === 'number') out[c.id] = v
    if (c.kind === 'QUESTION' && typeof v === 'string') out[c.id] = v
  }
  return out
}

/** Mean of numbers to one decimal, null when there are none. */
export function mean(xs: number[]): number | null {
  if (!xs.length) return null
  return Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10
}
