// A project starts with its cycle's template deliverables and metrics. Idempotent: one already
// on the project (same title, or same metric name) is left alone, so applying again, or to a
// project staff already filled in by hand, adds only what is missing.
import type { Tx } from '../../server/tx'

const DAY = 86_400_000

export async function applyTemplatesToProject(tx: Tx, projectId: string) {
  const p = await tx.project.findUnique({
    where: { id: projectId },
    select: {
      id: true,
      cycle: {
        select: {
          startDate: true,
          deliverableTemplates: { orderBy: { position: 'asc' } },
          metricTemplates: { orderBy: { position: 'asc' } },
        },
      },
      deliverables: { select: { title: true } },
      metrics: { select: { name: true, position: true } },
    },
  })
  if (!p) return { deliverables: 0, metrics: 0 }
  const titles = new Set(p.deliverables.map((d) => d.title.trim().toLowerCase()))
  const names = new Set(p.metrics.map((m) => m.name.trim().toLowerCase()))
  const start = p.cycle.startDate
  const deliverables = p.cycle.deliverableTemplates
    .filter((t) => !titles.has(t.title.trim().toLowerCase()))
    .map((t) => ({
      projectId: p.id,
      kind: t.kind,
      title: t.title,
      titleUr: t.titleUr,
      description: t.description,
      dueDate: start && t.dueOffsetDays !== null ? new Date(start.getTime() + t.dueOffsetDays * DAY) : null,
    }))
  let position = Math.max(-1, ...p.metrics.map((m) => m.position)) + 1
  const metrics = p.cycle.metricTemplates
    .filter((t) => !names.has(t.name.trim().toLowerCase()))
    .map((t) => ({
      projectId: p.id,
      name: t.name,
      nameUr: t.nameUr,
      unit: t.unit,
      unitUr: t.unitUr,
      target: t.target,
      cumulative: t.cumulative,
      isPublic: t.isPublic,
      position: position++,
    }))
  if (deliverables.length) await tx.deliverable.createMany({ data: deliverables })
  if (metrics.length) await tx.impactMetric.createMany({ data: metrics, skipDuplicates: true })
  return { deliverables: deliverables.length, metrics: metrics.length }
}
