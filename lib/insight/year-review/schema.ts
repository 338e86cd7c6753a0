// The year in review: staff-written paragraphs around figures composed from the data.
import { z } from 'zod'
import { int, optionalText, text, uuid, version } from '../../validation'
import { localText } from '../../i18n/local-text'

export const NARRATIVE_SECTIONS = ['intro', 'recruitment', 'placement', 'impact', 'closing'] as const
export type NarrativeSection = (typeof NARRATIVE_SECTIONS)[number]

/** Each section in English and, optionally, Urdu. */
export type Narrative = Partial<Record<NarrativeSection, { en?: string; ur?: string }>>

const paragraph = () => optionalText(4000)

export const saveYearReviewSchema = z.object({
  year: int(2000, 2100),
  title: text(150),
  titleUr: optionalText(150),
  // Absent when the report is written for the first time.
  version: z.preprocess((v) => (v === '' ? undefined : v), version().optional()),
  intro: paragraph(),
  introUr: paragraph(),
  recruitment: paragraph(),
  recruitmentUr: paragraph(),
  placement: paragraph(),
  placementUr: paragraph(),
  impact: paragraph(),
  impactUr: paragraph(),
  closing: paragraph(),
  closingUr: paragraph(),
})
export type SaveYearReviewInput = z.infer<typeof saveYearReviewSchema>

const listOf = (v: unknown) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v.filter((x) => x !== '') : [v])

export const publishYearReviewSchema = z.object({
  year: int(2000, 2100),
  version: version(),
  publish: z.enum(['publish', 'unpublish'], { error: 'errors.invalidChoice' }),
  /** The administrators listed on the confirmation: the only ones told it went out. */
  notifyIds: z.preprocess(listOf, z.array(uuid()).max(200, { error: 'errors.tooBig' })).optional(),
})
export type PublishYearReviewInput = z.infer<typeof publishYearReviewSchema>

export function narrativeFrom(input: SaveYearReviewInput): Narrative {
  const out: Narrative = {}
  for (const s of NARRATIVE_SECTIONS) {
    const en = input[s]
    const ur = input[`${s}Ur` as const]
    if (en || ur) out[s] = { ...(en ? { en } : {}), ...(ur ? { ur } : {}) }
  }
  return out
}

const stored = z.object({ en: z.string().optional(), ur: z.string().optional() })
/** Reads the stored JSON, dropping anything that is not a section of text. */
export function parseNarrative(json: unknown): Narrative {
  const out: Narrative = {}
  if (!json || typeof json !== 'object') return out
  for (const s of NARRATIVE_SECTIONS) {
    const r = stored.safeParse((json as Record<string, unknown>)[s])
    if (r.success && (r.data.en || r.data.ur)) out[s] = r.data
  }
  return out
}

/** A section in the reader's language, falling back to the other one. */
export function sectionText(n: Narrative, s: NarrativeSection, locale: 'en' | 'ur'): string | undefined {
  const t = n[s]
  return localText(locale, t?.en, t?.ur) || undefined
}

/** A year from a URL segment, or null: four digits within the range reports can cover. */
export function parseYear(v: string | undefined): number | null {
  if (!v || !/^\d{4}$/.test(v)) return null
  const y = Number(v)
  return y >= 2000 && y <= 2100 ? y : null
}
