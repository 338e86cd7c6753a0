// Next.js configuration. The database drivers stay outside the bundle: PGlite loads its
// WebAssembly from its package folder and Prisma's query compiler does the same.
/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter', '@prisma/client', '.prisma/client', '@prisma/adapter-pg', 'pg', 'bcryptjs', 'nodemailer'],
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
    serverActions: { bodySizeLimit: '12mb' },
  },
  async headers() {
    const prod = process.env.NODE_ENV === 'production'
    const security = [
      { key: 'X-Content-Type-Options', value: 'nosniff' },
      { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
      { key: 'X-Frame-Options', value: 'DENY' },
      { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
      {
        key: 'Content-Security-Policy',
        value: [
          "default-src 'self'",
          // Next's inline bootstrap scripts need 'unsafe-inline' without a nonce-based setup;
          // see SECURITY.md. No third-party script sources are allowed.
          `script-src 'self' 'unsafe-inline'${prod ? '' : " 'unsafe-eval'"}`,
          "style-src 'self' 'unsafe-inline'",
          "img-src 'self' data: blob:",
          "font-src 'self'",
          "connect-src 'self'",
          "frame-ancestors 'none'",
          "base-uri 'self'",
          "form-action 'self'",
          "object-src 'none'",
        ].join('; '),
      },
      ...(prod && process.env.DAFTAR_HSTS !== 'off' ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }] : []),
    ]
    return [{ source: '/:path*', headers: security }]
  },
}

module.exports = nextConfig
