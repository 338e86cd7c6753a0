// Helpers for pages: a domain NOT_FOUND becomes Next's 404 page; ids, slugs and search
// parameters are read from the URL safely.
import 'server-only'
import { notFound } from 'next/navigation'
import { AppError } from './errors'
import { queryText, SLUG_MAX, SLUG_PATTERN } from '../validation'

export async function orNotFound<T>(p: Promise<T>): Promise<T> {
  try {
    return await p
  } catch (e) {
    if (e instanceof AppError && (e.code === 'NOT_FOUND' || e.code === 'FORBIDDEN')) notFound()
    throw e
  }
}

/** A search parameter's value, or undefined when blank, too long or holding a control character. */
export function firstParam(v: string | string[] | undefined): string | undefined {
  return queryText(v)
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
export function uuidParam(v: string | string[] | undefined): string | undefined {
  const s = firstParam(v)
  return s && UUID.test(s) ? s : undefined
}

/**
 * A record's id from the URL, for every page of one record. An id that is not an id names no
 * record: the page is not found (404), and the database never sees it.
 */
export function idParam(v: string | string[] | undefined): string {
  return uuidParam(v) ?? notFound()
}

/**
 * A programme's slug from the URL, for every public page named by one. A value that cannot be
 * a slug (a NUL byte, other control characters, capitals, spaces, anything over 80 characters)
 * names nothing: the page is not found (404), and the database never sees it.
 */
export function slugParam(v: string | string[] | undefined): string {
  return typeof v === 'string' && v.length <= SLUG_MAX && SLUG_PATTERN.test(v) ? v : notFound()
}
