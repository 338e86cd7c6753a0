// Where to send someone after signing in, changing language or verifying an email comes from
// the URL (`?next=`), so it must stay on this site. Browsers read "/\evil.example" and
// "/<tab>/evil.example" as "//evil.example", another site, so checking for a leading "//" is
// not enough.
const BASE = 'http://daftar.invalid'

/** The path (with its query and fragment) when `p` is a path on this site, else null. */
export function localPath(p: unknown): string | null {
  if (typeof p !== 'string' || p.length === 0 || p.length > 2000) return null
  if (!p.startsWith('/') || p.startsWith('//')) return null
  // Control characters (browsers drop tabs and newlines) and backslashes (read as "/").
  if (/[\u0000-\u001f\u007f\\]/.test(p)) return null
  try {
    const u = new URL(p, BASE)
    return u.origin === BASE ? u.pathname + u.search + u.hash : null
  } catch {
    return null
  }
}
