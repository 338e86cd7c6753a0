// The proxy does two things before a page renders:
// 1. A fresh nonce per request and the Content-Security-Policy that allows only scripts carrying
//    it ('strict-dynamic' lets those load the app's own chunks). Next.js reads the policy from
//    the request headers and puts the nonce on every script it writes, so no inline script
//    runs without it: no 'unsafe-inline' for scripts in production.
// 2. Answers two requests itself that Next would answer with a bare 500 and no policy
//    (lib/server/proxy-answers.ts): a path with malformed percent-encoding is not found (the
//    not-found page, with the policy), and a form post over the request size limit gets a page
//    that says the limit (413), with or without JavaScript.
// 3. Redirects only (CONVENTIONS.md, layer 1): anonymous visitors of signed-in areas go to
//    sign-in. Roles are not looked at here: the role in the session cookie is the one at
//    sign-in, and a role changes during a session (an applicant who accepts an offer is a
//    fellow from that moment). Pages check the role the database holds now, and send a
//    signed-in user under another role's prefix to their own home (requirePermission).
import { NextResponse, type NextRequest } from 'next/server'
import { getToken } from 'next-auth/jwt'
import { areaOf } from '@/lib/auth/roles'
import { authSecret } from '@/lib/auth/secret'
import { contentSecurityPolicy } from '@/lib/server/csp'
import { requestBodyLimitBytes } from '@/lib/server/limits'
import { isDecodablePath, isOverBodyLimit, tooLargePage } from '@/lib/server/proxy-answers'
import { LOCALE_COOKIE } from '@/lib/i18n/config'
import { env } from '@/lib/env'

/** Responses the proxy does not write a policy for: their own comes from next.config.js. */
const OWN_POLICY = /^\/(api|files)\//

/** A page, with a fresh nonce and its policy; `rewriteTo` renders another path in its place. */
function withPolicy(req: NextRequest, rewriteTo?: string) {
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(18))))
  const policy = contentSecurityPolicy({ nonce, production: process.env.NODE_ENV === 'production' })
  const headers = new Headers(req.headers)
  headers.set('x-nonce', nonce)
  headers.set('Content-Security-Policy', policy)
  const res = rewriteTo
    ? NextResponse.rewrite(new URL(rewriteTo, req.url), { request: { headers } })
    : NextResponse.next({ request: { headers } })
  res.headers.set('Content-Security-Policy', policy)
  return res
}

/** A path no page has: Next renders the not-found page for it (404). */
const NOT_FOUND_PATH = '/_not-found-malformed-url'

export async function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl
  const ownPolicy = OWN_POLICY.test(pathname)
  if (!isDecodablePath(pathname)) {
    // A download or an API path gets a plain 400 under its own policy; a page, the not-found page.
    return ownPolicy
      ? new NextResponse('Bad request', { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
      : withPolicy(req, NOT_FOUND_PATH)
  }
  const limit = () => requestBodyLimitBytes(env().UPLOAD_MAX_BYTES)
  if (isOverBodyLimit(req.method, req.headers.get('content-length'), limit)) {
    const html = tooLargePage({
      locale: req.cookies.get(LOCALE_COOKIE)?.value,
      referer: req.headers.get('referer'),
      origin: req.nextUrl.origin,
      limitBytes: limit(),
      fileLimitBytes: env().UPLOAD_MAX_BYTES,
    })
    const res = new NextResponse(html, { status: 413, headers: { 'Content-Type': 'text/html; charset=utf-8' } })
    res.headers.set('Content-Security-Policy', contentSecurityPolicy({ production: process.env.NODE_ENV === 'production' }))
    return res
  }
  if (ownPolicy) return NextResponse.next()
  const area = areaOf(pathname)
  if (!area) return withPolicy(req)
  const token = await getToken({ req, secret: authSecret() })
  if (!token?.uid) {
    const url = new URL('/sign-in', req.url)
    url.searchParams.set('next', pathname + search)
    return NextResponse.redirect(url)
  }
  return withPolicy(req)
}

export const config = {
  // Every page, prefetches included: a prefetch (Purpose: prefetch from the browser,
  // next-router-prefetch from the app) gets a whole page, which needs the policy and a nonce
  // like any other. The auth API and downloads pass too, for the checks above only: their
  // policies come from next.config.js. Not the build's static files.
  matcher: ['/((?!_next/static|_next/image|favicon.ico|favicon.svg|robots.txt).*)'],
}
