'use server'
// Switches the interface language; the choice persists in a cookie for a year.
import { cookies } from 'next/headers'
import { redirect } from 'next/navigation'
import { isLocale, LOCALE_COOKIE } from '@/lib/i18n/config'
import { localPath } from '@/lib/safe-path'

export async function setLocaleAction(fd: FormData) {
  const locale = fd.get('locale')
  const back = String(fd.get('back') ?? '/')
  if (isLocale(locale)) {
    ;(await cookies()).set(LOCALE_COOKIE, locale, { path: '/', maxAge: 365 * 24 * 3600, sameSite: 'lax', httpOnly: false })
  }
  // Only same-site paths: never an open redirect.
  redirect(localPath(back) ?? '/')
}
