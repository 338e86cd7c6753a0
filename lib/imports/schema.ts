// The import forms: the kind and target cycle, the column mapping (`map.<field>` = column
// number, blank for none), and for the browser's chunks the rows themselves as JSON.
import { z } from 'zod'
import { uuid } from '../validation'
import { IMPORT_FIELDS, IMPORT_KINDS, type ColumnMapping } from './columns'
import { IMPORT_CHUNK, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from './parse'

const columnIndex = z.preprocess((v) => (v === '' || v === undefined ? undefined : v), z.coerce.number().int().min(0).max(500).optional())

export const importTargetSchema = z.object({
  kind: z.enum(IMPORT_KINDS, { error: 'errors.invalidChoice' }),
  cycleId: uuid(),
  /** Set once staff have seen and chosen the mapping; without it the mapping is guessed. */
  mapped: z.enum(['1']).optional(),
  /** Rows pasted instead of a file (a spreadsheet's copy is tab-separated: papaparse tells). */
  csv: z.string().max(MAX_IMPORT_BYTES, { error: 'imports.errors.tooBig' }).optional(),
  ...(Object.fromEntries(IMPORT_FIELDS.map((f) => [`map_${f}`, columnIndex])) as Record<
    `map_${(typeof IMPORT_FIELDS)[number]}`,
    typeof columnIndex
  >),
})
export type ImportTarget = z.infer<typeof importTargetSchema>

/** The mapping chosen on the form (`map_<field>` = column number); undefined when none was (guess it). */
export function mappingFrom(input: ImportTarget): ColumnMapping | undefined {
  if (!input.mapped) return undefined
  const out: ColumnMapping = {}
  for (const f of IMPORT_FIELDS) {
    const v = input[`map_${f}`]
    if (v !== undefined) out[f] = v
  }
  return out
}

const cells = z.array(z.array(z.string().max(2000)).max(500))

export const startImportSchema = importTargetSchema.extend({
  fileName: z.string().trim().min(1).max(255),
  fileSha256: z
    .string()
    .min(64)
    .max(64)
    .regex(/^[0-9a-f]{64}$/),
  totalRows: z.coerce.number().int().min(1).max(MAX_IMPORT_ROWS),
})
export type StartImportInput = z.infer<typeof startImportSchema>

export const importChunkSchema = z.object({
  runId: uuid(),
  /** The file row of the chunk's first row (2 for the first chunk). */
  firstRow: z.coerce
    .number()
    .int()
    .min(2)
    .max(MAX_IMPORT_ROWS + 1),
  rows: z
    .string()
    .max(8 * 1024 * 1024)
    .transform((s, ctx) => {
      try {
        const parsed = cells.max(IMPORT_CHUNK).safeParse(JSON.parse(s))
        // As a file's rows are read (parse.ts): no NUL reaches PostgreSQL.
        if (parsed.success) return parsed.data.map((r) => r.map((c) => c.replace(/\u0000/g, '')))
      } catch {}
      ctx.addIssue({ code: 'custom', message: 'errors.invalid' })
      return z.NEVER
    }),
})
export type ImportChunkInput = z.infer<typeof importChunkSchema>
