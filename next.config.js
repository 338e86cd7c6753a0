// Next.js configuration. The database drivers stay outside the bundle: PGlite loads its
// WebAssembly from its package folder and Prisma's query compiler does the same.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- next.config.js is CommonJS
const { contentSecurityPolicy, DOWNLOAD_POLICY } = require('./lib/server/csp.js')
// eslint-disable-next-line @typescript-eslint/no-require-imports -- as above
const { requestBodyLimitBytes } = require('./lib/server/limits.js')

// UPLOAD_MAX_BYTES as lib/env.ts reads it. Server actions and the proxy (which buffers a copy
// of each request body, 10 MB unless told otherwise, and cuts the rest) take the same size, so
// an upload over the limit reaches the action and is refused with a message, never cut short.
const bodyLimit = requestBodyLimitBytes(Number(process.env.UPLOAD_MAX_BYTES) || 10 * 1024 * 1024)

/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: [
    '@electric-sql/pglite',
    'pglite-prisma-adapter',
    '@prisma/client',
    '.prisma/client',
    '@prisma/adapter-pg',
    'pg',
    'bcryptjs',
    'nodemailer',
  ],
  poweredByHeader: false,
  // A separate build folder lets several checkouts' browser tests build side by side.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Titles go in <head> with the first byte for every visitor, not streamed in after the page:
  // a screen reader announces the page's title on arrival, and link previews see it too.
  htmlLimitedBots: /.*/,
  // Types are checked by `npm run typecheck` (CI runs it before the build).
  typescript: { ignoreBuildErrors: true },
  typedRoutes: false,
  experimental: {
    serverActions: { bodySizeLimit: bodyLimit },
    proxyClientMaxBodySize: bodyLimit,
  },
  async headers() {
    const prod = process.env.NODE_ENV === 'production'
    const security = [
      { key: 'X-Content-Type-Options', value: 'nosniff' },
      { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
      { key: 'X-Frame-Options', value: 'DENY' },
      { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
      ...(prod && process.env.DAFTAR_HSTS !== 'off'
        ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }]
        : []),
    ]
    // Pages get a per-request policy with a script nonce from proxy.ts; responses the proxy
    // does not see (the auth API, robots.txt) get the same policy without one. A policy set
    // here replaces the one a route handler sets: downloads get their own strict sandbox.
    const fixed = [{ key: 'Content-Security-Policy', value: contentSecurityPolicy({ production: prod }) }]
    return [
      { source: '/:path*', headers: security },
      ...['/api/:path*', '/robots.txt', '/_next/static/:path*'].map((source) => ({ source, headers: fixed })),
      { source: '/files/:path*', headers: [{ key: 'Content-Security-Policy', value: DOWNLOAD_POLICY }] },
      // A referee's letter page: its address is the credential, so no other site is ever sent it as a
      // referrer ('same-origin', not 'no-referrer': a POST under no-referrer says Origin: null, and
      // Next refuses a server action whose origin it cannot match).
      { source: '/referee/:path*', headers: [{ key: 'Referrer-Policy', value: 'same-origin' }] },
    ]
  },
}

module.exports = nextConfig
