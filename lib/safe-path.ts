// Where to send someone after signing in, changing language or verifying an email comes from
// the URL (`?next=`), so it must stay on this site. Browsers read "/\evil.example" and
// "/<tab>/evil.example" as "//evil.example", another site, so checking for a leading "//" is
// not enough.
const BASE = 'http://daftar.invalid'

/** A path on this site as written: one leading "/", no second "/" or "\\" after it, nothing a
 * browser drops or reads as a slash. */
function looksLocal(p: string): boolean {
  return p.startsWith('/') && !p.startsWith('//') && !/[\u0000-\u001f\u007f\\]/.test(p)
}

/** The path (with its query and fragment) when `p` is a path on this site, else null. The
 * decision is made on the normalised result, which is what is returned and followed:
 * "/.//evil.example" is written like a local path but normalises to "//evil.example". */
export function localPath(p: unknown): string | null {
  if (typeof p !== 'string' || p.length === 0 || p.length > 2000 || !looksLocal(p)) return null
  try {
    const u = new URL(p, BASE)
    if (u.origin !== BASE) return null
    const out = u.pathname + u.search + u.hash
    return looksLocal(out) && new URL(out, BASE).origin === BASE ? out : null
  } catch {
    return null
  }
}
