// What a viewer may download: a stored file, asked of every domain that holds files. The one
// place that knows them all, so lib/files imports none of them (decision 013).
import 'server-only'
import type { Viewer } from './auth/viewer'
import { readableFile } from './files/access'
import { readApplicationFile } from './recruitment/file-access'
import { readSubmissionFile } from './deliverables/file-access'

const READERS = [readApplicationFile, readSubmissionFile]

export function findReadableFile(viewer: Viewer, fileId: string) {
  return readableFile(viewer, fileId, READERS)
}
