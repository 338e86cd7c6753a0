// Forms of the staff-only tools on an application: notes, tags, and one applicant's deadline.
import { z } from 'zod'
import { email, karachiDate, text, uuid } from '../../validation'

export const NOTE_MAX = 4000
export const TAG_MAX_LENGTH = 40
export const TAGS_PER_APPLICATION = 20

/** Letters (any script), digits and single hyphens: "strong-coder", "follow-up", "خواتین". */
const TAG_PATTERN = /^[\p{L}\p{N}]+(-[\p{L}\p{N}]+)*$/u

/**
 * A tag as stored: trimmed, lower-case, runs of spaces or underscores made one hyphen, so
 * "Strong Coder" and "strong-coder" are one tag. Null when nothing usable is left.
 */
export function normaliseTag(raw: string): string | null {
  const t = raw
    .normalize('NFC')
    .trim()
    .toLocaleLowerCase('en')
    .replace(/[\s_]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
  if (!t || t.length > TAG_MAX_LENGTH || !TAG_PATTERN.test(t)) return null
  return t
}

export const addNoteSchema = z.object({ applicationId: uuid(), body: text(NOTE_MAX) })
export type AddNoteInput = z.infer<typeof addNoteSchema>

/** The tag as typed: the mutation tidies it (normaliseTag) and says beside the field if nothing usable is left. */
export const tagSchema = z.object({ applicationId: uuid(), tag: text(TAG_MAX_LENGTH * 2) })
export type TagInput = z.infer<typeof tagSchema>

export const grantExtensionSchema = z.object({
  cycleId: uuid(),
  email: email(),
  until: karachiDate(),
  reason: text(1000),
})
export type GrantExtensionInput = z.infer<typeof grantExtensionSchema>

export const revokeExtensionSchema = z.object({ cycleId: uuid(), userId: uuid() })
export type RevokeExtensionInput = z.infer<typeof revokeExtensionSchema>
