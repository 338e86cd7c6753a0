// The perimeter headers every response carries (next.config.js), in production and in
// development; the per-request script nonce policy of pages (proxy.ts); and the headers a
// stored file is served with (lib/files/download.ts).
import { afterEach, describe, expect, it } from 'vitest'
import { setStorageDriver } from '../../lib/files/storage'
import { fileResponse } from '../../lib/files/download'
import { NextRequest } from 'next/server'
import { proxy } from '../../proxy'

// next.config.js is CommonJS and reads the environment when headers() runs.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const nextConfig = require('../../next.config.js') as {
  headers(): Promise<{ source: string; headers: { key: string; value: string }[] }[]>
  poweredByHeader: boolean
}

async function headersFor(env: { NODE_ENV: string; DAFTAR_HSTS?: string }, source = '/:path*') {
  const saved = { NODE_ENV: process.env.NODE_ENV, DAFTAR_HSTS: process.env.DAFTAR_HSTS }
  Object.assign(process.env, env)
  if (env.DAFTAR_HSTS === undefined) delete process.env.DAFTAR_HSTS
  try {
    const rules = await nextConfig.headers()
    // Every rule whose source applies, as Next.js merges them.
    const all = rules.filter((r) => r.source === '/:path*' || r.source === source).flatMap((r) => r.headers)
    return Object.fromEntries(all.map((h) => [h.key.toLowerCase(), h.value]))
  } finally {
    Object.assign(process.env, saved)
    if (saved.DAFTAR_HSTS === undefined) delete process.env.DAFTAR_HSTS
  }
}

const directives = (csp: string) =>
  Object.fromEntries(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([k, ...v]) => [k, v]),
  )

describe('security headers on every page', () => {
  it('in production: no framing, HSTS, nosniff, a referrer policy; files and the API get a CSP with no inline script', async () => {
    const h = await headersFor({ NODE_ENV: 'production' }, '/api/:path*')
    const csp = directives(h['content-security-policy'])
    expect(csp['default-src']).toEqual(["'self'"])
    expect(csp['script-src']).toEqual(["'self'"])
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

describe('the policy of pages', () => {
  const page = async (path: string, NODE_ENV = 'production') => {
    const saved = process.env.NODE_ENV
    Object.assign(process.env, { NODE_ENV })
    try {
      return await proxy(new NextRequest(`http://localhost:3000${path}`))
    } finally {
      Object.assign(process.env, { NODE_ENV: saved })
    }
  }

  it('allows only scripts carrying a fresh nonce, never inline or evaluated code', async () => {
    const [a, b] = [await page('/'), await page('/programmes')]
    const csp = directives(a.headers.get('content-security-policy')!)
    const nonce = csp['script-src'].find((s: string) => s.startsWith("'nonce-"))!
    expect(nonce).toMatch(/^'nonce-[A-Za-z0-9+/=]{24}'$/)
    expect(csp['script-src']).toEqual(["'self'", nonce, "'strict-dynamic'"])
    expect(csp['frame-ancestors']).toEqual(["'none'"])
    // Next.js reads the policy and nonce from the request to put the nonce on its scripts.
    expect(`'nonce-${a.headers.get('x-middleware-request-x-nonce')}'`).toBe(nonce)
    expect(a.headers.get('x-middleware-request-content-security-policy')).toBe(a.headers.get('content-security-policy'))
    expect(b.headers.get('content-security-policy')).not.toBe(a.headers.get('content-security-policy'))
  })

  it('still sends an anonymous visitor of a signed-in area to sign in', async () => {
    const res = await page('/staff/people?q=x', 'test')
    expect(res.status).toBe(307)
    expect(res.headers.get('location')).toBe('http://localhost:3000/sign-in?next=%2Fstaff%2Fpeople%3Fq%3Dx')
  })
})

describe('stored files are served as downloads', () => {
  afterEach(() => setStorageDriver(undefined))

  it('as an attachment the browser may not sniff or run, whatever the file contains', async () => {
    const html = new TextEncoder().encode('<script>alert(1)</script>')
    setStorageDriver({ put: async () => {}, get: async () => html, remove: async () => {} })
    const res = await fileResponse({ storageKey: 'k', mimeType: 'text/plain', originalName: 'نتائج "final".txt' })
    // Non-ASCII goes to filename* only; a quote cannot end the header's quoted string.
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="_____ final.txt"; filename*=UTF-8''${encodeURIComponent('نتائج "final".txt')}`,
    )
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('content-type')).toBe('text/plain')
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox")
    expect(res.headers.get('cache-control')).toContain('no-store')
    // next.config.js's policy for /files replaces the download's own: it must be the same one.
    expect((await headersFor({ NODE_ENV: 'production' }, '/files/:path*'))['content-security-policy']).toBe(
      res.headers.get('content-security-policy'),
    )
  })
})
