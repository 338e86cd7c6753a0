// Presentational building blocks: headers, cards, badges, tables, empty states.
import Link from '@/components/ui/link'
import { buttonClass } from './styles'

export function PageHeader({
  title,
  description,
  actions,
}: {
  title: React.ReactNode
  description?: React.ReactNode
  actions?: React.ReactNode
}) {
  return (
    <div className="mb-6 flex flex-wrap items-start justify-between gap-4">
      <div>
        {/* Titles and descriptions are often a record's name or carry one: isolated, a plain
            string as a whole (an Urdu one stays right to left). */}
        <h1 className="text-2xl font-bold text-slate-900">{typeof title === 'string' ? <bdi>{title}</bdi> : title}</h1>
        {description ? (
          <p className="mt-1 max-w-3xl text-slate-700">{typeof description === 'string' ? <bdi>{description}</bdi> : description}</p>
        ) : null}
      </div>
      {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
    </div>
  )
}

/** `title`: a plain string is isolated as a whole; names inside a sentence come as elements (<UserText>). */
export function Card({ title, children, className }: { title?: React.ReactNode; children: React.ReactNode; className?: string }) {
  return (
    <section className={`rounded-lg border border-slate-300 bg-white p-5 shadow-sm ${className ?? ''}`}>
      {title ? (
        <h2 className="mb-3 text-lg font-semibold text-slate-900">{typeof title === 'string' ? <bdi>{title}</bdi> : title}</h2>
      ) : null}
      {children}
    </section>
  )
}

const tones = {
  neutral: 'bg-slate-100 text-slate-800 ring-slate-300',
  good: 'bg-emerald-50 text-emerald-900 ring-emerald-300',
  warn: 'bg-amber-50 text-amber-900 ring-amber-300',
  bad: 'bg-red-50 text-red-800 ring-red-300',
  info: 'bg-sky-50 text-sky-900 ring-sky-300',
} as const

export function Badge({ children, tone = 'neutral' }: { children: React.ReactNode; tone?: keyof typeof tones }) {
  return (
    <span className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${tones[tone]}`}>
      {children}
    </span>
  )
}

export function LinkButton({
  href,
  children,
  variant = 'primary',
}: {
  href: string
  children: React.ReactNode
  variant?: keyof typeof buttonClass
}) {
  return (
    <Link href={href} className={buttonClass[variant]}>
      {children}
    </Link>
  )
}

export function Table({
  caption,
  headers,
  children,
  captionHidden = true,
}: {
  caption: string
  headers: React.ReactNode[]
  children: React.ReactNode
  captionHidden?: boolean
}) {
  return (
    // Wide tables scroll inside this box on a phone; `relative` keeps absolutely placed
    // descendants (screen-reader-only text in a cell) inside it too, not widening the page.
    // A named, focusable region, so a keyboard can scroll it sideways (WCAG 2.1.1).
    <div className="relative overflow-x-auto rounded-lg border border-slate-300 bg-white" role="region" aria-label={caption} tabIndex={0}>
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className={captionHidden ? 'sr-only' : 'px-4 py-2 text-start font-semibold'}>{caption}</caption>
        <thead className="bg-slate-50">
          <tr>
            {headers.map((h, i) => (
              <th key={i} scope="col" className="px-4 py-2 text-start font-semibold text-slate-800">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">{children}</tbody>
      </table>
    </div>
  )
}

/** A cell; a plain string in it (a name, a title: usually typed by someone) is direction-isolated. */
export function Td({ children, className }: { children?: React.ReactNode; className?: string }) {
  return (
    <td className={`px-4 py-2 align-top text-slate-800 ${className ?? ''}`}>
      {typeof children === 'string' ? <bdi>{children}</bdi> : children}
    </td>
  )
}

export function EmptyState({ children }: { children: React.ReactNode }) {
  return <p className="rounded-lg border border-dashed border-slate-400 bg-white p-6 text-center text-slate-700">{children}</p>
}

export function Stat({ label, value, href }: { label: string; value: React.ReactNode; href?: string }) {
  const inner = (
    <>
      <dt className="text-sm text-slate-700">{label}</dt>
      <dd className="mt-1 text-2xl font-bold text-slate-900">{value}</dd>
    </>
  )
  return (
    <div className="rounded-lg border border-slate-300 bg-white p-4">
      {href ? (
        <Link href={href} className="block hover:underline">
          <dl>{inner}</dl>
        </Link>
      ) : (
        <dl>{inner}</dl>
      )}
    </div>
  )
}

export function DefinitionList({ items }: { items: [string, React.ReactNode][] }) {
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-2">
      {items.map(([k, v]) => (
        <div key={k}>
          <dt className="text-sm text-slate-600">{k}</dt>
          <dd className="text-slate-900">{typeof v === 'string' ? <bdi>{v}</bdi> : v}</dd>
        </div>
      ))}
    </dl>
  )
}
