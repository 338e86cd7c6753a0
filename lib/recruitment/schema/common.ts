// Small zod pieces shared by the recruitment forms.
import { z } from 'zod'

/** A form value sent zero, one or many times (checkbox groups, multi-selects) as a list. */
export const many = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v.filter((x) => x !== '') : [v]), z.array(item))

/** A 1-5 rubric score typed or picked in a form, or blank. */
export const optionalScore = () =>
  z.preprocess(
    (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : Number(v)) : v),
    z.number({ error: 'recruitment.reviewErrors.scoreRange' }).int({ error: 'recruitment.reviewErrors.scoreRange' }).min(1, { error: 'recruitment.reviewErrors.scoreRange' }).max(5, { error: 'recruitment.reviewErrors.scoreRange' }).optional(),
  )
