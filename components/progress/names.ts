// Names of projects, departments and programmes in the viewer's language (Urdu when given).
import type { Locale } from '@/lib/i18n/config'

type Named = { name?: string; title?: string; nameUr?: string | null; titleUr?: string | null }

export function localName(locale: Locale) {
  return (x: Named) => (locale === 'ur' ? (x.titleUr || x.nameUr || x.title || x.name || '') : (x.title ?? x.name ?? ''))
}

/** A metric's unit in the viewer's language, falling back to English. */
export function localUnit(locale: Locale) {
  return (x: { unit: string; unitUr?: string | null }) => (locale === 'ur' && x.unitUr ? x.unitUr : x.unit)
}
