// Evaluation forms: a round (its name, due date and the views it asks for), its criteria, the
// round's steps (open, release, remind), and the evaluation form itself (answers "a.<id>" are
// read by the domain against the round's criteria: answers.ts).
import { z } from 'zod'
import { karachiDate, optionalInt, optionalText, text, uuid, version } from '../validation'
import { isKarachiMidnight } from '../i18n/karachi-time'

export const DIRECTIONS = ['SUPERVISOR', 'SELF', 'DEPARTMENT'] as const
export type Direction = (typeof DIRECTIONS)[number]
/** The two a fellow writes. */
export const FELLOW_DIRECTIONS = ['SELF', 'DEPARTMENT'] as const

/** A due day means the end of that day in Pakistan (23:59), not its first minute. */
const dueDay = () => karachiDate().transform((d) => (isKarachiMidnight(d) ? new Date(d.getTime() + 86_340_000) : d))

const listOf = (v: unknown) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v.filter((x) => x !== '') : [v])
const directions = () =>
  z.preprocess(
    listOf,
    z
      .array(z.enum(DIRECTIONS, { error: 'errors.invalidChoice' }))
      .min(1, { error: 'errors.required' })
      .max(3, { error: 'errors.tooBig' }),
  )

export const createRoundSchema = z.object({
  cycleId: uuid(),
  name: text(120),
  nameUr: text(120),
  dueAt: dueDay(),
  directions: directions(),
})
export type CreateRoundInput = z.infer<typeof createRoundSchema>

export const editRoundSchema = z.object({
  roundId: uuid(),
  version: version(),
  name: text(120),
  nameUr: text(120),
  dueAt: dueDay(),
})
export type EditRoundInput = z.infer<typeof editRoundSchema>

const anchor = () => optionalText(200)

/** A criterion added to one or more of the round's views (one row per view), or one edited. */
export const saveCriterionSchema = z
  .object({
    roundId: uuid(),
    version: version(),
    criterionId: z.preprocess((v) => (v === '' ? undefined : v), uuid().optional()),
    directions: directions(),
    kind: z.enum(['SCALE', 'QUESTION'], { error: 'errors.invalidChoice' }),
    label: text(300),
    labelUr: text(300),
    anchor1: anchor(),
    anchor2: anchor(),
    anchor3: anchor(),
    anchor4: anchor(),
    anchor5: anchor(),
    anchor1Ur: anchor(),
    anchor2Ur: anchor(),
    anchor3Ur: anchor(),
    anchor4Ur: anchor(),
    anchor5Ur: anchor(),
  })
  .superRefine((c, ctx) => {
    // A score means nothing without what each point stands for, in both languages.
    if (c.kind !== 'SCALE') return
    for (const n of [1, 2, 3, 4, 5] as const) {
      for (const key of [`anchor${n}`, `anchor${n}Ur`] as const)
        if (!c[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'errors.required' })
    }
  })
export type SaveCriterionInput = z.infer<typeof saveCriterionSchema>

export const deleteCriterionSchema = z.object({ roundId: uuid(), version: version(), criterionId: uuid() })
export type DeleteCriterionInput = z.infer<typeof deleteCriterionSchema>

/** Open, release, remind: the round and the version staff looked at. */
export const roundStepSchema = z.object({ roundId: uuid(), version: version() })
export type RoundStepInput = z.infer<typeof roundStepSchema>

const envelope = {
  roundId: uuid(),
  /** Present once the evaluation exists: the version the writer loaded. */
  version: optionalInt(0, 1_000_000_000),
  intent: z.enum(['draft', 'submit'], { error: 'errors.invalidChoice' }),
}

/** A fellow's own evaluation (of themselves or of their department) in a round. */
export const ownEvaluationSchema = z.looseObject({ ...envelope, direction: z.enum(FELLOW_DIRECTIONS, { error: 'errors.invalidChoice' }) })
export type OwnEvaluationInput = z.infer<typeof ownEvaluationSchema>

/** A supervisor's evaluation of one fellow of their department. */
export const supervisorEvaluationSchema = z.looseObject({ ...envelope, fellowshipId: uuid() })
export type SupervisorEvaluationInput = z.infer<typeof supervisorEvaluationSchema>

export interface Anchor {
  en: string
  ur: string
}

/** The anchors of a SCALE criterion as the form gives them. */
export function anchorsOf(c: SaveCriterionInput): Anchor[] {
  if (c.kind !== 'SCALE') return []
  return ([1, 2, 3, 4, 5] as const).map((n) => ({ en: c[`anchor${n}`] ?? '', ur: c[`anchor${n}Ur`] ?? '' }))
}

export const roundRefSchema = z.object({ roundId: uuid() })
