// Writes of impact metrics: staff define a project's metrics; fellows on the project (and
// staff) log dated values with a note or source.
import 'server-only'
import { getDb } from '../server/db'
import { assertCan } from '../auth/policy'
import { AppError, isUniqueViolation, notFound } from '../server/errors'
import { writeAudit } from '../audit/write'
import type { Viewer } from '../auth/viewer'
import { activeFellowProjectWhere, projectWhereFor } from '../fellowships/scope'
import type { DefineMetricInput, RecordValueInput } from './schema'
import { recordRefusal, recordValueBlock } from './policy'

export async function defineMetric(viewer: Viewer, input: DefineMetricInput) {
  assertCan(viewer, 'metric:define')
  const db = await getDb()
  try {
    return await db.$transaction(async (tx) => {
      const project = await tx.project.findUnique({ where: { id: input.projectId }, select: { id: true, _count: { select: { metrics: true } } } })
      if (!project) throw notFound()
      const data = {
        projectId: project.id,
        name: input.name,
        nameUr: input.nameUr ?? null,
        unit: input.unit,
        unitUr: input.unitUr ?? null,
        target: input.target ?? null,
        cumulative: input.cumulative,
        position: project._count.metrics,
      }
      const m = await tx.impactMetric.create({ data, select: { id: true } })
      await writeAudit(tx, { actorId: viewer.userId, action: 'metric.create', entityType: 'ImpactMetric', entityId: m.id, after: data })
      return m
    })
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError('DUPLICATE', 'errors.duplicate', { name: 'errors.duplicate' })
    throw e
  }
}

export async function recordMetricValue(viewer: Viewer, input: RecordValueInput, now = new Date()) {
  assertCan(viewer, 'metric:record')
  // A figure is recorded for a day that has happened (Pakistan time: the form's date is its midnight).
  if (input.recordedOn > now) throw new AppError('INVALID', 'errors.futureDate', { recordedOn: 'errors.futureDate' })
  const db = await getDb()
  return db.$transaction(async (tx) => {
    // A fellow logs figures for their project while their fellowship is running.
    const projectScope = viewer.role === 'FELLOW' ? activeFellowProjectWhere(viewer) : projectWhereFor(viewer)
    const metric = await tx.impactMetric.findFirst({
      where: { id: input.metricId, project: projectScope },
      select: { id: true },
    })
    if (!metric) throw notFound()
    // A fellow's metric was found on a project they are placed on, with the fellowship running.
    const block = recordValueBlock(viewer, { viewerPlaced: true })
    if (block) throw recordRefusal(block)
    const data = { metricId: metric.id, value: input.value, recordedOn: input.recordedOn, note: input.note ?? null, source: input.source ?? null, recordedById: viewer.userId }
    const v = await tx.impactMetricValue.create({ data, select: { id: true } })
    await writeAudit(tx, { actorId: viewer.userId, action: 'metric.record', entityType: 'ImpactMetricValue', entityId: v.id, after: data })
    return v
  })
}
