// The proxy does two things before a page renders:
// 1. A fresh nonce per request and the Content-Security-Policy that allows only scripts carrying
//    it ('strict-dynamic' lets those load the app's own chunks). Next.js reads the policy from
//    the request headers and puts the nonce on every script it writes, so no inline script
//    runs without it: no 'unsafe-inline' for scripts in production.
// 2. Redirects only (CONVENTIONS.md, layer 1): anonymous visitors of signed-in areas go to
//    sign-in. Roles are not looked at here: the role in the session cookie is the one at
//    sign-in, and a role changes during a session (an applicant who accepts an offer is a
//    fellow from that moment). Pages check the role the database holds now, and send a
//    signed-in user under another role's prefix to their own home (requireRole).
import { NextResponse, type NextRequest } from 'next/server'
import { getToken } from 'next-auth/jwt'
import { areaOf } from '@/lib/auth/roles'
import { authSecret } from '@/lib/auth/secret'
import { contentSecurityPolicy } from '@/lib/server/csp'

function withPolicy(req: NextRequest) {
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(18))))
  const policy = contentSecurityPolicy({ nonce, production: process.env.NODE_ENV === 'production' })
  const headers = new Headers(req.headers)
  headers.set('x-nonce', nonce)
  headers.set('Content-Security-Policy', policy)
  const res = NextResponse.next({ request: { headers } })
  res.headers.set('Content-Security-Policy', policy)
  return res
}

export async function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl
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
  // Every page (not the build's static files, the auth API or downloads, which carry their
  // policies from next.config.js), prefetches included: a prefetch (Purpose: prefetch from
  // the browser, next-router-prefetch from the app) gets a whole page, which needs the
  // policy and a nonce like any other.
  matcher: ['/((?!_next/static|_next/image|api/|files/|favicon.ico|favicon.svg|robots.txt).*)'],
}
