// Messages are defined per namespace as { en, ur }; the type makes every English string
// exist in Urdu too (a missing or extra Urdu key fails the type check), and every plural
// ("{n, plural, one {…} other {…}}") spell out both forms English and Urdu need.
import type { Locale } from './config'
import { resolvePlurals } from './plural'

export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> }

/**
 * The plural forms each language's rules can choose (CLDR: English and Urdu both have `one`
 * and `other`). A message's plural must give every one of them.
 */
export const PLURAL_FORMS = { en: ['one', 'other'], ur: ['one', 'other'] } as const satisfies Record<Locale, readonly string[]>

type FirstBlock<R extends string> = R extends `${infer B}, plural,${string}` ? B : R
type HasForm<B extends string, F extends string> = B extends `${string} ${F} {${string}` ? true : false
/** True when every plural block of S gives the `one` and `other` forms (a widened string passes). */
export type PluralsComplete<S extends string> = S extends `${string}, plural,${infer Rest}`
  ? HasForm<FirstBlock<Rest>, 'one'> extends true
    ? HasForm<FirstBlock<Rest>, 'other'> extends true
      ? PluralsComplete<Rest>
      : false
    : false
  : true

/** What a message with an incomplete plural is asked to be, so the type error names the problem. */
export interface PluralFormMissing {
  error: 'a plural needs both forms: {n, plural, one {# …} other {# …}}'
}
export interface NotInEnglish {
  error: 'this key has no English message'
}

/** T with each leaf that has an incomplete plural (or, against S, is not a key of S) made unsatisfiable. */
export type Checked<T, S = T> = {
  [K in keyof T]: K extends keyof S
    ? T[K] extends string
      ? PluralsComplete<T[K]> extends true
        ? T[K]
        : PluralFormMissing
      : Checked<T[K], S[K]>
    : NotInEnglish
}

export function defineMessages<const E extends Record<string, unknown>, const U extends Shape<E>>(
  en: E & Checked<E>,
  ur: U & Checked<U, Shape<E>>,
) {
  return { en: en as Shape<E>, ur: ur as Shape<E> }
}

/** Replaces {name} placeholders, choosing plural forms ({n, plural, one {…} other {…}}) by the language's rules. */
export function format(template: string, vars: Record<string, string | number>, locale: Locale = 'en') {
  return resolvePlurals(template, vars, locale).replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m))
}
