// Forms for interviews, their scorecards, and offers.
import { z } from 'zod'
import { int, karachiDate, optionalText, uuid, version } from '../../validation'
import { many, optionalScore } from './common'

export const INTERVIEW_CRITERIA = ['communication', 'problemSolving', 'motivation', 'publicServiceFit'] as const
export const RECOMMENDATIONS = ['STRONG_YES', 'YES', 'MAYBE', 'NO'] as const

export const scheduleInterviewSchema = z.object({
  applicationId: uuid(),
  scheduledAt: karachiDate(),
  durationMinutes: int(10, 240),
  mode: z.enum(['IN_PERSON', 'VIDEO', 'PHONE'], { error: 'errors.invalidChoice' }),
  location: optionalText(300),
  panelistIds: many(uuid()).pipe(z.array(z.string()).max(10, { error: 'errors.tooBig' })),
})
export type ScheduleInterviewInput = z.infer<typeof scheduleInterviewSchema>

export const scorecardSchema = z
  .object({
    interviewId: uuid(),
    version: version(),
    status: z.enum(['COMPLETED', 'NO_SHOW', 'CANCELLED'], { error: 'errors.invalidChoice' }),
    communication: optionalScore(),
    problemSolving: optionalScore(),
    motivation: optionalScore(),
    publicServiceFit: optionalScore(),
    recommendation: z.preprocess((v) => (v === '' ? undefined : v), z.enum(RECOMMENDATIONS, { error: 'errors.invalidChoice' }).optional()),
    notes: optionalText(5000),
  })
  .superRefine((v, ctx) => {
    if (v.status !== 'COMPLETED') return
    for (const k of INTERVIEW_CRITERIA) if (v[k] === undefined) ctx.addIssue({ code: 'custom', path: [k], message: 'errors.required' })
    if (!v.recommendation) ctx.addIssue({ code: 'custom', path: ['recommendation'], message: 'errors.required' })
  })
export type ScorecardInput = z.infer<typeof scorecardSchema>

export const extendOfferSchema = z.object({
  applicationId: uuid(),
  respondBy: karachiDate(),
  message: optionalText(3000),
})
export type ExtendOfferInput = z.infer<typeof extendOfferSchema>

export const offerRefSchema = z.object({ applicationId: uuid() })

export const respondOfferSchema = z.object({
  applicationId: uuid(),
  version: version(),
  decision: z.enum(['ACCEPT', 'DECLINE'], { error: 'errors.invalidChoice' }),
})
export type RespondOfferInput = z.infer<typeof respondOfferSchema>
