// Accepting an uploaded file: size and type checked by content, stored, recorded as a
// StoredFile row owned by the uploader. Domain code links the row to what it belongs to.
import type { Tx } from '../server/tx'
import { AppError } from '../server/errors'
import { env } from '../env'
import { MIME, sniff, type FileKind } from './sniff'
import { newStorageKey, storage } from './storage'
import { sha256Hex } from '../hash'

export const DOCUMENT_KINDS: FileKind[] = ['pdf', 'docx', 'xlsx', 'pptx', 'png', 'jpeg', 'txt', 'csv', 'zip']
export const CV_KINDS: FileKind[] = ['pdf', 'docx']

export interface UploadRules {
  kinds: FileKind[]
  maxBytes?: number
  /** The form field the error belongs beside. */
  field: string
}

/** A browser sends an empty File for an untouched file input. */
export function isEmptyFile(v: unknown): boolean {
  return !(v instanceof Blob) || v.size === 0
}

/**
 * Checks and stores the bytes, then (in the caller's transaction) records the file.
 * Call `storeUpload` before the transaction and `recordUpload` inside it; if the
 * transaction fails, `discardUpload` removes the stored bytes.
 */
export async function storeUpload(file: File, rules: UploadRules) {
  const max = rules.maxBytes ?? env().UPLOAD_MAX_BYTES
  if (file.size > max) {
    throw new AppError('INVALID', 'errors.fileTooLarge', { [rules.field]: 'errors.fileTooLarge' }, { max: Math.round(max / 1024 / 1024) })
  }
  const bytes = new Uint8Array(await file.arrayBuffer())
  if (bytes.length === 0) throw new AppError('INVALID', 'errors.fileEmpty', { [rules.field]: 'errors.fileEmpty' })
  const kind = sniff(bytes, file.name)
  if (!kind || !rules.kinds.includes(kind)) {
    throw new AppError('INVALID', 'errors.fileType', { [rules.field]: 'errors.fileType' }, { types: rules.kinds.join(', ').toUpperCase() })
  }
  const key = newStorageKey(kind)
  await (await storage()).put(key, bytes, MIME[kind])
  const safeName = file.name.replace(/[\\/\u0000-\u001f"]/g, '_').slice(-150) || `file.${kind}`
  return { key, kind, mimeType: MIME[kind], size: bytes.length, sha256: sha256Hex(bytes), originalName: safeName }
}

export type StoredUpload = Awaited<ReturnType<typeof storeUpload>>

export async function recordUpload(tx: Tx, ownerId: string, u: StoredUpload) {
  return tx.storedFile.create({
    data: { ownerId, storageKey: u.key, originalName: u.originalName, mimeType: u.mimeType, sizeBytes: u.size, sha256: u.sha256 },
    select: { id: true, originalName: true, sizeBytes: true, mimeType: true },
  })
}

export async function discardUpload(u: StoredUpload | undefined) {
  if (u) await (await storage()).remove(u.key).catch(() => {})
}
