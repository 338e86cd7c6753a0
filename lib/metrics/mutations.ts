// Writes of impact metrics: staff define a project's metrics; fellows on the project (and
// staff) log dated values with a note or source.
import 'server-only'
import { write } from '../server/unit-of-work'
import { permit } from '../auth/permit'
import { AppError, notFound } from '../server/errors'
import type { Viewer } from '../auth/viewer'
import { activeFellowProjectWhere, projectWhereFor } from '../fellowships/scope'
import type { DefineMetricInput, RecordValueInput } from './schema'
import { recordRefusal, recordValueBlock } from './policy'

export async function defineMetric(viewer: Viewer, input: DefineMetricInput) {
  return write(
    viewer,
    permit('metric:define'),
    async (tx, uow) => {
      const project = await tx.project.findUnique({
        where: { id: input.projectId },
        select: { id: true, _count: { select: { metrics: true } } },
      })
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
      await uow.audit({ action: 'metric.create', entityType: 'ImpactMetric', entityId: m.id, after: data })
      return m
    },
    { unique: () => new AppError('DUPLICATE', 'errors.duplicate', { name: 'errors.duplicate' }) },
  )
}

export async function recordMetricValue(viewer: Viewer, input: RecordValueInput, now = new Date()) {
  permit('metric:record')(viewer)
  // A figure is recorded for a day that has happened (Pakistan time: the form's date is its midnight).
  if (input.recordedOn > now) throw new AppError('INVALID', 'errors.futureDate', { recordedOn: 'errors.futureDate' })
  return write(viewer, permit('metric:record'), async (tx, uow) => {
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
    const data = {
      metricId: metric.id,
      value: input.value,
      recordedOn: input.recordedOn,
      note: input.note ?? null,
      source: input.source ?? null,
      recordedById: viewer.userId,
    }
    const v = await tx.impactMetricValue.create({ data, select: { id: true } })
    await uow.audit({ action: 'metric.record', entityType: 'ImpactMetricValue', entityId: v.id, after: data })
    return v
  })
}
