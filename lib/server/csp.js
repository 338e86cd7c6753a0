// The Content-Security-Policy of Daftar's responses, shared by proxy.ts (pages, with a
// per-request nonce) and next.config.js (downloads, the auth API and robots.txt, without one).
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

module.exports = { contentSecurityPolicy }
