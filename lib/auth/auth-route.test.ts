// next-auth's own route never fails on what a visitor puts in its URL: an `error` value a
// header cannot carry (GET /api/auth/error?error=%00 was an empty 500) is replaced by the
// generic code before next-auth writes it into the Location of its redirect; a path segment or
// a POST with such a value is refused with a 400 (security probe 2, item 4).
import { describe, expect, it, vi } from 'vitest'
import { NextRequest } from 'next/server'
import { workAsyncStorage } from 'next/dist/server/app-render/work-async-storage.external.js'
import { workUnitAsyncStorage } from 'next/dist/server/app-render/work-unit-async-storage.external.js'
import { RequestCookies } from 'next/dist/server/web/spec-extension/cookies.js'

// next-auth's route reads Next's own request scope, which needs AsyncLocalStorage on
// globalThis before Next's modules load.
await vi.hoisted(async () => {
  ;(globalThis as { AsyncLocalStorage?: unknown }).AsyncLocalStorage ??= (await import('node:async_hooks')).AsyncLocalStorage
  process.env.NEXTAUTH_URL ??= 'http://daftar.test'
})

const route = await import('../../app/api/auth/[...nextauth]/route')

async function call(method: 'GET' | 'POST', path: string) {
  const url = new URL(path, 'http://daftar.test')
  const req = new NextRequest(url, { method, headers: { host: 'daftar.test' } })
  const nextauth = url.pathname.split('/').slice(3).map(decodeURIComponent)
  return workAsyncStorage.run({ route: '/api/auth/[...nextauth]' } as never, () =>
    workUnitAsyncStorage.run(
      { type: 'private-cache', phase: 'action', cookies: new RequestCookies(req.headers), headers: req.headers } as never,
      () => route[method](req, { params: Promise.resolve({ nextauth }) }),
    ),
  )
}

describe('next-auth’s route and what a visitor puts in its URL', () => {
  it('keeps an error code it knows, on its way to the sign-in page', async () => {
    const res = await call('GET', '/api/auth/error?error=errors.rateLimited')
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toBe('/sign-in?error=errors.rateLimited')
  })

  it('replaces an error value a header cannot carry with the generic code, never a 500', async () => {
    for (const error of ['%00', '%0d%0aSet-Cookie:%20x=1', '%ff', 'a%20b', 'x'.repeat(101)]) {
      const res = await call('GET', `/api/auth/error?error=${error}`)
      expect(res.status, error).toBe(302)
      expect(res.headers.get('location'), error).toBe('/sign-in?error=Default')
    }
  })

  it('refuses such a value in a path segment or a POST with a 400', async () => {
    expect((await call('GET', '/api/auth/error/%00')).status).toBe(400)
    expect((await call('POST', '/api/auth/signin?error=%00')).status).toBe(400)
  })
})
