// Words for placement shown in either language: bilingual fields, ordinals ("2nd" / "دوسری"),
// and the one-line explanation of how a fellow came to be placed where they are.
import type { Reason } from './matching'
import type { Messages } from '../i18n/messages'
import type { Locale } from '../i18n/config'
import { format } from '../i18n/define'
import { localText } from '../i18n/local-text'

// "Choice" (ترجیح) is feminine in Urdu, so these are the feminine ordinals.
const URDU_ORDINALS = ['پہلی', 'دوسری', 'تیسری', 'چوتھی', 'پانچویں', 'چھٹی', 'ساتویں', 'آٹھویں', 'نویں', 'دسویں']

export function ordinal(locale: Locale, n: number): string {
  if (locale === 'ur') return URDU_ORDINALS[n - 1] ?? `${n}ویں`
  const tens = n % 100
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')
  return `${n}${suffix}`
}

/** How a placement (or its absence) came about, stored with the placement as JSON. */
export type PlacementReason =
  | { kind: 'first-choice' }
  | { kind: 'placed-lower'; rank: number; fullRanks: number[]; declinedRanks: number[] }
  | { kind: 'unplaced'; reason: 'no-preferences' | 'all-full' | 'all-unacceptable' | 'mixed' }
  | { kind: 'removed' }
  | { kind: 'manual'; rank: number | null }
  | { kind: 'transfer'; rank: number | null; fromTitle: string; fromTitleUr: string | null }

/** Turns the matcher's reason (project ids) into ranks, which read the same in any language. */
export function reasonFromMatch(reason: Reason, prefs: readonly string[]): PlacementReason {
  if (reason.kind !== 'placed-lower') return reason
  const rankOf = (id: string) => prefs.indexOf(id) + 1
  return {
    kind: 'placed-lower',
    rank: reason.rank,
    fullRanks: reason.fullerChoices.map(rankOf).filter((r) => r > 0),
    declinedRanks: reason.unacceptableAt.map(rankOf).filter((r) => r > 0),
  }
}

export function parseReason(s: string | null | undefined): PlacementReason | null {
  if (!s) return null
  try {
    const v = JSON.parse(s) as PlacementReason
    return v && typeof v === 'object' && typeof v.kind === 'string' ? v : null
  } catch {
    return null
  }
}

function joinList(locale: Locale, t: Messages['placement']['explain'], items: string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(t.comma)}${t.and}${items[items.length - 1]}`
}

function choices(locale: Locale, t: Messages['placement']['explain'], ranks: number[]): string {
  const list = joinList(
    locale,
    t,
    ranks.map((r) => ordinal(locale, r)),
  )
  return format(ranks.length > 1 ? t.choiceMany : t.choiceOne, { n: list })
}

/** E.g. "1st choice full: placed at 2nd" / "پہلی ترجیح میں جگہ نہیں تھی: دوسری ترجیح پر تعیناتی". */
export function explainReason(m: Messages, locale: Locale, reason: PlacementReason | null): string {
  const t = m.placement.explain
  if (!reason) return ''
  switch (reason.kind) {
    case 'first-choice':
      return t.firstChoice
    case 'placed-lower': {
      const parts: string[] = []
      if (reason.fullRanks.length) parts.push(format(t.full, { choices: choices(locale, t, reason.fullRanks) }))
      if (reason.declinedRanks.length) parts.push(format(t.declined, { choices: choices(locale, t, reason.declinedRanks) }))
      const placed = format(t.placedAt, { rank: ordinal(locale, reason.rank) })
      return parts.length ? `${parts.join(t.semicolon)}: ${placed}` : placed
    }
    case 'unplaced':
      return t.unplaced[reason.reason]
    case 'removed':
      return t.removed
    case 'manual':
      return reason.rank ? format(t.manual, { rank: ordinal(locale, reason.rank) }) : t.manualUnranked
    case 'transfer':
      return format(t.transfer, { project: localText(locale, reason.fromTitle, reason.fromTitleUr) })
  }
}

/** A stored explanation: ours are JSON; older or imported rows may hold plain text, shown as is. */
export function explainStored(m: Messages, locale: Locale, stored: string | null | undefined): string {
  if (!stored) return ''
  const reason = parseReason(stored)
  return reason ? explainReason(m, locale, reason) : stored
}
