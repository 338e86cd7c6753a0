// The applicant's forms: the application itself (answers are checked against the cycle's
// questions by the domain) and withdrawing it.
import { z } from 'zod'
import { checkbox, uuid, version } from '../../validation'

export const applicationFormSchema = z.looseObject({
  cycleId: uuid(),
  intent: z.enum(['save', 'submit'], { error: 'errors.invalidChoice' }),
  // Absent the first time a draft is saved.
  version: z.preprocess((v) => (v === '' ? undefined : v), version().optional()),
})

export const withdrawSchema = z.object({
  applicationId: uuid(),
  version: version(),
  // Withdrawing cannot be undone: the applicant ticks that they understand.
  confirm: checkbox().refine((v) => v, { message: 'errors.confirmWithdraw' }),
})
