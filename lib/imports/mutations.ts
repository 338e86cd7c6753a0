// Importing past applicants, fellows and alumni from a spreadsheet, through the one write path:
// preview (every row checked, matched against the people there, counted as a dry run: only the
// ImportRun row is written), then the import, in batches of IMPORT_CHUNK rows, each batch one
// transaction (never half a batch), the run's progress and outcome on its ImportRun and in the
// audit log. The whole file at once (a form without JavaScript), or chunk by chunk from the
// browser for a progress bar: either way the server checks every row again.
import 'server-only'
import type { ImportKind, Prisma } from '@prisma/client'
import { write } from '../server/unit-of-work'
import { permit } from '../auth/permit'
import { AppError, notFound } from '../server/errors'
import { sha256Hex } from '../hash'
import type { Viewer } from '../auth/viewer'
import type { Tx } from '../server/tx'
import { FIELDS_BY_KIND, REQUIRED_FIELDS, guessMapping, type ColumnMapping } from './columns'
import { IMPORT_CHUNK, MAX_IMPORT_BYTES, parseCsv } from './parse'
import { checkRows } from './check-file'
import { runBatch, type BatchCounts, type BatchTarget } from './batch'
import type { RowProblem } from './values'
import type { ImportChunkInput, StartImportInput } from './schema'

const manage = permit('application:manage')
/** Problems kept on the run and shown: enough to fix a file, not a second copy of it. */
export const MAX_KEPT_PROBLEMS = 300
const PREVIEW_ROWS = 20

export interface ImportFile {
  kind: ImportKind
  cycleId: string
  fileName: string
  /** The file's text (UTF-8). */
  text: string
  /** Chosen on the form; guessed from the headers when absent. */
  mapping?: ColumnMapping
}

const invalid = (key: string, field = 'csv') => new AppError('INVALID', `imports.errors.${key}`, { [field]: `imports.errors.${key}` })

async function loadTarget(tx: Tx, kind: ImportKind, cycleId: string): Promise<BatchTarget> {
  // Only cycles the import page offers: an archived one is refused as unknown.
  const cycle = await tx.cycle.findFirst({
    where: { id: cycleId, archivedAt: null },
    select: { id: true, applicationsCloseAt: true, startDate: true, endDate: true },
  })
  if (!cycle) throw invalid('cycle', 'cycleId')
  return { kind, cycle }
}

/** Parses and checks the mapping; throws what to fix beside the file or the mapping. */
function readFile(f: ImportFile) {
  if (Buffer.byteLength(f.text, 'utf8') > MAX_IMPORT_BYTES) throw invalid('tooBig')
  const parsed = parseCsv(f.text)
  if (!parsed.ok) throw invalid(parsed.error)
  const mapping = sanitiseMapping(f.kind, f.mapping ?? guessMapping(f.kind, parsed.headers), parsed.headers.length)
  const missing = REQUIRED_FIELDS.filter((r) => mapping[r] === undefined)
  return { ...parsed, mapping, missing }
}

function sanitiseMapping(kind: ImportKind, m: ColumnMapping, columns: number): ColumnMapping {
  return Object.fromEntries(FIELDS_BY_KIND[kind].flatMap((f) => (m[f] !== undefined && m[f]! < columns ? [[f, m[f]]] : [])))
}

const sum = (a: BatchCounts, b: BatchCounts): BatchCounts => ({
  created: a.created + b.created,
  updated: a.updated + b.updated,
  skipped: a.skipped + b.skipped,
})
const none: BatchCounts = { created: 0, updated: 0, skipped: 0 }

export interface PreviewResult {
  runId: string
  headers: string[]
  mapping: ColumnMapping
  missing: string[]
  totalRows: number
  /** The first rows as read, each with its problems (if any). */
  sample: { row: number; cells: string[]; problems: RowProblem[] }[]
  /** Every bad row up to MAX_KEPT_PROBLEMS problems, with its cells. */
  bad: { row: number; cells: string[]; problems: RowProblem[] }[]
  counts: BatchCounts & { errors: number }
}

/**
 * Checks every row and counts what importing would do (create, update, skip, error) without
 * writing a person: the dry run. Records the run as PREVIEWED (audited when imported).
 */
export async function previewImport(viewer: Viewer, f: ImportFile): Promise<PreviewResult> {
  const file = readFile(f)
  return write(
    viewer,
    manage,
    async (tx) => {
      const target = await loadTarget(tx, f.kind, f.cycleId)
      const { good, problems } = file.missing.length ? { good: [], problems: [] } : checkRows(f.kind, file.mapping, file.rows)
      let counts = none
      for (let i = 0; i < good.length; i += IMPORT_CHUNK) {
        const b = await runBatch(tx, target, good.slice(i, i + IMPORT_CHUNK), false)
        counts = sum(counts, b.counts)
        problems.push(...b.problems)
      }
      problems.sort((a, b) => a.row - b.row)
      const badRows = new Set(problems.map((p) => p.row))
      const byRow = groupByRow(problems)
      const run = await tx.importRun.create({
        data: {
          kind: f.kind,
          cycleId: f.cycleId,
          fileName: f.fileName.slice(0, 255),
          fileSha256: sha256Hex(f.text),
          mapping: file.mapping as Prisma.InputJsonValue,
          status: 'PREVIEWED',
          totalRows: file.rows.length,
          createdCount: counts.created,
          updatedCount: counts.updated,
          skippedCount: counts.skipped,
          errorCount: badRows.size,
          errors: problems.slice(0, MAX_KEPT_PROBLEMS) as unknown as Prisma.InputJsonValue,
          startedById: viewer.userId,
        },
        select: { id: true },
      })
      const line = (row: number) => ({ row, cells: file.rows[row - 2], problems: byRow.get(row) ?? [] })
      return {
        runId: run.id,
        headers: file.headers,
        mapping: file.mapping,
        missing: file.missing,
        totalRows: file.rows.length,
        sample: file.rows.slice(0, PREVIEW_ROWS).map((_, i) => line(i + 2)),
        bad: [...badRows].slice(0, MAX_KEPT_PROBLEMS).map(line),
        counts: { ...counts, errors: badRows.size },
      }
    },
    { timeout: 60_000 },
  )
}

function groupByRow(problems: RowProblem[]) {
  const out = new Map<number, RowProblem[]>()
  for (const p of problems) out.set(p.row, [...(out.get(p.row) ?? []), p])
  return out
}

/** Starts a run: RUNNING, with the file's name, checksum, size and mapping. */
async function openRun(
  tx: Tx,
  viewer: Viewer,
  s: { kind: ImportKind; cycleId: string; fileName: string; fileSha256: string; totalRows: number; mapping: ColumnMapping },
) {
  return tx.importRun.create({
    data: {
      kind: s.kind,
      cycleId: s.cycleId,
      fileName: s.fileName.slice(0, 255),
      fileSha256: s.fileSha256,
      mapping: s.mapping as Prisma.InputJsonValue,
      status: 'RUNNING',
      totalRows: s.totalRows,
      startedById: viewer.userId,
    },
    select: { id: true },
  })
}

/** Writes one chunk in its own transaction and adds it to the run; finishes the run on its last rows. */
async function writeChunk(viewer: Viewer, runId: string, rows: string[][], firstRow: number, known: Map<number, RowProblem> = new Map()) {
  return write(
    viewer,
    manage,
    async (tx, uow) => {
      const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "ImportRun" WHERE "id" = ${runId}::uuid FOR UPDATE`
      if (!locked) throw notFound()
      const run = await tx.importRun.findUniqueOrThrow({ where: { id: runId } })
      if (run.startedById !== viewer.userId) throw notFound()
      if (run.status !== 'RUNNING' || !run.cycleId) throw new AppError('CONFLICT', 'imports.errors.notRunning')
      if (run.processedRows + rows.length > run.totalRows) throw new AppError('INVALID', 'imports.errors.tooManyRows')
      const target = await loadTarget(tx, run.kind, run.cycleId)
      const mapping = run.mapping as ColumnMapping
      const checked = checkRows(run.kind, mapping, rows, firstRow)
      const problems = [...checked.problems, ...checked.good.flatMap((g) => known.get(g.row) ?? [])]
      const good = checked.good.filter((g) => !known.has(g.row))
      const b = await runBatch(tx, target, good, true)
      problems.push(...b.problems)
      const kept = run.errors as unknown as RowProblem[]
      const processed = run.processedRows + rows.length
      const done = processed >= run.totalRows
      const data = {
        processedRows: processed,
        createdCount: run.createdCount + b.counts.created,
        updatedCount: run.updatedCount + b.counts.updated,
        skippedCount: run.skippedCount + b.counts.skipped,
        errorCount: run.errorCount + new Set(problems.map((p) => p.row)).size,
        errors: [...kept, ...problems.sort((x, y) => x.row - y.row)].slice(0, MAX_KEPT_PROBLEMS) as unknown as Prisma.InputJsonValue,
        ...(done ? { status: 'DONE' as const, finishedAt: new Date() } : {}),
      }
      await tx.importRun.update({ where: { id: runId }, data })
      if (done)
        await uow.audit({
          action: 'import.run',
          entityType: 'ImportRun',
          entityId: runId,
          after: {
            kind: run.kind,
            cycleId: run.cycleId,
            fileName: run.fileName,
            fileSha256: run.fileSha256,
            rows: run.totalRows,
            created: data.createdCount,
            updated: data.updatedCount,
            skipped: data.skippedCount,
            errors: data.errorCount,
          },
        })
      return {
        processedRows: processed,
        totalRows: run.totalRows,
        done,
        created: data.createdCount,
        updated: data.updatedCount,
        skipped: data.skippedCount,
        errors: data.errorCount,
      }
    },
    { timeout: 60_000 },
  )
}

/** Marks a run that stopped on an unexpected error FAILED (its committed batches stay: a re-run completes it). */
async function failRun(viewer: Viewer, runId: string) {
  await write(viewer, manage, async (tx, uow) => {
    await tx.importRun.updateMany({ where: { id: runId, status: 'RUNNING' }, data: { status: 'FAILED', finishedAt: new Date() } })
    await uow.audit({ action: 'import.fail', entityType: 'ImportRun', entityId: runId })
  }).catch(() => undefined)
}

/** The whole file in one request (no JavaScript): batch after batch; returns the finished run's id. */
export async function importFile(viewer: Viewer, f: ImportFile) {
  const file = readFile(f)
  if (file.missing.length) throw invalid('unmapped')
  const run = await write(viewer, manage, async (tx) => {
    await loadTarget(tx, f.kind, f.cycleId)
    return openRun(tx, viewer, { ...f, fileSha256: sha256Hex(f.text), totalRows: file.rows.length, mapping: file.mapping })
  })
  try {
    // Problems across batches (the same email in rows 10 and 5,000) are found on the whole file.
    const dupes = new Map(
      checkRows(f.kind, file.mapping, file.rows)
        .problems.filter((p) => p.message === 'imports.errors.duplicateInFile')
        .map((p) => [p.row, p]),
    )
    let last: Awaited<ReturnType<typeof writeChunk>> | undefined
    for (let i = 0; i < file.rows.length; i += IMPORT_CHUNK)
      last = await writeChunk(viewer, run.id, file.rows.slice(i, i + IMPORT_CHUNK), i + 2, dupes)
    return { runId: run.id, ...last! }
  } catch (e) {
    await failRun(viewer, run.id)
    throw e
  }
}

/** Opens a run for the browser, which then sends the file's rows chunk by chunk. */
export async function startImport(viewer: Viewer, s: StartImportInput, mapping: ColumnMapping): Promise<string> {
  const missing = REQUIRED_FIELDS.filter((r) => mapping[r] === undefined)
  if (missing.length) throw invalid('unmapped')
  return write(viewer, manage, async (tx) => {
    await loadTarget(tx, s.kind, s.cycleId)
    return (await openRun(tx, viewer, { ...s, mapping: sanitiseMapping(s.kind, mapping, 500) })).id
  })
}

/** One chunk of the browser's rows, checked again here. */
export async function importChunk(viewer: Viewer, c: ImportChunkInput) {
  try {
    return await writeChunk(viewer, c.runId, c.rows, c.firstRow)
  } catch (e) {
    if (!(e instanceof AppError)) await failRun(viewer, c.runId)
    throw e
  }
}
