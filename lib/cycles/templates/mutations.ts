// Staff keep a cycle's standard deliverables and metrics, and give the cycle's projects what
// they are missing of them.
import 'server-only'
import { write } from '../../server/unit-of-work'
import { permit } from '../../auth/permit'
import { AppError, notFound } from '../../server/errors'
import type { Viewer } from '../../auth/viewer'
import type { Tx } from '../../server/tx'
import { applyTemplatesToProject } from './apply'
import type { DeliverableTemplateInput, MetricTemplateInput } from './schema'

/** A template list holds at most this many of each. */
export const TEMPLATES_MAX = 40

async function liveCycle(tx: Tx, cycleId: string) {
  const c = await tx.cycle.findFirst({ where: { id: cycleId, archivedAt: null }, select: { id: true } })
  if (!c) throw notFound()
  return c
}

export async function addDeliverableTemplate(viewer: Viewer, input: DeliverableTemplateInput) {
  return write(viewer, permit('cycle:manage'), async (tx, uow) => {
    await uow.lock('Cycle', input.cycleId)
    const { cycleId, ...fields } = input
    await liveCycle(tx, cycleId)
    const count = await tx.deliverableTemplate.count({ where: { cycleId } })
    if (count >= TEMPLATES_MAX) throw new AppError('CONFLICT', 'staffTools.errors.tooManyTemplates', undefined, { max: TEMPLATES_MAX })
    const data = {
      ...fields,
      titleUr: fields.titleUr ?? null,
      description: fields.description ?? null,
      dueOffsetDays: fields.dueOffsetDays ?? null,
    }
    const t = await tx.deliverableTemplate.create({ data: { ...data, cycleId, position: count }, select: { id: true } })
    await uow.audit({ action: 'cycle-template.add', entityType: 'Cycle', entityId: cycleId, after: { deliverable: data.title, id: t.id } })
    return t
  })
}

export async function addMetricTemplate(viewer: Viewer, input: MetricTemplateInput) {
  return write(
    viewer,
    permit('cycle:manage'),
    async (tx, uow) => {
      await uow.lock('Cycle', input.cycleId)
      const { cycleId, ...fields } = input
      await liveCycle(tx, cycleId)
      const count = await tx.metricTemplate.count({ where: { cycleId } })
      if (count >= TEMPLATES_MAX) throw new AppError('CONFLICT', 'staffTools.errors.tooManyTemplates', undefined, { max: TEMPLATES_MAX })
      const data = { ...fields, nameUr: fields.nameUr ?? null, unitUr: fields.unitUr ?? null, target: fields.target ?? null }
      const t = await tx.metricTemplate.create({ data: { ...data, cycleId, position: count }, select: { id: true } })
      await uow.audit({ action: 'cycle-template.add', entityType: 'Cycle', entityId: cycleId, after: { metric: data.name, id: t.id } })
      return t
    },
    { unique: () => new AppError('DUPLICATE', 'errors.duplicate', { name: 'errors.duplicate' }) },
  )
}

export async function removeTemplate(viewer: Viewer, input: { cycleId: string; id: string }) {
  await write(viewer, permit('cycle:manage'), async (tx, uow) => {
    await liveCycle(tx, input.cycleId)
    const where = { id: input.id, cycleId: input.cycleId }
    const d = await tx.deliverableTemplate.findFirst({ where, select: { id: true, title: true } })
    const m = d ? null : await tx.metricTemplate.findFirst({ where, select: { id: true, name: true } })
    if (d) await tx.deliverableTemplate.delete({ where: { id: d.id } })
    else if (m) await tx.metricTemplate.delete({ where: { id: m.id } })
    else throw notFound()
    // Projects that already started with it keep theirs: a template only shapes what comes next.
    await uow.audit({
      action: 'cycle-template.remove',
      entityType: 'Cycle',
      entityId: input.cycleId,
      before: d ? { deliverable: d.title, id: d.id } : { metric: m!.name, id: m!.id },
    })
  })
}

/** Every approved project of the cycle gets the templates it lacks. */
export async function applyTemplatesToProjects(viewer: Viewer, cycleId: string) {
  return write(
    viewer,
    permit('cycle:manage'),
    async (tx, uow) => {
      await uow.lock('Cycle', cycleId)
      await liveCycle(tx, cycleId)
      const projects = await tx.project.findMany({ where: { cycleId, status: 'APPROVED' }, select: { id: true }, orderBy: { id: 'asc' } })
      let deliverables = 0
      let metrics = 0
      for (const p of projects) {
        await uow.lock('Project', p.id)
        const r = await applyTemplatesToProject(tx, p.id)
        deliverables += r.deliverables
        metrics += r.metrics
      }
      await uow.audit({
        action: 'cycle-template.apply',
        entityType: 'Cycle',
        entityId: cycleId,
        after: { projects: projects.length, deliverables, metrics },
      })
      return { projects: projects.length, deliverables, metrics }
    },
    { timeout: 30_000 },
  )
}
