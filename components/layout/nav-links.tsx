'use client'
import Link from '@/components/ui/link'
import { usePathname } from 'next/navigation'
import type { NavItem } from '@/lib/nav'

export function NavLinks({ items, vertical }: { items: NavItem[]; vertical?: boolean }) {
  const pathname = usePathname()
  // The longest matching prefix is the current section.
  const current = items
    .filter((i) => pathname === i.href || pathname.startsWith(i.href + '/'))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href
  return (
    <ul className={vertical ? 'flex flex-col gap-1' : '-mb-px flex flex-wrap gap-1'}>
      {items.map((i) => (
        <li key={i.href}>
          <Link
            href={i.href}
            aria-current={current === i.href ? 'page' : undefined}
            // In the phone Menu (a <details>): close it on the way (without JavaScript the new page comes closed).
            onClick={(e) => e.currentTarget.closest('details')?.removeAttribute('open')}
            className={`${vertical ? 'block border-s-4' : 'inline-block border-b-2'} px-3 py-2 text-sm font-medium ${current === i.href ? 'border-emerald-800 text-emerald-900' : 'border-transparent text-slate-700 hover:border-slate-400 hover:text-slate-900'}`}
          >
            {i.label}
          </Link>
        </li>
      ))}
    </ul>
  )
}
