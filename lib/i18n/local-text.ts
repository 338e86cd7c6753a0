// Words people typed in both languages (a programme's name, a project's title, a question's
// label): which one a viewer reads. One rule everywhere: the viewer's language when that field
// is not blank, else the other language, else ''.
import type { Locale } from './config'

type Maybe = string | null | undefined

const filled = (s: Maybe): s is string => typeof s === 'string' && s.trim() !== ''

/** The viewer's language when given (not blank), else the other one, else ''. */
export function localText(locale: Locale, en: Maybe, ur: Maybe): string {
  const [first, second] = locale === 'ur' ? [ur, en] : [en, ur]
  return filled(first) ? first : filled(second) ? second : ''
}

/** A choice kept as { en, ur } (an answer option, a district), in the viewer's language. */
export function localOption(locale: Locale, o: { en: Maybe; ur: Maybe }): string {
  return localText(locale, o.en, o.ur)
}

type Named = { name?: string; title?: string; nameUr?: string | null; titleUr?: string | null }

/** Names of projects, departments, programmes, cycles and deliverables: `title`/`titleUr` or `name`/`nameUr`. */
export function localName(locale: Locale) {
  return (x: Named) => localText(locale, x.title ?? x.name, x.titleUr ?? x.nameUr)
}

/** A metric's unit in the viewer's language. */
export function localUnit(locale: Locale) {
  return (x: { unit: string; unitUr?: string | null }) => localText(locale, x.unit, x.unitUr)
}
