// /robots.txt: search engines may index the public pages only. Signed-in areas, file
// downloads and sign-in links are never listed. Static: the benchmark uses it as its floor.
import type { MetadataRoute } from 'next'

export const dynamic = 'force-static'

export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: '*',
      allow: '/',
      disallow: [
        '/staff',
        '/review',
        '/fellow',
        '/partner',
        '/apply',
        '/account',
        '/files',
        '/api',
        '/invite',
        '/referee',
        '/reset-password',
        '/sign-in/link',
        '/verify-email',
      ],
    },
  }
}
