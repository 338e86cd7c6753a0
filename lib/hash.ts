// SHA-256 as hex, the one way the app fingerprints text and bytes: stored files, emailed-link
// tokens, migrations, backups and S3 request signatures.
import { createHash } from 'node:crypto'

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}
