// Text a person typed (names, titles, update bodies, comments) shown inside a page of
// either direction: isolated so English inside Urdu keeps its full stop and numbers at the
// right end, and Urdu inside English likewise. data-user-text lets the crawl check it.
import { Fragment } from 'react'
import type { Locale } from '@/lib/i18n/config'
import { resolvePlurals } from '@/lib/i18n/plural'
export function UserText({
  children,
  block,
  className,
}: {
  children: React.ReactNode
  /** A paragraph or more (`<div dir="auto">`, aligned by its own language); otherwise inline `<bdi>`. */
  block?: boolean
  className?: string
}) {
  if (children === null || children === undefined || children === '') return null
  if (block) {
    return (
      <div dir="auto" data-user-text="" className={className}>
        {children}
      </div>
    )
  }
  return (
    <bdi data-user-text="" className={className}>
      {children}
    </bdi>
  )
}

/** Names in a row ("a, b"; "a، b" in Urdu), each isolated: joinList for text people typed. */
export function UserTextList({ items, locale }: { items: readonly string[]; locale: Locale }) {
  return items.map((item, i) => (
    <Fragment key={i}>
      {i ? (locale === 'ur' ? '، ' : ', ') : null}
      <UserText>{item}</UserText>
    </Fragment>
  ))
}

/**
 * A message with {placeholders} filled by elements (plural forms chosen first), so a name
 * inside a sentence can be a <UserText>: format() only joins strings.
 */
export function fill(template: string, vars: Record<string, React.ReactNode>, locale: Locale = 'en'): React.ReactNode[] {
  const counts = Object.fromEntries(Object.entries(vars).filter(([, v]) => typeof v === 'number' || typeof v === 'string')) as Record<
    string,
    string | number
  >
  const parts = resolvePlurals(template, counts, locale).split(/\{(\w+)\}/)
  return parts.map((part, i) => (i % 2 === 0 ? part : part in vars ? <Fragment key={i}>{vars[part]}</Fragment> : `{${part}}`))
}
