// Cycle forms: the cycle itself, its status, and the departments taking part.
import { z } from 'zod'
import { checkbox, int, optionalKarachiDate, optionalText, text, uuid, version } from '../validation'
import { many } from '../recruitment/schema/common'
import { CARRY_PARTS } from './templates/schema'

export const CYCLE_FLOW = ['PLANNING', 'RECRUITING', 'SELECTING', 'PLACING', 'ACTIVE', 'COMPLETED'] as const
export type CycleStatusName = (typeof CYCLE_FLOW)[number]

/** A cycle moves one step forward or back (to correct a mistake), never jumps. */
export function canMoveCycle(from: CycleStatusName, to: CycleStatusName) {
  const d = CYCLE_FLOW.indexOf(to) - CYCLE_FLOW.indexOf(from)
  return d === 1 || d === -1
}

const cycleFields = {
  name: text(150),
  nameUr: optionalText(150),
  number: int(1, 1000),
  targetFellowCount: int(1, 10_000),
  reportingCadence: z.enum(['WEEKLY', 'FORTNIGHTLY', 'MONTHLY'], { error: 'errors.invalidChoice' }),
  reportingGraceDays: int(0, 30),
  reviewsPerApplication: int(1, 10),
  blindReview: checkbox(),
  applicationsOpenAt: optionalKarachiDate(),
  applicationsCloseAt: optionalKarachiDate(),
  startDate: optionalKarachiDate(),
  endDate: optionalKarachiDate(),
}

function datesInOrder<T extends { applicationsOpenAt?: Date; applicationsCloseAt?: Date; startDate?: Date; endDate?: Date }>(
  v: T,
  ctx: z.RefinementCtx,
) {
  if (v.applicationsOpenAt && v.applicationsCloseAt && v.applicationsCloseAt <= v.applicationsOpenAt) {
    ctx.addIssue({ code: 'custom', path: ['applicationsCloseAt'], message: 'errors.closeBeforeOpen' })
  }
  if (v.startDate && v.endDate && v.endDate <= v.startDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'errors.endBeforeStart' })
  }
}

export const createCycleSchema = z
  .object({
    ...cycleFields,
    programmeId: uuid(),
    // An earlier cycle to copy the checked parts of its set-up from (lib/cycles/templates/carry-over.ts).
    carryFromId: z.preprocess((v) => (v === '' ? undefined : v), uuid().optional()),
    carry: many(z.enum(CARRY_PARTS, { error: 'errors.invalidChoice' })),
  })
  .superRefine(datesInOrder)
export const updateCycleSchema = z.object({ ...cycleFields, id: uuid(), version: version() }).superRefine(datesInOrder)
export const cycleStatusSchema = z.object({
  id: uuid(),
  version: version(),
  status: z.enum(CYCLE_FLOW, { error: 'errors.invalidChoice' }),
})

export const participationSchema = z.object({
  cycleId: uuid(),
  departmentId: uuid(),
  seatsRequested: int(0, 500),
  focalPersonId: z.preprocess((v) => (v === '' ? undefined : v), uuid().optional()),
})
export const removeParticipationSchema = z.object({ cycleId: uuid(), departmentId: uuid() })

export type CreateCycleInput = Omit<z.infer<typeof createCycleSchema>, 'carry'> & { carry?: z.infer<typeof createCycleSchema>['carry'] }
export type UpdateCycleInput = z.infer<typeof updateCycleSchema>
export type ParticipationInput = z.infer<typeof participationSchema>
