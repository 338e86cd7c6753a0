// Signing in as a user the way a browser does (next-auth's CSRF token, then the credentials
// callback), and reading a server-rendered form so the benchmark can post it as a browser
// without JavaScript would: the hidden fields carry the server action's id and state.
export class SignInError extends Error {}

function cookiesOf(res: Response): string[] {
  return res.headers.getSetCookie().map((c) => c.split(';')[0])
}

/** Returns the Cookie header of a signed-in session. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`)
  const { csrfToken } = (await csrf.json()) as { csrfToken: string }
  const jar = cookiesOf(csrf)
  const res = await fetch(`${base}/api/auth/callback/password`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.join('; ') },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
  })
  const all = [...jar, ...cookiesOf(res)]
  const session = all.find((c) => /^(__Secure-)?next-auth\.session-token=/.test(c))
  if (!session) throw new SignInError(`could not sign in as ${email} (status ${res.status})`)
  return all.filter((c) => !c.startsWith('next-auth.callback-url')).join('; ')
}

const attr = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1]
const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

export interface FoundForm {
  url: string
  /** Hidden inputs (including React's $ACTION_ fields) and the form's other named fields. */
  hidden: [string, string][]
  fields: string[]
}

/** The first <form> on the page that has a field with this name. */
export function findForm(html: string, url: string, fieldName: string): FoundForm | null {
  for (const m of html.matchAll(/<form\b[^>]*>([\s\S]*?)<\/form>/g)) {
    const inner = m[1]
    const tags = [...inner.matchAll(/<(input|textarea|select)\b[^>]*>/g)].map((t) => t[0])
    const names = tags
      .map((t) => attr(t, 'name'))
      .filter((n): n is string => !!n)
      .map(unescape)
    if (!names.includes(fieldName)) continue
    const hidden = tags
      .filter((t) => attr(t, 'type') === 'hidden' && attr(t, 'name'))
      .map((t): [string, string] => [unescape(attr(t, 'name')!), unescape(attr(t, 'value') ?? '')])
    return { url, hidden, fields: names }
  }
  return null
}

/**
 * Follows links from a start page (same area, two levels) to the first page with a form
 * that has the field: the route layout of a domain can change without touching the bench.
 */
export async function discoverForm(base: string, cookie: string, start: string, fieldName: string): Promise<FoundForm | null> {
  const seen = new Set<string>()
  let frontier = [start]
  for (let depth = 0; depth < 3 && frontier.length; depth++) {
    const next: string[] = []
    for (const path of frontier) {
      if (seen.has(path) || seen.size > 60) continue
      seen.add(path)
      const res = await fetch(base + path, { headers: { cookie }, redirect: 'manual' })
      if (res.status !== 200) continue
      const html = await res.text()
      const form = findForm(html, path, fieldName)
      if (form) return form
      for (const l of html.matchAll(/href="(\/[^"#?]*)"/g)) if (l[1].startsWith(start) && !seen.has(l[1])) next.push(l[1])
    }
    frontier = next
  }
  return null
}

/** A multipart body with a fixed boundary, as a browser would post the form. */
export function multipart(parts: [string, string][]): { body: string; contentType: string } {
  const boundary = '----DaftarBench7MA4YWxkTrZu0gW'
  const body =
    parts.map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`).join('') + `--${boundary}--\r\n`
  return { body, contentType: `multipart/form-data; boundary=${boundary}` }
}
