// Daftar's links: Next.js's <Link> without prefetching (issue 18). By default every link in
// view is prefetched, and each prefetch is a request the server answers: a staff page made 35
// of them after it loaded, a fellow's or a partner's 26-27, the public home 20 (half of them
// render the target's metadata, each about an eighth of a page's work). Every page here is
// rendered per request and none has a loading state to prefetch, so prefetching bought no
// faster navigation; it multiplied the server's work and a phone's data. A link still
// navigates without a full reload. Pass `prefetch` to opt one link back in.
// eslint-disable-next-line no-restricted-imports -- the one place next/link is used
import NextLink from 'next/link'
import type { ComponentProps } from 'react'

export default function Link({ prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />
}
