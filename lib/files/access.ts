// Who may download a stored file: its owner and staff, and whoever the domain that holds the
// file lets read it. Each holding domain answers for its own files with a FileReader (an
// application's, a deliverable submission's); files knows none of them, so the arrow runs one
// way: the domains import files. Anything no reader allows: not found.
import 'server-only'
import { getDb } from '../server/db'
import { notFound } from '../server/errors'
import { isStaff } from '../auth/policy'
import type { Viewer } from '../auth/viewer'

export type ReadableFile = { id: string; ownerId: string; storageKey: string; mimeType: string; originalName: string }

/** A holding domain's answer for one file: null (not through me), or the name to serve it under. */
export type FileReader = (viewer: Viewer, file: ReadableFile) => Promise<{ originalName: string } | null>

export async function readableFile(viewer: Viewer, fileId: string, readers: readonly FileReader[]): Promise<ReadableFile> {
  const db = await getDb()
  const f = await db.storedFile.findUnique({
    where: { id: fileId },
    select: { id: true, ownerId: true, storageKey: true, mimeType: true, originalName: true },
  })
  if (!f) throw notFound()
  if (isStaff(viewer) || f.ownerId === viewer.userId) return f
  for (const read of readers) {
    const allowed = await read(viewer, f)
    if (allowed) return { ...f, originalName: allowed.originalName }
  }
  throw notFound()
}
