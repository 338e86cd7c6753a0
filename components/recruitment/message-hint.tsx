// The hint under a message to applicants: the {name}, {programme} and {cycle} it mentions are
// tokens to type as they are, so they show as code, left to right, in either language.
import type { Locale } from '@/lib/i18n/config'
import { fill } from '@/components/ui/user-text'

const TOKENS = ['name', 'programme', 'cycle'] as const

export function messageHint(text: string, locale: Locale): React.ReactNode {
  return fill(text, Object.fromEntries(TOKENS.map((k) => [k, <code key={k} dir="ltr" className="text-xs">{`{${k}}`}</code>])), locale)
}
