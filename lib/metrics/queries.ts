// Reads of impact metrics: a project's metrics with their logged values and current figure.
import 'server-only'
import { getDb } from '../server/db'
import { notFound } from '../server/errors'
import type { Viewer } from '../auth/viewer'
import { assertCanReadProgress, livePlacement, projectWhereFor } from '../fellowships/scope'
import { canRecordValue } from './policy'

const valueSelect = {
  id: true,
  value: true,
  recordedOn: true,
  note: true,
  source: true,
  createdAt: true,
  recordedBy: { select: { name: true } },
} as const

/** Cumulative metrics report a running total (the latest value is the figure); others add up. */
export function currentFigure(cumulative: boolean, values: { value: number; recordedOn: Date }[]): number | null {
  if (!values.length) return null
  if (!cumulative) return values.reduce((s, v) => s + v.value, 0)
  return [...values].sort((a, b) => b.recordedOn.getTime() - a.recordedOn.getTime())[0].value
}

/** Metrics of the projects the viewer may see (a fellow: their own project(s)), optionally one project. */
export async function listProjectMetrics(viewer: Viewer, projectId?: string) {
  assertCanReadProgress(viewer)
  const db = await getDb()
  const projects = await db.project.findMany({
    where: { AND: [projectWhereFor(viewer), projectId ? { id: projectId } : {}] },
    orderBy: { title: 'asc' },
    select: {
      id: true,
      title: true,
      titleUr: true,
      department: { select: { name: true, nameUr: true } },
      // The viewer's own running placement here, if any: whether they may log figures.
      placements: { where: { ...livePlacement, fellowship: { userId: viewer.userId, status: 'ACTIVE' } }, select: { id: true }, take: 1 },
      metrics: {
        orderBy: [{ position: 'asc' }, { name: 'asc' }],
        select: {
          id: true,
          name: true,
          nameUr: true,
          unit: true,
          unitUr: true,
          target: true,
          cumulative: true,
          values: { orderBy: [{ recordedOn: 'desc' }, { createdAt: 'desc' }], take: 100, select: valueSelect },
        },
      },
    },
  })
  if (projectId && !projects.length) throw notFound()
  // Decimals become plain numbers for the pages (figures stay far below 2^53).
  return projects.map(({ placements, ...p }) => ({
    ...p,
    // The log form: the rule recordMetricValue refuses by.
    canRecord: canRecordValue(viewer, { viewerPlaced: placements.length > 0 }),
    metrics: p.metrics.map((m) => {
      const values = m.values.map((v) => ({ ...v, value: Number(v.value) }))
      const figure = currentFigure(m.cumulative, values)
      const target = m.target === null ? null : Number(m.target)
      return { ...m, target, values, figure, percent: figure !== null && target ? Math.round((figure / target) * 100) : null }
    }),
  }))
}

export type ProjectMetrics = Awaited<ReturnType<typeof listProjectMetrics>>[number]
