// What proxy.ts answers itself, before Next routes a request, for two requests Next would
// otherwise answer with a bare 500 and no security policy:
// - a path Next cannot decode (a malformed percent-encoding such as /calls/%ff or %C0%AF)
//   names no page;
// - a form post larger than one request may carry (lib/server/limits.js) cannot reach its
//   server action; without JavaScript the browser shows this page, which says the limit.
// Plain functions of the request's parts, so they are tested without a server.
import { errors } from '../i18n/messages/errors'
import { format } from '../i18n/define'
import { dirOf, isLocale, type Locale } from '../i18n/config'
import { localPath } from '../safe-path'

/** Whether Next can decode the path: decodeURIComponent refuses malformed percent-encoding. */
export function isDecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname)
    return true
  } catch {
    return false
  }
}

/** A request body over the limit, by its declared length (a browser always declares a form's).
 * The limit is only worked out for a body. */
export function isOverBodyLimit(method: string, contentLength: string | null, limitBytes: () => number): boolean {
  if ((method !== 'POST' && method !== 'PUT' && method !== 'PATCH') || !contentLength) return false
  const n = Number(contentLength)
  return Number.isFinite(n) && n > limitBytes()
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024)

/**
 * The page that explains the size limit, in the reader's language (the language cookie), with
 * a link back to the form when the browser said where it came from on this site.
 */
export function tooLargePage(o: {
  locale: string | undefined
  referer: string | null
  origin: string
  limitBytes: number
  fileLimitBytes: number
}): string {
  const locale: Locale = isLocale(o.locale) ? o.locale : 'en'
  const m = errors[locale]
  let back = '/'
  try {
    const ref = o.referer ? new URL(o.referer) : null
    if (ref && ref.origin === o.origin) back = localPath(ref.pathname + ref.search) ?? '/'
  } catch {
    // Not a URL: back to the start.
  }
  const text = format(m.requestTooLarge, { max: mb(o.limitBytes), fileMax: mb(o.fileLimitBytes) }, locale)
  return `<!DOCTYPE html>
<html lang="${locale}" dir="${dirOf(locale)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(m.requestTooLargeTitle)} · Daftar</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.6; color: #0f172a">
<main>
<h1 style="font-size: 1.5rem">${escapeHtml(m.requestTooLargeTitle)}</h1>
<p>${escapeHtml(text)}</p>
<p><a href="${escapeHtml(back)}" style="color: #065f46; font-weight: 600">${escapeHtml(m.backToForm)}</a></p>
</main>
</body>
</html>
`
}
