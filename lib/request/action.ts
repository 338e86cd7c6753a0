// The one shape every server action returns, and the wrapper that gives it: load the viewer,
// validate the form with zod, run the domain function, and turn any failure into a message
// beside the field or the form. No stack trace or database error ever reaches a user.
import 'server-only'
import { unstable_rethrow } from 'next/navigation'
import type { z } from 'zod'
import { getMessages } from '../i18n/server'
import { translateKey } from '../i18n/translate'
import type { Messages } from '../i18n/messages'
import { formToObject } from '../validation'
import { AppError, isUniqueViolation } from '../server/errors'
import { getViewer, type Viewer } from './viewer'
import { can, type Permission } from '../auth/permissions'

export type { ActionState }
import { echoedValues, type ActionState } from '../server/action-state'

export const initialActionState: ActionState = { ok: false }

type Issue = z.core.$ZodIssue

export function issueMessage(m: Messages, issue: Issue): string {
  const i = issue as Issue & { minimum?: number | bigint; maximum?: number | bigint; origin?: string; input?: unknown }
  const vars = { min: String(i.minimum ?? ''), max: String(i.maximum ?? '') }
  if (issue.message?.startsWith('errors.')) {
    let key = issue.message
    // One key serves strings and numbers: pick the wording by what was checked.
    if (key === 'errors.tooLong' && i.origin === 'number') key = 'errors.tooBig'
    if (key === 'errors.tooShort' && i.origin === 'number') key = 'errors.tooSmall'
    return translateKey(m, key, vars)
  }
  switch (issue.code) {
    case 'invalid_type':
      return i.input === undefined || i.input === null || i.input === '' ? m.errors.required : m.errors.invalid
    case 'too_small':
      return translateKey(m, i.origin === 'string' ? 'errors.tooShort' : 'errors.tooSmall', vars)
    case 'too_big':
      return translateKey(m, i.origin === 'string' ? 'errors.tooLong' : 'errors.tooBig', vars)
    case 'invalid_value':
      return m.errors.invalidChoice
    default:
      return m.errors.invalid
  }
}

export function fieldErrorsFrom(m: Messages, error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {}
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join('.') : '_form'
    out[key] ??= issueMessage(m, issue)
  }
  return out
}

/**
 * Fields holding a NUL character: PostgreSQL stores none in text or JSON, so one would fail
 * the write as a 500. Checked on the raw form, so fields the domain reads itself (answers,
 * scores) are covered too; a NUL in a field's name goes to the form.
 */
export function nulFieldErrors(m: Messages, raw: Record<string, unknown>): Record<string, string> | undefined {
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(raw)) {
    if (key.includes('\0')) out._form = m.errors.controlCharacter
    else if ([value].flat().some((v) => typeof v === 'string' && v.includes('\0'))) out[key] = m.errors.controlCharacter
  }
  return Object.keys(out).length ? out : undefined
}

/** Refusals after which the person corrects what they typed (not "forbidden" or "not found"). */
const CORRECTABLE = new Set(['INVALID', 'STALE', 'CONFLICT', 'DUPLICATE', 'CLOSED', 'RATE_LIMITED'])

function withValues(state: ActionState, e: unknown, formData: FormData): ActionState {
  if (!(e instanceof AppError) || !CORRECTABLE.has(e.code)) return state
  const values = echoedValues(formData)
  return values ? { ...state, values } : state
}

/** The form parsed with the schema, or the errors to show beside its fields. */
function parseForm<S extends z.ZodType>(m: Messages, formData: FormData, schema: S): { data: z.output<S> } | { refused: ActionState } {
  const raw = formData instanceof FormData ? formToObject(formData) : {}
  const parsed = schema.safeParse(raw)
  const nul = nulFieldErrors(m, raw)
  if (parsed.success && !nul) return { data: parsed.data }
  const fieldErrors = { ...(parsed.success ? {} : fieldErrorsFrom(m, parsed.error)), ...nul }
  const values = echoedValues(formData)
  return { refused: { ok: false, fieldErrors, formError: fieldErrors._form, ...(values ? { values } : {}) } }
}

export function errorState(m: Messages, e: unknown): ActionState {
  if (e instanceof AppError) {
    const fieldErrors = e.fieldErrors
      ? Object.fromEntries(Object.entries(e.fieldErrors).map(([k, v]) => [k, translateKey(m, v, e.vars)]))
      : undefined
    return { ok: false, formError: translateKey(m, e.messageKey ?? `errors.${e.code.toLowerCase()}`, e.vars), fieldErrors }
  }
  if (isUniqueViolation(e)) return { ok: false, formError: m.errors.duplicate }
  console.error('[action] unexpected error', e)
  return { ok: false, formError: m.errors.unexpected }
}

interface Options {
  /** Refused as "forbidden" before the form is read unless the viewer holds it. */
  permission?: Permission
}

/**
 * Runs a form action. `fn` gets the viewer and the parsed input; it may return a success
 * message key or an ActionState of its own, and may call redirect().
 */
export async function runAction<S extends z.ZodType>(
  formData: FormData,
  schema: S,
  fn: (viewer: Viewer, input: z.output<S>) => Promise<void | string | Partial<ActionState>>,
  opts: Options = {},
): Promise<ActionState> {
  const m = await getMessages()
  try {
    const viewer = await getViewer()
    if (!viewer) return { ok: false, formError: m.errors.forbidden }
    if (opts.permission && !can(viewer, opts.permission)) return { ok: false, formError: m.errors.forbidden }
    const form = parseForm(m, formData, schema)
    if ('refused' in form) return form.refused
    const out = await fn(viewer, form.data)
    if (typeof out === 'string') return { ok: true, message: translateKey(m, out), at: Date.now() }
    return { ok: true, at: Date.now(), ...(out ?? {}) }
  } catch (e) {
    unstable_rethrow(e)
    return withValues(errorState(m, e), e, formData)
  }
}

/** For actions open to anonymous visitors (sign-up, password reset). */
export async function runPublicAction<S extends z.ZodType>(
  formData: FormData,
  schema: S,
  fn: (input: z.output<S>) => Promise<void | string | Partial<ActionState>>,
): Promise<ActionState> {
  const m = await getMessages()
  try {
    const form = parseForm(m, formData, schema)
    if ('refused' in form) return form.refused
    const out = await fn(form.data)
    if (typeof out === 'string') return { ok: true, message: translateKey(m, out), at: Date.now() }
    return { ok: true, at: Date.now(), ...(out ?? {}) }
  } catch (e) {
    unstable_rethrow(e)
    return withValues(errorState(m, e), e, formData)
  }
}
