// The Content-Security-Policy of Daftar's responses, shared by proxy.ts (pages, with a
// per-request nonce), next.config.js (the auth API and robots.txt, without one) and downloads
// (the strict sandbox policy below, set by lib/files/download.ts and next.config.js alike).
// With a nonce, a script runs only if it carries it, and what it loads is trusted through
// 'strict-dynamic'. Styles keep 'unsafe-inline': React writes style attributes (the
// dashboard's bar widths), and a style cannot run code. Plain CommonJS so that
// next.config.js can require it.

/** @param {{ nonce?: string, production: boolean }} o */
function contentSecurityPolicy(o) {
  const scripts = o.nonce ? `'self' 'nonce-${o.nonce}' 'strict-dynamic'` : "'self'"
  return [
    "default-src 'self'",
    // Development's fast refresh evaluates code; production never does.
    `script-src ${scripts}${o.production ? '' : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ')
}

/**
 * A stored file: nothing in it may load or run anything, even if a browser renders it. Set by
 * the download itself and by next.config.js for every /files response: a policy from
 * next.config.js replaces the one a route handler sets, so both must say the same.
 */
const DOWNLOAD_POLICY = "default-src 'none'; sandbox"

module.exports = { contentSecurityPolicy, DOWNLOAD_POLICY }
