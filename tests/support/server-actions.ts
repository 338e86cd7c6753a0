// Every server action and route handler of app/, found on disk so a new one is covered without
// editing a list, and how to call them outside Next. The forms a crafted call sends are in
// crafted-forms.ts, what a call changed in table-digests.ts.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { z } from 'zod'
import type { ActionState } from '../../lib/server/action-state'
import { settleAfterResponse } from '../../lib/server/after-response'

export const ROOT = path.resolve(import.meta.dirname, '../..')

function walk(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name).split(path.sep).join('/')],
  )
}

/** The URL a file under app/ serves: route groups dropped, dynamic segments kept. */
export function routeOf(file: string): string {
  const segments = file
    .split('/')
    .slice(1, -1)
    .filter((s) => !/^\(.*\)$/.test(s))
  return '/' + segments.join('/')
}

/** Files under app/ whose first statement is the 'use server' directive. */
export function serverActionFiles(): string[] {
  return walk('app')
    .filter((f) => /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f))
    .filter((f) => /^\s*(['"])use server\1/.test(stripLeadingComments(readFileSync(path.join(ROOT, f), 'utf8'))))
    .sort()
}

function stripLeadingComments(src: string) {
  return src.replace(/^(\s*(\/\/[^\n]*\n|\/\*[\s\S]*?\*\/))*/, '')
}

/** Names of the exported async functions, read from the source text. */
export function exportedAsyncNames(file: string): string[] {
  const src = readFileSync(path.join(ROOT, file), 'utf8')
  const names = [...src.matchAll(/^export\s+async\s+function\s+(\w+)/gm), ...src.matchAll(/^export\s+const\s+(\w+)\s*=\s*async\b/gm)].map(
    (m) => m[1],
  )
  return names.sort()
}

/** One server action: where it lives, and the function (its schema is learnt by calling it). */
export interface DiscoveredAction {
  /** file#export, e.g. app/(app)/review/actions.ts#saveReviewAction */
  id: string
  file: string
  name: string
  route: string
  fn: AnyAction
  schema?: z.ZodType
}

/** Every exported async function of every 'use server' file, imported (through the test's mocks). */
export async function discoverActions(): Promise<DiscoveredAction[]> {
  const found: DiscoveredAction[] = []
  for (const file of serverActionFiles()) {
    const mod = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>
    for (const name of exportedAsyncNames(file))
      found.push({ id: `${file}#${name}`, file, name, route: routeOf(file), fn: mod[name] as AnyAction })
  }
  return found
}

export const routeHandlerFiles = () =>
  walk('app')
    .filter((f) => /\/route\.(ts|tsx)$/.test(f))
    .sort()

export const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const

// ------------------------------------------------------------------------------------------
// Calling an action

export type AnyAction = (...args: unknown[]) => Promise<unknown>

export interface Outcome {
  /** The ActionState returned, or a synthetic one for a redirect. */
  state: ActionState | undefined
  redirectedTo?: string
  /** Anything else thrown: what a user would see as a 500. */
  thrown?: unknown
}

const digestOf = (e: unknown) =>
  typeof e === 'object' && e !== null && typeof (e as { digest?: unknown }).digest === 'string' ? (e as { digest: string }).digest : ''

/**
 * Calls an action as React would: (prevState, formData), (formData) or (). A redirect() is a
 * success (it is how create actions finish); notFound() is a refusal.
 */
export async function callAction(fn: AnyAction, fd: FormData): Promise<Outcome> {
  try {
    const args = fn.length >= 2 ? [{ ok: false }, fd] : fn.length === 1 ? [fd] : []
    const state = (await fn(...args)) as ActionState | undefined
    return { state }
  } catch (e) {
    const digest = digestOf(e)
    if (digest.startsWith('NEXT_REDIRECT')) return { state: { ok: true }, redirectedTo: digest.split(';')[2] }
    if (digest.startsWith('NEXT_HTTP_ERROR_FALLBACK;404') || digest === 'NEXT_NOT_FOUND')
      return { state: { ok: false, formError: 'notFound()' } }
    return { state: undefined, thrown: e }
  } finally {
    // What the action left for after its response (mail) is part of the call: it is done
    // before the caller compares the tables.
    await settleAfterResponse()
  }
}
