// Previous/next links that keep the current filters in the URL.
import Link from '@/components/ui/link'
import { format } from '@/lib/i18n/define'
import type { Messages } from '@/lib/i18n/messages'

export function Pagination({
  page,
  pageCount,
  basePath,
  params,
  m,
}: {
  page: number
  pageCount: number
  basePath: string
  params: Record<string, string | undefined>
  m: Messages
}) {
  if (pageCount <= 1) return null
  const href = (p: number) => {
    const q = new URLSearchParams()
    for (const [k, v] of Object.entries(params)) if (v) q.set(k, v)
    q.set('page', String(p))
    return `${basePath}?${q.toString()}`
  }
  return (
    <nav aria-label={format(m.common.pageOf, { page, pages: pageCount })} className="mt-4 flex items-center gap-4 text-sm">
      {page > 1 ? (
        <Link href={href(page - 1)} className="font-medium text-emerald-800 underline">
          {m.common.previous}
        </Link>
      ) : null}
      <span className="text-slate-700">{format(m.common.pageOf, { page, pages: pageCount })}</span>
      {page < pageCount ? (
        <Link href={href(page + 1)} className="font-medium text-emerald-800 underline">
          {m.common.next}
        </Link>
      ) : null}
    </nav>
  )
}

export function pageFrom(v: string | string[] | undefined) {
  const n = Number(Array.isArray(v) ? v[0] : v)
  return Number.isInteger(n) && n > 0 && n < 100_000 ? n : 1
}
