// Forms of a cycle's templates (the deliverables and metrics every project of the cycle starts
// with) and of carrying a cycle's set-up over to a new one.
import { z } from 'zod'
import { checkbox, optionalInt, optionalText, text, uuid } from '../../validation'
import { parseDecimal } from '../../metrics/schema'

export const deliverableTemplateSchema = z.object({
  cycleId: uuid(),
  kind: z.enum(['DELIVERABLE', 'MILESTONE'], { error: 'errors.invalidChoice' }),
  title: text(200),
  titleUr: optionalText(200),
  description: optionalText(3000),
  dueOffsetDays: optionalInt(0, 730),
})
export type DeliverableTemplateInput = z.infer<typeof deliverableTemplateSchema>

export const metricTemplateSchema = z.object({
  cycleId: uuid(),
  name: text(150),
  nameUr: optionalText(150),
  unit: text(50),
  unitUr: optionalText(50),
  target: z.preprocess(
    (v) => {
      const p = parseDecimal(v)
      return p === null ? 'invalid' : p
    },
    z
      .string()
      .refine((s) => s !== 'invalid', { error: 'errors.metricNotANumber' })
      .optional(),
  ),
  cumulative: checkbox(),
  isPublic: checkbox(),
})
export type MetricTemplateInput = z.infer<typeof metricTemplateSchema>

/** A template of the cycle named: `id` is the template's. */
export const removeTemplateSchema = z.object({ cycleId: uuid(), id: uuid() })
export const cycleTemplatesSchema = z.object({ cycleId: uuid() })

/** What a new cycle may copy from an earlier one. */
export const CARRY_PARTS = ['form', 'rubric', 'rules', 'cadence', 'settings', 'deliverables', 'metrics'] as const
export type CarryPart = (typeof CARRY_PARTS)[number]
