// Next outside Next, for tests that call server actions directly: the request-bound modules
// (the viewer, the language, next/cache, next/headers) answer from `request` instead of a real
// request. `vi.mock` must still be called in each test file, so each file passes these
// factories to it:
//
//   vi.mock('../../lib/request/viewer', async () => (await import('../support/next-request')).viewerModule())
//
// and sets `request.viewer` / `request.cookies` before a call. The module is loaded once per
// test file, so the factories and the test share one `request`.
import type { Viewer } from '../../lib/auth/viewer'
import { can, type Permission } from '../../lib/auth/permissions'

export const request = {
  viewer: null as Viewer | null,
  cookies: new Map<string, string>(),
  /** The schema the last runAction/runPublicAction call was given. */
  schema: null as unknown,
}

export async function viewerModule() {
  const { notFound, redirect } = await import('next/navigation')
  return {
    getViewer: async () => request.viewer,
    requireViewer: async () => request.viewer ?? redirect('/sign-in'),
    requirePermission: async (permission: Permission) => {
      const v = request.viewer ?? redirect('/sign-in')
      if (!can(v, permission)) notFound()
      return v
    },
  }
}

/** Every page and action in English. */
export async function i18nModule() {
  const { dictionaries: d } = await import('../../lib/i18n/messages')
  return { getLocale: async () => 'en', getMessages: async () => d.en, getI18n: async () => ({ locale: 'en', m: d.en }) }
}

/** Revalidation does nothing outside Next; cached functions run every time. */
export function cacheModule() {
  const noop = () => {}
  return {
    revalidatePath: noop,
    revalidateTag: noop,
    updateTag: noop,
    refresh: noop,
    unstable_cache: <T>(fn: T) => fn,
    unstable_noStore: noop,
  }
}

export function headersModule() {
  return {
    cookies: async () => ({
      get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name)! } : undefined),
      getAll: () => [...request.cookies].map(([name, value]) => ({ name, value })),
      has: (name: string) => request.cookies.has(name),
      set: (name: string, value: string) => void request.cookies.set(name, value),
      delete: (name: string) => void request.cookies.delete(name),
    }),
    headers: async () => new Headers({ 'x-forwarded-for': '203.0.113.7', host: 'daftar.test' }),
  }
}

type ActionModule = typeof import('../../lib/request/action')

/** The real wrappers, unchanged; they only note which schema the action validates with, so a
 * test can build forms from the action's own fields. */
export function actionModule(real: ActionModule): ActionModule {
  return {
    ...real,
    runAction: ((fd, schema, fn, opts) => {
      request.schema = schema
      return real.runAction(fd, schema, fn, opts)
    }) as ActionModule['runAction'],
    runPublicAction: ((fd, schema, fn) => {
      request.schema = schema
      return real.runPublicAction(fd, schema, fn)
    }) as ActionModule['runPublicAction'],
  }
}
