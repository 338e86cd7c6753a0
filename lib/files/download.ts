// Serving a stored file safely: always as an attachment, never sniffed by the browser.
import { storage } from './storage'
import { DOWNLOAD_POLICY } from '../server/csp'

export async function fileResponse(f: { storageKey: string; mimeType: string; originalName: string }) {
  const bytes = await (await storage()).get(f.storageKey)
  const ascii = f.originalName.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '')
  return new Response(bytes as unknown as BodyInit, {
    headers: {
      'Content-Type': f.mimeType,
      'Content-Length': String(bytes.length),
      'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(f.originalName)}`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
      'Content-Security-Policy': DOWNLOAD_POLICY,
    },
  })
}
