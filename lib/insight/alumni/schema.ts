// An alumnus's profile: where they went after the fellowship. Every field is optional.
import { z } from 'zod'
import { optionalText } from '../../validation'

/** Stored values (English, as in the seed) and their message keys. */
export const SECTORS = [
  { value: 'Government', key: 'GOVERNMENT' },
  { value: 'Non-profit', key: 'NON_PROFIT' },
  { value: 'Private sector', key: 'PRIVATE' },
  { value: 'Academia', key: 'ACADEMIA' },
  { value: 'Entrepreneurship', key: 'ENTREPRENEURSHIP' },
  { value: 'Other', key: 'OTHER' },
] as const
export type SectorKey = (typeof SECTORS)[number]['key']

export function sectorKey(value: string | null | undefined): SectorKey | null {
  return SECTORS.find((s) => s.value === value)?.key ?? null
}

const LINKEDIN = /^https:\/\/([a-z]{2,3}\.)?linkedin\.com\/[^\s]*$/i

export const alumniProfileSchema = z.object({
  currentRole: optionalText(120),
  organisation: optionalText(150),
  sector: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.enum(SECTORS.map((s) => s.value) as [string, ...string[]], { error: 'errors.invalidChoice' }).optional(),
  ),
  nextStep: optionalText(1000),
  linkedinUrl: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.string().trim().max(300, { error: 'errors.tooLong' }).regex(LINKEDIN, { error: 'errors.linkedinUrl' }).optional(),
  ),
})
export type AlumniProfileInput = z.infer<typeof alumniProfileSchema>
