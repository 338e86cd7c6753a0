// Redirects only (CONVENTIONS.md, layer 1): anonymous visitors of signed-in areas go to
// sign-in; a signed-in user under another role's prefix goes to their own home. Pages,
// actions and queries check access again; this is never the check.
import { NextResponse, type NextRequest } from 'next/server'
import { getToken } from 'next-auth/jwt'
import { areaOf, homeFor, mayEnter, type RoleName } from '@/lib/auth/roles'
import { authSecret } from '@/lib/auth/secret'

export async function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl
  const area = areaOf(pathname)
  if (!area) return NextResponse.next()
  const token = await getToken({ req, secret: authSecret() })
  const role = token?.role as RoleName | undefined
  if (!role) {
    const url = new URL('/sign-in', req.url)
    url.searchParams.set('next', pathname + search)
    return NextResponse.redirect(url)
  }
  if (!mayEnter(role, pathname)) return NextResponse.redirect(new URL(homeFor(role), req.url))
  return NextResponse.next()
}

export const config = {
  matcher: ['/staff/:path*', '/review/:path*', '/fellow/:path*', '/partner/:path*', '/apply/:path*', '/account/:path*'],
}
