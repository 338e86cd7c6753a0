// Every route handler of app/, found on disk, and how to call one as Next would: inside a
// request scope, as a given viewer. Used by tests/integration/authz-actions-routes.db.test.ts,
// which mocks the request-bound modules before this module loads the handlers.
import { expect } from 'vitest'
import { NextRequest } from 'next/server'
import { workAsyncStorage } from 'next/dist/server/app-render/work-async-storage.external.js'
import { workUnitAsyncStorage } from 'next/dist/server/app-render/work-unit-async-storage.external.js'
import { RequestCookies } from 'next/dist/server/web/spec-extension/cookies.js'
import path from 'node:path'
import type { Viewer } from '../../lib/auth/viewer'
import { HTTP_METHODS, ROOT, routeHandlerFiles, routeOf } from './server-actions'
import { request as req } from './next-request'
import { tally } from './authz-world'

type Handler = (request: Request, ctx: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>

export const handlers = new Map<string, Handler>()
for (const file of routeHandlerFiles()) {
  const mod = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>
  for (const method of HTTP_METHODS) if (typeof mod[method] === 'function') handlers.set(`${file}#${method}`, mod[method] as Handler)
}

interface Hit {
  status: number
  body: string
  headers: Headers
}

/**
 * Calls a handler as Next would, inside a request scope (next-auth reads the real
 * next/headers). `path` replaces the route's URL when the handler reads it (next-auth).
 */
export async function hit(
  key: string,
  viewer: Viewer | null,
  params: Record<string, string | string[]>,
  init: { body?: BodyInit; headers?: Record<string, string>; path?: string } = {},
): Promise<Hit> {
  const handler = handlers.get(key)
  if (!handler) throw new Error(`no route handler ${key}`)
  const [file, method] = key.split('#')
  const url = routeOf(file).replace(/\[(?:\.\.\.)?(\w+)\]/g, (_, k: string) => [params[k]].flat().map(encodeURIComponent).join('/'))
  const request = new NextRequest(`http://daftar.test${init.path ?? url}`, {
    method,
    body: init.body,
    headers: { host: 'daftar.test', ...init.headers },
  })
  req.viewer = viewer
  tally.routes++
  try {
    const res = await workAsyncStorage.run({ route: routeOf(file) } as never, () =>
      workUnitAsyncStorage.run(
        { type: 'private-cache', phase: 'action', cookies: new RequestCookies(request.headers), headers: request.headers } as never,
        () => handler(request, { params: Promise.resolve(params) }),
      ),
    )
    // Never a 500, whatever the caller sends.
    expect(res.status, `${key} ${request.url} as ${viewer?.role ?? 'anonymous'}`).toBeLessThan(500)
    return { status: res.status, body: await res.text(), headers: res.headers }
  } finally {
    req.viewer = null
  }
}
