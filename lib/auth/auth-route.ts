// next-auth's own route (/api/auth/*), with what it copies into a redirect checked first.
// next-auth puts the `error` query value (or the segment after /error) into the Location of
// its redirect to the sign-in page unchecked: a NUL byte, a newline or other text a header
// cannot carry made the route fail with an empty 500. Its own codes and the app's message keys
// are letters, digits, dots, hyphens and underscores; anything else is replaced by next-auth's
// generic code ("Default"), or, in a segment of the path or a POST, refused with a 400.
import 'server-only'
import NextAuth from 'next-auth'
import { NextRequest } from 'next/server'
import { authOptions } from './options'

const nextAuth = NextAuth(authOptions) as (req: NextRequest, ctx: RouteContext) => Promise<Response>

type RouteContext = { params: Promise<{ nextauth?: string[] }> }

const SAFE = /^[A-Za-z0-9._-]{1,100}$/

/** Whether next-auth may copy this value into a header. */
export const isSafeAuthValue = (v: string) => SAFE.test(v)

const badRequest = () => new Response('Bad request', { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })

export async function handleAuthRequest(req: NextRequest, ctx: RouteContext): Promise<Response> {
  const segments = (await ctx.params).nextauth ?? []
  if (!segments.every(isSafeAuthValue)) return badRequest()
  const error = req.nextUrl.searchParams.get('error')
  if (error === null || isSafeAuthValue(error)) return nextAuth(req, ctx)
  if (req.method !== 'GET') return badRequest()
  const url = new URL(req.nextUrl)
  url.searchParams.set('error', 'Default')
  return nextAuth(new NextRequest(url, { method: 'GET', headers: req.headers }), ctx)
}
