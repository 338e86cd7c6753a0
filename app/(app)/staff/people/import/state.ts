// The import form's answer: the dry run's preview, or a finished import's counts.
import type { ActionState } from '@/lib/server/action-state'
import type { ColumnMapping } from '@/lib/imports/columns'
import type { RowProblem } from '@/lib/imports/values'

export interface ImportPreview {
  runId: string
  headers: string[]
  mapping: ColumnMapping
  missing: string[]
  totalRows: number
  sample: { row: number; cells: string[]; problems: RowProblem[] }[]
  bad: { row: number; cells: string[]; problems: RowProblem[] }[]
  counts: { created: number; updated: number; skipped: number; errors: number }
}

export interface ImportState extends ActionState {
  preview?: ImportPreview
  done?: { created: number; updated: number; skipped: number; errors: number }
}
