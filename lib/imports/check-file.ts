// A whole file checked row by row before anything is matched or written: each problem beside
// its row and field, and the same email or CNIC twice in the file named on the later row.
import type { ImportKind } from '@prisma/client'
import { cellsOf, checkRow, type ImportValues, type RowProblem } from './values'
import type { ColumnMapping } from './columns'
import type { CheckedRow } from './batch'

/** `firstRow`: the file row of rows[0] (2 for a whole file: row 1 is the header). */
export function checkRows(kind: ImportKind, mapping: ColumnMapping, rows: readonly string[][], firstRow = 2) {
  const good: CheckedRow[] = []
  const problems: RowProblem[] = []
  const emails = new Map<string, number>()
  const cnics = new Map<string, number>()
  rows.forEach((cells, i) => {
    const row = firstRow + i
    const { values, problems: p } = checkRow(kind, row, cellsOf(kind, mapping, cells))
    if (!values) return void problems.push(...p)
    const dupe = dupeOf(values, emails, cnics)
    if (dupe)
      return void problems.push({ row, field: dupe.field, message: `imports.errors.duplicateInFile`, value: values[dupe.field] ?? '' })
    emails.set(values.email, row)
    if (values.cnic) cnics.set(values.cnic, row)
    good.push({ row, values })
  })
  return { good, problems }
}

function dupeOf(v: ImportValues, emails: Map<string, number>, cnics: Map<string, number>) {
  if (emails.has(v.email)) return { field: 'email' as const }
  if (v.cnic && cnics.has(v.cnic)) return { field: 'cnic' as const }
  return null
}
