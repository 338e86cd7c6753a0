// What the proxy answers itself (security probe 2, items 4 and 6): a path Next cannot decode
// is the not-found page under the pages' policy (a download or API path, a plain 400), never a
// bare 500; a form post over the request size limit gets a page that says the limit.
import { describe, expect, it } from 'vitest'
import { NextRequest } from 'next/server'
import { proxy } from '../../proxy'
import { isDecodablePath, tooLargePage } from '../../lib/server/proxy-answers'

const at = (path: string, init?: ConstructorParameters<typeof NextRequest>[1]) =>
  proxy(new NextRequest(`http://localhost:3000${path}`, init))

describe('a path with malformed percent-encoding', () => {
  it('is recognised, and a well-formed one is not', () => {
    for (const p of ['/calls/%ff', '/programmes/%C0%AF', '/open-data/%ff', '/reports/%ff/markdown', '/x/%', '/x/%e2%82'])
      expect(isDecodablePath(p), p).toBe(false)
    for (const p of ['/calls/tech-nih', '/programmes/%00', '/staff/people', '/x/%20y', '/%D8%A7']) expect(isDecodablePath(p), p).toBe(true)
  })

  it('on a page, renders the not-found page with a nonce policy', async () => {
    for (const p of ['/calls/%ff', '/programmes/%C0%AF', '/open-data/%ff', '/reports/%ff/markdown', '/staff/cycles/%ff']) {
      const res = await at(p)
      expect(res.headers.get('x-middleware-rewrite'), p).toBe('http://localhost:3000/_not-found-malformed-url')
      expect(res.headers.get('content-security-policy'), p).toMatch(/script-src 'self' 'nonce-/)
    }
  })

  it('on a download or the API, is a plain 400 (their policy comes from next.config.js)', async () => {
    for (const p of ['/files/%ff', '/api/auth/%ff']) {
      const res = await at(p)
      expect(res.status, p).toBe(400)
      expect(res.headers.get('content-security-policy'), p).toBeNull()
    }
  })

  it('leaves well-formed downloads and API calls alone, without a page policy', async () => {
    for (const p of ['/files/0b4f0a4e-7a43-4c55-8c1d-5a1f6a2c9e11', '/api/auth/session']) {
      const res = await at(p)
      expect(res.headers.get('x-middleware-next'), p).toBe('1')
      expect(res.headers.get('content-security-policy'), p).toBeNull()
    }
  })
})

describe('a form post over the request size limit', () => {
  const post = (path: string, length: number, headers: Record<string, string> = {}) =>
    at(path, {
      method: 'POST',
      headers: { 'content-length': String(length), 'content-type': 'multipart/form-data; boundary=x', ...headers },
    })

  it('gets a page in the reader’s language that says the limit, with the policy', async () => {
    const res = await post('/fellow/deliverables/0b4f0a4e-7a43-4c55-8c1d-5a1f6a2c9e11', 30 * 1024 * 1024, {
      referer: 'http://localhost:3000/fellow/deliverables/0b4f0a4e-7a43-4c55-8c1d-5a1f6a2c9e11',
    })
    expect(res.status).toBe(413)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/)
    const html = await res.text()
    expect(html).toContain('This upload is too large')
    expect(html).toContain('up to 25 MB at once, and each file can be up to 10 MB')
    expect(html).toContain('href="/fellow/deliverables/0b4f0a4e-7a43-4c55-8c1d-5a1f6a2c9e11"')
    const ur = await post('/apply/cycles/x', 30 * 1024 * 1024, { cookie: 'daftar_locale=ur' })
    const urHtml = await ur.text()
    expect(urHtml).toContain('<html lang="ur" dir="rtl">')
    expect(urHtml).toContain('یہ اپ لوڈ بہت بڑا ہے')
  })

  it('under the limit, or a GET, goes on to the page', async () => {
    expect((await post('/fellow/deliverables/x', 20 * 1024 * 1024)).status).not.toBe(413)
    expect((await at('/programmes', { headers: { 'content-length': String(30 * 1024 * 1024) } })).status).not.toBe(413)
  })

  it('links back only to a page of this site', () => {
    const page = (referer: string | null) =>
      tooLargePage({
        locale: undefined,
        referer,
        origin: 'http://localhost:3000',
        limitBytes: 25 * 1024 * 1024,
        fileLimitBytes: 10 * 1024 * 1024,
      })
    expect(page('https://evil.example/x')).toContain('href="/"')
    expect(page('http://localhost:3000//evil.example')).toContain('href="/"')
    expect(page(null)).toContain('href="/"')
    expect(page('http://localhost:3000/apply?x="><script>')).not.toContain('<script>')
  })
})
