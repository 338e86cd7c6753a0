// Where uploaded files live: local disk under UPLOAD_DIR by default. A storage driver has
// three operations so an S3-compatible driver can replace it (lib/files/s3.ts when configured).
import { randomUUID } from 'node:crypto'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { env } from '../env'
import type { StorageDriver } from './driver'

function localDriver(root: string): StorageDriver {
  const full = (key: string) => {
    const p = path.resolve(root, key)
    // Keys are generated, but never let one escape the upload folder.
    if (!p.startsWith(path.resolve(root) + path.sep)) throw new Error('bad storage key')
    return p
  }
  return {
    async put(key, bytes) {
      const p = full(key)
      await mkdir(path.dirname(p), { recursive: true })
      await writeFile(p, bytes, { flag: 'wx' })
    },
    async get(key) {
      return new Uint8Array(await readFile(full(key)))
    },
    async remove(key) {
      await rm(full(key), { force: true })
    },
  }
}

let override: StorageDriver | undefined

/** Tests swap in their own driver. */
export function setStorageDriver(d: StorageDriver | undefined) {
  override = d
}

export async function storage(): Promise<StorageDriver> {
  if (override) return override
  const e = env()
  if (e.S3_ENDPOINT && e.S3_BUCKET) {
    const { s3Driver } = await import('./s3')
    return s3Driver()
  }
  return localDriver(e.UPLOAD_DIR)
}

export function newStorageKey(kind: string) {
  const d = new Date()
  return `${d.getUTCFullYear()}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${randomUUID()}.${kind}`
}
