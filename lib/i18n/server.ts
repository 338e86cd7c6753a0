// The viewer's language for this request (cookie, else English) and its messages.
import 'server-only'
import { cache } from 'react'
import { cookies } from 'next/headers'
import { defaultLocale, isLocale, LOCALE_COOKIE, type Locale } from './config'
import { dictionaries } from './messages'

export const getLocale = cache(async (): Promise<Locale> => {
  const v = (await cookies()).get(LOCALE_COOKIE)?.value
  return isLocale(v) ? v : defaultLocale
})

export async function getMessages() {
  return dictionaries[await getLocale()]
}

export async function getI18n() {
  const locale = await getLocale()
  return { locale, m: dictionaries[locale] }
}
