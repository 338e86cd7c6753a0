// A new cycle copies the chosen parts of an earlier cycle's set-up (call form, rubric,
// eligibility rules, reporting cadence, call settings, deliverable and metric templates),
// inside the transaction that creates it. Nothing of anyone's applications, reviews or
// fellowships is touched: only set-up rows are read and copied.
import type { Prisma } from '@prisma/client'
import type { Tx } from '../../server/tx'
import type { CarryPart } from './schema'

/** The cycle columns each part copies (applied when the cycle is created). */
export async function carriedColumns(tx: Tx, fromId: string, parts: readonly CarryPart[]) {
  const src = await tx.cycle.findUnique({
    where: { id: fromId },
    select: {
      eligibilityRules: true,
      reportingCadence: true,
      reportingGraceDays: true,
      callDescription: true,
      callDescriptionUr: true,
      reviewsPerApplication: true,
      blindReview: true,
      refereesRequired: true,
      interviewRescheduleHours: true,
    },
  })
  if (!src) return null
  const has = (p: CarryPart) => parts.includes(p)
  return {
    carriedFromId: fromId,
    ...(has('rules') ? { eligibilityRules: src.eligibilityRules as Prisma.InputJsonValue } : {}),
    ...(has('cadence') ? { reportingCadence: src.reportingCadence, reportingGraceDays: src.reportingGraceDays } : {}),
    ...(has('settings')
      ? {
          callDescription: src.callDescription,
          callDescriptionUr: src.callDescriptionUr,
          reviewsPerApplication: src.reviewsPerApplication,
          blindReview: src.blindReview,
          refereesRequired: src.refereesRequired,
          interviewRescheduleHours: src.interviewRescheduleHours,
        }
      : {}),
  }
}

/** The rows each part copies, once the new cycle exists. Returns how many of each. */
export async function copyRows(tx: Tx, fromId: string, toId: string, parts: readonly CarryPart[]) {
  const has = (p: CarryPart) => parts.includes(p)
  const counts = { form: 0, rubric: 0, deliverables: 0, metrics: 0 }
  if (has('form')) {
    const rows = await tx.formField.findMany({ where: { cycleId: fromId }, orderBy: { position: 'asc' } })
    await tx.formField.createMany({
      data: rows.map(({ id: _id, cycleId: _c, options, ...f }) => ({ ...f, options: options as Prisma.InputJsonValue, cycleId: toId })),
    })
    counts.form = rows.length
  }
  if (has('rubric')) {
    const rows = await tx.rubricCriterion.findMany({ where: { cycleId: fromId }, orderBy: { position: 'asc' } })
    await tx.rubricCriterion.createMany({
      data: rows.map(({ id: _id, cycleId: _c, anchors, ...r }) => ({ ...r, anchors: anchors as Prisma.InputJsonValue, cycleId: toId })),
    })
    counts.rubric = rows.length
  }
  if (has('deliverables')) {
    const rows = await tx.deliverableTemplate.findMany({ where: { cycleId: fromId }, orderBy: { position: 'asc' } })
    await tx.deliverableTemplate.createMany({
      data: rows.map(({ id: _id, cycleId: _c, createdAt: _t, ...d }) => ({ ...d, cycleId: toId })),
    })
    counts.deliverables = rows.length
  }
  if (has('metrics')) {
    const rows = await tx.metricTemplate.findMany({ where: { cycleId: fromId }, orderBy: { position: 'asc' } })
    await tx.metricTemplate.createMany({ data: rows.map(({ id: _id, cycleId: _c, createdAt: _t, ...m }) => ({ ...m, cycleId: toId })) })
    counts.metrics = rows.length
  }
  return counts
}
