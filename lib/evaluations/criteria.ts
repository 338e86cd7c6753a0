// A round's criteria as pages show them, read from the database's JSON defensively.
import type { Anchor, Direction } from './schema'

export interface CriterionView {
  id: string
  direction: Direction
  kind: 'SCALE' | 'QUESTION'
  label: string
  labelUr: string
  anchors: Anchor[]
  position: number
}

export const criterionSelect = { id: true, direction: true, kind: true, label: true, labelUr: true, anchors: true, position: true } as const

export function toCriterion(c: {
  id: string
  direction: Direction
  kind: 'SCALE' | 'QUESTION'
  label: string
  labelUr: string
  anchors: unknown
  position: number
}): CriterionView {
  const anchors = Array.isArray(c.anchors)
    ? c.anchors.map((a) => ({
        en: typeof a?.en === 'string' ? (a.en as string) : '',
        ur: typeof a?.ur === 'string' ? (a.ur as string) : '',
      }))
    : []
  return { ...c, anchors }
}
