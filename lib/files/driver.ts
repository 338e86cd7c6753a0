// What a storage driver does: three operations, so the local disk (lib/files/storage.ts) and an
// S3-compatible service (lib/files/s3.ts) can stand in for each other.
export interface StorageDriver {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>
  get(key: string): Promise<Uint8Array>
  remove(key: string): Promise<void>
}
