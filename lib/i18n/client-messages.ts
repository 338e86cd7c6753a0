// The few shared strings client components read through useMessages() (components/
// i18n-provider.tsx). Only these travel to the browser: the whole `common` and `errors`
// dictionaries were 8.6 KB of every page's React payload, sent on every request in both
// languages; client components used twelve of their strings. A string a client component needs
// from here is added to the list (the type makes any other key a compile error); domain strings
// reach client components as props from their server page.
import type { Messages } from './messages'

const COMMON = ['saving', 'optional', 'tryAgain', 'errorTitle', 'errorBody', 'dismiss', 'checkFields', 'switchTo', 'switchToLabel'] as const
const ERRORS = ['tokenInvalid', 'fileTooLarge', 'filesTooLargeTogether'] as const

export interface ClientMessages {
  common: Pick<Messages['common'], (typeof COMMON)[number]>
  errors: Pick<Messages['errors'], (typeof ERRORS)[number]>
}

function pick<T extends object, K extends keyof T>(from: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, from[k]])) as Pick<T, K>
}

const made = new WeakMap<object, ClientMessages>()

/** The client's share of a language's messages (made once per dictionary). */
export function clientMessages(m: Pick<Messages, 'common' | 'errors'>): ClientMessages {
  let out = made.get(m.common)
  if (!out) made.set(m.common, (out = { common: pick(m.common, COMMON), errors: pick(m.errors, ERRORS) }))
  return out
}
