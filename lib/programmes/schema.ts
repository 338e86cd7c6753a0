// Programme forms, shared by the staff pages and the actions.
import { z } from 'zod'
import { checkbox, int, lines, optionalInt, optionalText, SLUG_MAX, SLUG_PATTERN, text, uuid, version } from '../validation'

export const programmeFields = {
  name: text(150),
  nameUr: optionalText(150),
  slug: z
    .string({ error: 'errors.required' })
    .trim()
    .toLowerCase()
    .min(3, { error: 'errors.tooShort' })
    .max(SLUG_MAX, { error: 'errors.tooLong' })
    .regex(SLUG_PATTERN, { error: 'errors.invalid' }),
  kind: z.enum(['FELLOWSHIP', 'INTERNSHIP'], { error: 'errors.invalidChoice' }),
  level: z.enum(['FEDERAL', 'PROVINCIAL', 'DISTRICT'], { error: 'errors.invalidChoice' }),
  province: optionalText(80),
  description: text(4000),
  descriptionUr: optionalText(4000),
  funders: lines(20, 120),
  partners: lines(30, 120),
  durationMonths: int(1, 60),
  stipendPkr: optionalInt(0, 10_000_000),
  // What completing a fellowship takes before a certificate (lib/certificates/conditions.ts).
  completionNeedsDeliverables: checkbox(),
  completionNeedsEvaluations: checkbox(),
}

export const createProgrammeSchema = z.object(programmeFields)
export const updateProgrammeSchema = z.object({ ...programmeFields, id: uuid(), version: version() })
export const archiveSchema = z.object({ id: uuid(), archive: z.enum(['true', 'false']).transform((v) => v === 'true') })

export type CreateProgrammeInput = z.infer<typeof createProgrammeSchema>
export type UpdateProgrammeInput = z.infer<typeof updateProgrammeSchema>
