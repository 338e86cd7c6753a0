// Announcement forms: who it goes to (the audience and how it is narrowed), the message in both
// languages, and the addresses the staff member saw listed before sending.
import { z } from 'zod'
import { text, uuid } from '../validation'

export const AUDIENCES = ['FELLOWS', 'PARTNERS', 'APPLICANTS', 'REVIEWERS', 'ALUMNI'] as const
export type Audience = (typeof AUDIENCES)[number]

export const APPLICATION_STAGES = [
  'DRAFT',
  'SUBMITTED',
  'SCREENING',
  'REVIEW',
  'INTERVIEW',
  'OFFER',
  'ACCEPTED',
  'DECLINED',
  'REJECTED',
  'WITHDRAWN',
] as const

const blank = (v: unknown) => (v === '' || v === null ? undefined : v)

/** The audience of a cycle, narrowed where the audience allows it (the rest is ignored). */
export const audienceSchema = z.object({
  cycleId: uuid(),
  audience: z.enum(AUDIENCES, { error: 'errors.invalidChoice' }),
  departmentId: z.preprocess(blank, uuid().optional()),
  projectId: z.preprocess(blank, uuid().optional()),
  stage: z.preprocess(blank, z.enum(APPLICATION_STAGES, { error: 'errors.invalidChoice' }).optional()),
})

export type AudienceInput = z.infer<typeof audienceSchema>

/** Keeps only the narrowing the audience takes: fellows by department or project, partners by department, applicants by stage. */
export function narrowed(a: AudienceInput): AudienceInput {
  return {
    cycleId: a.cycleId,
    audience: a.audience,
    departmentId: a.audience === 'FELLOWS' || a.audience === 'PARTNERS' ? a.departmentId : undefined,
    projectId: a.audience === 'FELLOWS' ? a.projectId : undefined,
    stage: a.audience === 'APPLICANTS' ? a.stage : undefined,
  }
}

export const sendAnnouncementSchema = audienceSchema.extend({
  subject: text(200),
  subjectUr: text(200),
  body: text(5000),
  bodyUr: text(5000),
  /** The addresses listed on the confirmation: only these, and only if still in the audience, receive it. */
  to: z.preprocess((v) => (v === undefined ? [] : [v].flat()), z.array(z.string().max(254)).max(20_000)),
})

export type SendAnnouncementInput = z.infer<typeof sendAnnouncementSchema>

export const openMessageSchema = z.object({ id: uuid() })
