// Comment form: a message on a progress update or a deliverable.
import { z } from 'zod'
import { text, uuid } from '../validation'

export const COMMENT_TARGETS = ['update', 'deliverable'] as const
export type CommentTarget = (typeof COMMENT_TARGETS)[number]

export const addCommentSchema = z.object({
  target: z.enum(COMMENT_TARGETS, { error: 'errors.invalidChoice' }),
  targetId: uuid(),
  body: text(3000),
})

export type AddCommentInput = z.infer<typeof addCommentSchema>
