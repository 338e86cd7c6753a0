// Turns an errors.* key (as thrown by schemas and domain code) into the viewer's language.
import { format } from './define'
import type { Messages } from './messages'

export function translateKey(m: Messages, key: string | undefined, vars: Record<string, string | number> = {}): string {
  if (!key) return m.errors.unexpected
  const parts = key.split('.')
  let cur: unknown = m
  for (const p of parts) cur = (cur as Record<string, unknown> | undefined)?.[p]
  if (typeof cur === 'string') return format(cur, vars)
  // Not a key: already a message (e.g. from a nested schema), shown as is.
  return parts.length === 1 || key.includes(' ') ? key : m.errors.invalid
}
