// Messages are defined per namespace as { en, ur }; the type makes every English string
// exist in Urdu too (a missing or extra Urdu key fails the type check).
import type { Locale } from './config'
import { resolvePlurals } from './plural'

export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> }

export function defineMessages<const E extends Record<string, unknown>>(en: E, ur: Shape<E>) {
  return { en: en as Shape<E>, ur }
}

/** Replaces {name} placeholders, choosing plural forms ({n, plural, one {…} other {…}}) by the language's rules. */
export function format(template: string, vars: Record<string, string | number>, locale: Locale = 'en') {
  return resolvePlurals(template, vars, locale).replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m))
}
