// The one place that decides which address a request comes from, for the per-IP limits.
//
// Next.js passes the socket's address to the app only as X-Forwarded-For, and only when the
// request carries no such header: a client that writes one is believed. So the header is read
// from as many proxy hops as are trusted (TRUSTED_PROXY_HOPS): each trusted proxy appends the
// address it saw, so the Nth address from the right is the one the outermost trusted proxy
// saw. With no trusted proxy (the default) no address is known, and callers skip their
// per-IP limits rather than key them on text the client chose (SECURITY.md).
import 'server-only'
import { headers } from 'next/headers'
import { env } from '../env'

const ADDRESS = /^[\w.:[\]%-]{1,100}$/

/** The client's address from an X-Forwarded-For value behind `hops` trusted proxies, or null. */
export function clientAddress(forwardedFor: string | null | undefined, hops: number): string | null {
  if (hops <= 0 || !forwardedFor) return null
  const parts = forwardedFor
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  if (parts.length === 0) return null
  // Fewer addresses than trusted hops: the furthest one there is.
  const address = parts[Math.max(0, parts.length - hops)]
  return ADDRESS.test(address) ? address : null
}

type HeaderSource = Headers | Record<string, unknown> | undefined | null

function forwardedForOf(h: HeaderSource): string | undefined {
  if (!h) return undefined
  const v = h instanceof Headers ? h.get('x-forwarded-for') : h['x-forwarded-for']
  if (Array.isArray(v)) return v.join(',')
  return typeof v === 'string' ? v : undefined
}

/** The client's address for a request's headers (a Headers, or next-auth's plain object). */
export function clientIp(h: HeaderSource): string | null {
  return clientAddress(forwardedForOf(h), env().TRUSTED_PROXY_HOPS)
}

/** The client's address of the request being handled (server actions, pages). */
export async function requestIp(): Promise<string | null> {
  return clientIp(await headers())
}
