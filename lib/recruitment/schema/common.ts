// Small zod pieces shared by the recruitment forms.
import { z } from 'zod'

/** A form value sent zero, one or many times (checkbox groups, multi-selects) as a list. */
export const many = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v.filter((x) => x !== '') : [v]), z.array(item))

/** A 1-5 rubric score typed or picked in a form, or blank. */
export const optionalScore = () =>
  z.preprocess(
    (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : Number(v)) : v),
    z
      .number({ error: 'errors.scoreOneToFive' })
      .int({ error: 'errors.scoreOneToFive' })
      .min(1, { error: 'errors.scoreOneToFive' })
      .max(5, { error: 'errors.scoreOneToFive' })
      .optional(),
  )
