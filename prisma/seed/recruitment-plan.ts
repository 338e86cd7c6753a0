// Cycle 8's applications and their reviews, planned without the database: who applied, at
// which stage each application stands, and who scored what.
import * as D from './data'
import { addDays, addHours, at, between, day, pick, rngFor } from './helpers'
import { demo, type Person } from './people'

export interface AppSpec {
  person: Person
  stage: 'DRAFT' | 'SUBMITTED' | 'SCREENING' | 'REVIEW' | 'REJECTED' | 'WITHDRAWN'
  answers: Record<string, string>
  eligibility: 'UNCHECKED' | 'ELIGIBLE' | 'FLAGGED'
  notes: string[]
  submittedAt: Date | null
  decidedAt: Date | null
  createdAt: Date
}

export interface ReviewSpec {
  appEmail: string
  reviewerEmail: string
  status: 'ASSIGNED' | 'DRAFT' | 'SUBMITTED' | 'RECUSED'
  scores: number[]
  weighted: number | null
  comment: string | null
  conflictReason: string | null
  submittedAt: Date | null
}

function weighted(scores: number[]): number {
  const w = D.RUBRIC.map((c) => c.weight)
  const total = scores.reduce((n, s, i) => n + s * w[i], 0)
  return Math.round((total / w.reduce((a, b) => a + b, 0)) * 100) / 100
}

export function buildApplications(people: Person[]): { apps: AppSpec[]; reviews: ReviewSpec[] } {
  const r = rngFor('applications-c8')
  const stages: AppSpec['stage'][] = [
    'SUBMITTED',
    ...Array<AppSpec['stage']>(12).fill('REVIEW'),
    ...Array<AppSpec['stage']>(8).fill('SCREENING'),
    ...Array<AppSpec['stage']>(14).fill('SUBMITTED'),
    'REJECTED',
    'REJECTED',
    'WITHDRAWN',
    'WITHDRAWN',
    'DRAFT',
  ]
  const windows: Record<AppSpec['stage'], [number, number]> = {
    REVIEW: [2, 9],
    SCREENING: [8, 15],
    SUBMITTED: [14, 25],
    REJECTED: [3, 8],
    WITHDRAWN: [5, 12],
    DRAFT: [24, 25],
  }
  // Index -> why the application is flagged: [kind, age or degree].
  const flagged: Record<number, ['age', number] | ['degree', string]> = {
    35: ['age', 33],
    36: ['degree', 'BA'],
    15: ['age', 31],
    26: ['degree', 'OTHER'],
  }
  const apps = people.map((person, i): AppSpec => {
    const stage = stages[i]
    const flag = flagged[i]
    const age = flag?.[0] === 'age' ? flag[1] : between(r, 22, 29)
    const degree = flag?.[0] === 'degree' ? flag[1] : pick(r, ['BS', 'BS', 'BS', 'BE', 'BE', 'MS', 'MBA', 'MPhil'])
    const dob = `${2026 - age}-${String(between(r, 1, 12)).padStart(2, '0')}-${String(between(r, 1, 28)).padStart(2, '0')}`
    const motivation = pick(r, D.MOTIVATIONS).replace('{district}', person.district)
    const answers: Record<string, string> = {
      fullName: person.name,
      phone: person.phone,
      cnic: person.cnic,
      gender: person.gender,
      district: person.district,
      degree,
      dateOfBirth: dob,
      motivation,
    }
    if (r() < 0.4) answers.portfolio = `https://github.example/${person.email.split('@')[0].replace('.', '-')}`
    const [from, to] = windows[stage]
    let submittedAt: Date | null = addHours(day(`2026-11-${String(between(r, from, to)).padStart(2, '0')}`), between(r, 4, 17))
    if (i === 0) submittedAt = at('2026-11-20T09:15:00Z')
    const createdAt = addDays(submittedAt, -between(r, 1, 5))
    if (stage === 'DRAFT') {
      delete answers.motivation
      delete answers.degree
      submittedAt = null
    }
    const notes =
      flag?.[0] === 'age'
        ? [`Age ${flag[1]} on 31 Dec 2026 is above the maximum of 30.`]
        : flag?.[0] === 'degree'
          ? [`Highest degree "${flag[1]}" is not one of ${D.ACCEPTED_DEGREES.join(', ')}.`]
          : []
    const decidedAt = stage === 'REJECTED' || stage === 'WITHDRAWN' ? addDays(submittedAt!, between(r, 2, 6)) : null
    return {
      person,
      stage,
      answers,
      eligibility: stage === 'DRAFT' ? 'UNCHECKED' : flag ? 'FLAGGED' : 'ELIGIBLE',
      notes,
      submittedAt,
      decidedAt,
      createdAt,
    }
  })

  const reviewer = demo('REVIEWER').email
  const shahzeb = 'shahzeb@daftar.pk'
  const bushra = 'bushra@daftar.pk'
  const inReview = apps.filter((a) => a.stage === 'REVIEW')
  const reviews: ReviewSpec[] = []
  const rr = rngFor('reviews-c8')
  const scoresFor = (quality: number) => D.RUBRIC.map(() => Math.max(1, Math.min(5, Math.round(quality + (rr() - 0.5) * 2))))
  const review = (app: AppSpec, who: string, status: ReviewSpec['status'], quality: number, extra: Partial<ReviewSpec> = {}) => {
    const scores = status === 'SUBMITTED' ? scoresFor(quality) : status === 'DRAFT' ? scoresFor(quality).slice(0, 2) : []
    reviews.push({
      appEmail: app.person.email,
      reviewerEmail: who,
      status,
      scores,
      weighted: status === 'SUBMITTED' ? weighted(scores) : null,
      comment: status === 'SUBMITTED' ? pick(rr, D.REVIEW_COMMENTS) : null,
      conflictReason: null,
      submittedAt: status === 'SUBMITTED' ? addHours(day(`2026-11-${between(rr, 19, 25)}`), between(rr, 4, 15)) : null,
      ...extra,
    })
  }
  inReview.forEach((app, i) => {
    const quality = 2 + rr() * 3
    if (i < 5) {
      review(app, reviewer, 'ASSIGNED', quality)
      review(app, shahzeb, 'SUBMITTED', quality)
    } else if (i < 9) {
      review(app, shahzeb, 'SUBMITTED', quality)
      review(app, bushra, 'SUBMITTED', quality)
    } else if (i < 11) {
      review(app, shahzeb, 'ASSIGNED', quality)
      review(app, bushra, 'DRAFT', quality)
    } else {
      review(app, reviewer, 'ASSIGNED', quality)
      review(app, shahzeb, 'ASSIGNED', quality)
      review(app, bushra, 'RECUSED', quality, { conflictReason: 'The applicant was my student at university last year.' })
    }
  })
  return { apps, reviews }
}
