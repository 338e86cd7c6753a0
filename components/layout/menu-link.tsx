'use client'
// A header link that is also in the phone Menu (a <details>): it closes the Menu on the way, as
// the navigation's links do, or the page it opens stays covered (a client navigation keeps the
// header as it was). Without JavaScript the new page comes with the Menu closed anyway.
import Link from '@/components/ui/link'
import type { ComponentProps } from 'react'

export function MenuLink(props: ComponentProps<typeof Link>) {
  return <Link {...props} onClick={(e) => e.currentTarget.closest('details')?.removeAttribute('open')} />
}
