// Helpers for pages: a domain NOT_FOUND becomes Next's 404 page.
import 'server-only'
import { notFound } from 'next/navigation'
import { AppError } from './errors'

export async function orNotFound<T>(p: Promise<T>): Promise<T> {
  try {
    return await p
  } catch (e) {
    if (e instanceof AppError && (e.code === 'NOT_FOUND' || e.code === 'FORBIDDEN')) notFound()
    throw e
  }
}

export function firstParam(v: string | string[] | undefined): string | undefined {
  const s = Array.isArray(v) ? v[0] : v
  return s && s.length <= 200 ? s : undefined
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
export function uuidParam(v: string | string[] | undefined): string | undefined {
  const s = firstParam(v)
  return s && UUID.test(s) ? s : undefined
}
