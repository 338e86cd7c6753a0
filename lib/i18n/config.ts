// Locales Daftar speaks, and how each is written.
export const locales = ['en', 'ur'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'en'
export const LOCALE_COOKIE = 'daftar_locale'

export function isLocale(v: unknown): v is Locale {
  return v === 'en' || v === 'ur'
}

export function dirOf(locale: Locale) {
  return locale === 'ur' ? 'rtl' : 'ltr'
}

/** Intl locale tag; Pakistan's conventions for both languages. */
export function intlTag(locale: Locale) {
  return locale === 'ur' ? 'ur-PK' : 'en-PK'
}

export const TIME_ZONE = 'Asia/Karachi'
