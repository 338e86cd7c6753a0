'use server'
import { revalidatePath } from 'next/cache'
import { runAction, type ActionState } from '@/lib/request/action'
import { importChunkSchema, importTargetSchema, mappingFrom, startImportSchema } from '@/lib/imports/schema'
import { importChunk, importFile, previewImport, startImport } from '@/lib/imports/mutations'
import { MAX_IMPORT_BYTES } from '@/lib/imports/parse'
import { AppError } from '@/lib/server/errors'
import type { ImportState } from './state'

/** The chosen file, else the pasted rows; what is wrong with either is shown beside the paste box. */
async function fileText(fd: FormData, pasted: string | undefined) {
  const file = fd.get('file')
  if (file instanceof File && file.size > 0) {
    if (file.size > MAX_IMPORT_BYTES) throw new AppError('INVALID', 'imports.errors.tooBig', { csv: 'imports.errors.tooBig' })
    return { fileName: file.name || 'import.csv', text: await file.text() }
  }
  if (pasted?.trim()) return { fileName: 'pasted.csv', text: pasted }
  throw new AppError('INVALID', 'imports.errors.noFile', { csv: 'imports.errors.noFile' })
}

/** The whole file: checked (intent "preview", a dry run) or imported (intent "import", without JavaScript). */
export async function importFileAction(_prev: ImportState, fd: FormData): Promise<ImportState> {
  return runAction(
    fd,
    importTargetSchema,
    async (viewer, input) => {
      const f = { kind: input.kind, cycleId: input.cycleId, mapping: mappingFrom(input), ...(await fileText(fd, input.csv)) }
      if (fd.get('intent') === 'import') {
        const r = await importFile(viewer, f)
        revalidatePath('/staff/people/import')
        const done: ImportState = { ok: true, done: { created: r.created, updated: r.updated, skipped: r.skipped, errors: r.errors } }
        return done
      }
      const preview: ImportState = { ok: true, preview: await previewImport(viewer, f) }
      return preview
    },
    { permission: 'application:manage' },
  ) as Promise<ImportState>
}

/** Opens a run for the browser's chunks (the file read in the browser, for a progress bar). */
export async function startImportAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    startImportSchema,
    async (viewer, input) => ({ data: { runId: await startImport(viewer, input, mappingFrom(input) ?? {}) } }),
    { permission: 'application:manage' },
  )
}

/** One chunk of rows; every row checked again here. */
export async function importChunkAction(_prev: ActionState, fd: FormData): Promise<ActionState> {
  return runAction(
    fd,
    importChunkSchema,
    async (viewer, input) => {
      const r = await importChunk(viewer, input)
      if (r.done) revalidatePath('/staff/people/import')
      return { data: r }
    },
    { permission: 'application:manage' },
  )
}
