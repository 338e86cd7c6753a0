// Deliverable forms: staff define deliverables and milestones per project; fellows submit
// versions; partners approve or request changes.
import { z } from 'zod'
import { optionalKarachiDate, optionalText, text, urlLines, uuid, version } from '../validation'

/** Files a fellow may attach to one version. */
export const MAX_SUBMISSION_FILES = 5

const optionalUuid = () => z.preprocess((v) => (v === '' ? undefined : v), uuid().optional())

const deliverableFields = {
  kind: z.enum(['DELIVERABLE', 'MILESTONE'], { error: 'errors.invalidChoice' }),
  title: text(200),
  titleUr: optionalText(200),
  description: optionalText(3000),
  dueDate: optionalKarachiDate(),
  reviewerId: optionalUuid(),
}

export const createDeliverableSchema = z.object({ ...deliverableFields, projectId: uuid() })
export const updateDeliverableSchema = z.object({ ...deliverableFields, id: uuid(), version: version() })

export const submitVersionSchema = z.object({
  deliverableId: uuid(),
  notes: optionalText(5000),
  links: urlLines(),
  // Made when the form is shown: a repeated post of the same form creates one version.
  idempotencyKey: uuid(),
})

export const reviewSubmissionSchema = z
  .object({
    submissionId: uuid(),
    decision: z.enum(['APPROVED', 'CHANGES_REQUESTED'], { error: 'errors.invalidChoice' }),
    comments: optionalText(3000),
  })
  .superRefine((v, ctx) => {
    if (v.decision === 'CHANGES_REQUESTED' && !v.comments)
      ctx.addIssue({ code: 'custom', path: ['comments'], message: 'errors.changesNeedComments' })
  })

export type CreateDeliverableInput = z.infer<typeof createDeliverableSchema>
export type UpdateDeliverableInput = z.infer<typeof updateDeliverableSchema>
export type SubmitVersionInput = z.infer<typeof submitVersionSchema>
export type ReviewSubmissionInput = z.infer<typeof reviewSubmissionSchema>
