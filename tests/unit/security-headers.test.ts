// The perimeter headers every response carries (next.config.js), in production and in
// development, and the headers a stored file is served with (lib/files/download.ts).
import { afterEach, describe, expect, it } from 'vitest'
import { setStorageDriver } from '../../lib/files/storage'
import { fileResponse } from '../../lib/files/download'

// next.config.js is CommonJS and reads the environment when headers() runs.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const nextConfig = require('../../next.config.js') as { headers(): Promise<{ source: string; headers: { key: string; value: string }[] }[]>; poweredByHeader: boolean }

async function headersFor(env: { NODE_ENV: string; DAFTAR_HSTS?: string }) {
  const saved = { NODE_ENV: process.env.NODE_ENV, DAFTAR_HSTS: process.env.DAFTAR_HSTS }
  Object.assign(process.env, env)
  if (env.DAFTAR_HSTS === undefined) delete process.env.DAFTAR_HSTS
  try {
    const rules = await nextConfig.headers()
    const all = rules.find((r) => r.source === '/:path*')
    return Object.fromEntries((all?.headers ?? []).map((h) => [h.key.toLowerCase(), h.value]))
  } finally {
    Object.assign(process.env, saved)
    if (saved.DAFTAR_HSTS === undefined) delete process.env.DAFTAR_HSTS
  }
}

const directives = (csp: string) => Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]))

describe('security headers on every page', () => {
  it('in production: CSP without eval, no framing, HSTS, nosniff, a referrer policy', async () => {
    const h = await headersFor({ NODE_ENV: 'production' })
    const csp = directives(h['content-security-policy'])
    expect(csp['default-src']).toEqual(["'self'"])
    expect(csp['script-src']).not.toContain("'unsafe-eval'")
    expect(csp['script-src'].filter((s: string) => s !== "'self'" && s !== "'unsafe-inline'")).toEqual([])
    expect(csp['frame-ancestors']).toEqual(["'none'"])
    expect(csp['object-src']).toEqual(["'none'"])
    expect(csp['form-action']).toEqual(["'self'"])
    expect(csp['base-uri']).toEqual(["'self'"])
    expect(h['strict-transport-security']).toMatch(/max-age=\d{8,}/)
    expect(h['x-frame-options']).toBe('DENY')
    expect(h['x-content-type-options']).toBe('nosniff')
    expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin')
    expect(nextConfig.poweredByHeader).toBe(false)
  })

  it('HSTS is left out in development and where a local run turns it off', async () => {
    expect((await headersFor({ NODE_ENV: 'development' }))['strict-transport-security']).toBeUndefined()
    expect((await headersFor({ NODE_ENV: 'production', DAFTAR_HSTS: 'off' }))['strict-transport-security']).toBeUndefined()
  })
})

describe('stored files are served as downloads', () => {
  afterEach(() => setStorageDriver(undefined))

  it('as an attachment the browser may not sniff or run, whatever the file contains', async () => {
    const html = new TextEncoder().encode('<script>alert(1)</script>')
    setStorageDriver({ put: async () => {}, get: async () => html, remove: async () => {} })
    const res = await fileResponse({ storageKey: 'k', mimeType: 'text/plain', originalName: 'نتائج "final".txt' })
    // Non-ASCII goes to filename* only; a quote cannot end the header's quoted string.
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="_____ final.txt"; filename*=UTF-8''${encodeURIComponent('نتائج "final".txt')}`)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('content-type')).toBe('text/plain')
    expect(res.headers.get('content-security-policy')).toContain('sandbox')
    expect(res.headers.get('cache-control')).toContain('no-store')
  })
})
