// One cycle's recruitment in the large data set: applicants and their applications (answers,
// gender, district, stage), two blind reviews with rubric scores for those that reached
// review, and offers. Returns the accepted applicants, who become the cycle's fellows.
import { randomUUID } from 'node:crypto'
import { MOTIVATIONS, REVIEW_COMMENTS } from '../../prisma/seed/data'
import type { RowBuffer } from './bulk'
import type { People, Sex } from './people'
import { addDays, addMinutes, between, chance, instantBetween, pick, weighted, type Rng } from './rand'
import type { CycleSpec, Frame } from './setup'

export interface Accepted {
  applicationId: string
  userId: string
  decidedAt: Date
}

type Plan = 'DRAFT' | 'SUBMITTED' | 'SCREENING' | 'EARLY_REJECT' | 'WITHDRAWN' | 'REVIEWED'

const PLANS: Record<CycleSpec['status'], Partial<Record<Plan, number>>> = {
  RECRUITING: { DRAFT: 0.15, SUBMITTED: 0.6, SCREENING: 0.25 },
  SELECTING: { DRAFT: 0.03, SUBMITTED: 0.12, SCREENING: 0.22, EARLY_REJECT: 0.15, WITHDRAWN: 0.03, REVIEWED: 0.45 },
  ACTIVE: { DRAFT: 0.12, EARLY_REJECT: 0.43, WITHDRAWN: 0.05, REVIEWED: 0.4 },
  COMPLETED: { DRAFT: 0.12, EARLY_REJECT: 0.43, WITHDRAWN: 0.05, REVIEWED: 0.4 },
}

const GENDERS: Record<Sex, number> = { FEMALE: 0.38, MALE: 0.57, OTHER: 0.01, UNDISCLOSED: 0.04 }
const DEGREES = ['BS', 'BS', 'BS', 'BE', 'BE', 'MS', 'MBA', 'MPhil', 'BA']

interface Draft {
  id: string
  user: Record<string, unknown> & { id: string; name: string }
  plan: Plan
  quality: number
  gender: Sex
  district: string
  submittedAt: Date | null
  createdAt: Date
}

function weightedScore(scores: number[], criteria: { weight: number }[]) {
  const total = criteria.reduce((n, c) => n + c.weight, 0)
  return Math.round((scores.reduce((n, s, i) => n + s * criteria[i].weight, 0) / total) * 100) / 100
}

export function generateRecruitment(c: CycleSpec, frame: Frame, people: People, buf: RowBuffer, r: Rng, now: Date): Accepted[] {
  const lastSubmit = c.close < now ? c.close : now
  const drafts: Draft[] = []
  for (let i = 0; i < c.applications; i++) {
    const gender: Sex = c.programme.womenOnly ? 'FEMALE' : weighted(r, GENDERS)
    const district = pick(r, c.programme.districts)
    const plan = weighted(r, PLANS[c.status] as Record<Plan, number>)
    const submittedAt = plan === 'DRAFT' ? null : instantBetween(r, c.open, lastSubmit)
    const createdAt = submittedAt ? addMinutes(submittedAt, -between(r, 20, 6000)) : instantBetween(r, c.open, lastSubmit)
    const user = people.user(r, { role: 'APPLICANT', gender, district, at: createdAt })
    drafts.push({ id: randomUUID(), user, plan, quality: 1.2 + r() * 3.8, gender, district, submittedAt, createdAt })
  }

  // Among the reviewed, the best become fellows and a few decline their offer.
  const reviewed = drafts.filter((d) => d.plan === 'REVIEWED').sort((a, b) => b.quality - a.quality)
  const final = new Map<string, string>()
  if (c.status === 'ACTIVE' || c.status === 'COMPLETED') {
    const declined = Math.round(c.fellows * 0.15)
    reviewed.forEach((d, i) => final.set(d.id, i < c.fellows ? 'ACCEPTED' : i < c.fellows + declined ? 'DECLINED' : 'REJECTED'))
  } else {
    reviewed.forEach((d) => final.set(d.id, weighted(r, { REVIEW: 0.6, REJECTED: 0.22, INTERVIEW: 0.14, OFFER: 0.04 })))
  }

  const accepted: Accepted[] = []
  const decideFrom = addDays(c.close, 10)
  for (const d of drafts) {
    const stage = d.plan === 'REVIEWED' ? final.get(d.id)! : d.plan === 'EARLY_REJECT' ? 'REJECTED' : d.plan
    const decided = ['REJECTED', 'WITHDRAWN', 'ACCEPTED', 'DECLINED'].includes(stage)
    const decidedAt = decided ? instantBetween(r, decideFrom < now ? decideFrom : now, c.start < now ? c.start : now) : null
    if (stage === 'ACCEPTED') {
      d.user.role = 'FELLOW'
      accepted.push({ applicationId: d.id, userId: d.user.id, decidedAt: decidedAt! })
    }
    buf.add('User', d.user)

    const eligibility =
      d.plan === 'REVIEWED'
        ? 'ELIGIBLE'
        : d.plan === 'SCREENING'
          ? chance(r, 0.85)
            ? 'ELIGIBLE'
            : 'FLAGGED'
          : d.plan === 'EARLY_REJECT'
            ? chance(r, 0.6)
              ? 'FLAGGED'
              : 'ELIGIBLE'
            : 'UNCHECKED'
    const age = eligibility === 'FLAGGED' && chance(r, 0.5) ? between(r, 31, 34) : between(r, 21, 30)
    const degree = eligibility === 'FLAGGED' && age <= 30 ? 'BA' : pick(r, DEGREES.slice(0, 8))
    const notes =
      eligibility !== 'FLAGGED'
        ? []
        : age > 30
          ? [`Age ${age} on the closing date is above the maximum of 30.`]
          : [`Highest degree "${degree}" is not one of BS, MS, BE, MBA, MPhil.`]
    const born = addDays(c.close, -Math.round((age + r()) * 365.25))
    const answers: Record<string, string> = {
      fullName: d.user.name,
      phone: d.user.phone as string,
      cnic: people.cnic(r, c.programme.province, d.gender),
      gender: d.gender,
      district: d.district,
      dateOfBirth: born.toISOString().slice(0, 10),
    }
    if (d.plan !== 'DRAFT') {
      answers.degree = degree
      answers.motivation = pick(r, MOTIVATIONS).replace('{district}', d.district)
      if (chance(r, 0.4)) answers.portfolio = `https://github.example/${(d.user.email as string).split('@')[0].replace(/\./g, '-')}`
    }

    let scoreMean: number | null = null
    let scoreSpread: number | null = null
    if (d.plan === 'REVIEWED') {
      const pool = frame.reviewerIds
      const first = Math.floor(r() * pool.length)
      const second = (first + 1 + Math.floor(r() * (pool.length - 1))) % pool.length
      const pending = stage === 'REVIEW'
      const scores: number[] = []
      for (const reviewerId of [pool[first], pool[second]]) {
        const status = pending ? weighted(r, { SUBMITTED: 0.7, ASSIGNED: 0.2, DRAFT: 0.1 }) : 'SUBMITTED'
        const reviewId = randomUUID()
        const marks = c.criteria.map(() => Math.max(1, Math.min(5, Math.round(d.quality + (r() - 0.5) * 2))))
        const submitted = status === 'SUBMITTED'
        const submittedAt = submitted ? instantBetween(r, c.close < now ? c.close : now, decideFrom < now ? decideFrom : now) : null
        const score = submitted ? weightedScore(marks, c.criteria) : null
        buf.add('Review', {
          id: reviewId,
          applicationId: d.id,
          reviewerId,
          status,
          conflictReason: null,
          comment: submitted && chance(r, 0.5) ? pick(r, REVIEW_COMMENTS) : null,
          weightedScore: score,
          submittedAt,
          createdAt: c.close < now ? c.close : now,
          updatedAt: submittedAt ?? (c.close < now ? c.close : now),
        })
        if (status !== 'ASSIGNED')
          c.criteria.forEach((cr, k) =>
            buf.add('ReviewScore', { id: randomUUID(), reviewId, criterionId: cr.id, score: marks[k], comment: null }),
          )
        if (score !== null) scores.push(score)
      }
      if (scores.length === 2) {
        scoreMean = Math.round(((scores[0] + scores[1]) / 2) * 100) / 100
        scoreSpread = Math.round(Math.abs(scores[0] - scores[1]) * 100) / 100
      }
    }

    buf.add('Application', {
      id: d.id,
      cycleId: c.id,
      applicantId: d.user.id,
      stage,
      answers,
      eligibility,
      eligibilityNotes: notes,
      gender: d.gender,
      district: d.district,
      scoreMean,
      scoreSpread,
      submittedAt: d.submittedAt,
      decidedAt,
      createdAt: d.createdAt,
      updatedAt: decidedAt ?? d.submittedAt ?? d.createdAt,
    })
    if (stage === 'OFFER' || stage === 'ACCEPTED' || stage === 'DECLINED') {
      const offeredAt = decidedAt ? addDays(decidedAt, -between(r, 3, 10)) : now
      buf.add('Offer', {
        id: randomUUID(),
        applicationId: d.id,
        extendedById: frame.staffId,
        message: null,
        respondBy: addDays(offeredAt, 14),
        status: stage === 'OFFER' ? 'PENDING' : stage,
        respondedAt: stage === 'OFFER' ? null : decidedAt,
        createdAt: offeredAt,
      })
    }
  }
  return accepted
}
