// Signing in from the browser through next-auth's credentials callback, as next-auth/react's
// signIn(provider, { redirect: false }) does, without loading that library on the page:
// fetch a CSRF token, post the credentials with it, and read the error (a message key) from
// the URL next-auth answers with. The session cookie is set by that response.
export async function credentialsSignIn(
  provider: 'password' | 'link',
  fields: Record<string, string>,
): Promise<{ ok: boolean; error: string | null }> {
  try {
    const csrf = (await (await fetch('/api/auth/csrf')).json()) as { csrfToken: string }
    const res = await fetch(`/api/auth/callback/${provider}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ...fields, csrfToken: csrf.csrfToken, callbackUrl: window.location.href, json: 'true' }),
    })
    const data = (await res.json()) as { url?: string }
    const error = data.url ? new URL(data.url, window.location.href).searchParams.get('error') : 'errors.unexpected'
    return { ok: res.ok && !error, error }
  } catch {
    return { ok: false, error: 'errors.unexpected' }
  }
}
