// How a year's figures are laid out, shared by the staff page, the public page and the
// Markdown export: which headline figures, in what order, and where each one comes from.
import { dataHref } from '../datasets/schema'
import type { YearFigures } from './compose'

export const GLANCE = [
  'programmes',
  'cycles',
  'applications',
  'fellows',
  'placed',
  'departments',
  'projects',
  'deliverablesApproved',
] as const
export type GlanceKey = (typeof GLANCE)[number]

/**
 * The list behind each headline figure. Staff follow it to the records; the public to the
 * page or open-data file that carries the same number (never to personal records).
 */
export function glanceSource(key: GlanceKey, year: number, audience: 'staff' | 'public'): string {
  if (audience === 'public') {
    if (key === 'projects' || key === 'departments') return '#projects'
    return key === 'programmes' || key === 'cycles' ? '#cycles' : `/open-data#cycles`
  }
  switch (key) {
    case 'applications':
      return dataHref('applications', { year })
    case 'fellows':
      return dataHref('fellows', { year })
    case 'placed':
      return dataHref('fellows', { year, placed: 'yes' })
    case 'deliverablesApproved':
      return dataHref('deliverables', { year, status: 'APPROVED' })
    case 'projects':
    case 'departments':
      return '#projects'
    default:
      return '#cycles'
  }
}

/** Where an impact figure comes from. */
export function highlightSource(h: YearFigures['highlights'][number], audience: 'staff' | 'public'): string | null {
  if (audience === 'staff') return dataHref('metrics', { project: h.projectId })
  return h.projectStatus === 'COMPLETED' ? `/projects/${h.projectId}` : null
}
