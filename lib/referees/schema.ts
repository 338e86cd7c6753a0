// Forms of referees and letters, shared by the pages and their actions.
import { z } from 'zod'
import { checkbox, email, int, optionalText, text, uuid, version } from '../validation'

/** The most referees a call may ask for. */
export const REFEREES_MAX = 5
/** Letters are long, but not books. */
export const LETTER_MAX_CHARS = 20_000
/** Uploaded letters: PDF or Word, never images of a page (a letter is text). */
export const LETTER_FILE_KINDS = ['pdf', 'docx'] as const

const refereeFields = { name: text(120), email: email(), relation: text(200) }

export const addRefereeSchema = z.object({ applicationId: uuid(), ...refereeFields })
export type AddRefereeInput = z.infer<typeof addRefereeSchema>

export const replaceRefereeSchema = z.object({ refereeId: uuid(), ...refereeFields })
export type ReplaceRefereeInput = z.infer<typeof replaceRefereeSchema>

export const resendRefereeSchema = z.object({ refereeId: uuid() })
export type ResendRefereeInput = z.infer<typeof resendRefereeSchema>

export const refereesRequiredSchema = z.object({ cycleId: uuid(), version: version(), refereesRequired: int(0, REFEREES_MAX) })
export type RefereesRequiredInput = z.infer<typeof refereesRequiredSchema>

/** The referee's form: the link's token (a hidden field) and the letter's text; the file is read beside it. */
export const letterSchema = z.object({
  token: z.string({ error: 'errors.required' }).min(1).max(200),
  letterText: optionalText(LETTER_MAX_CHARS),
})
export type LetterInput = z.infer<typeof letterSchema>

export const redactionSchema = z.object({
  refereeId: uuid(),
  version: version(),
  redactedText: optionalText(LETTER_MAX_CHARS),
  release: checkbox(),
})
export type RedactionInput = z.infer<typeof redactionSchema>
