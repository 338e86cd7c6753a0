// What names an application in a blind cycle: a short reference instead of the person, and
// for an uploaded file a name made from that reference (people name a CV after themselves).
// The one rule for which questions blind reviewers never see is here too.
import type { FieldType } from '@prisma/client'

/**
 * Whether reviewers of a blind cycle never see a question's answers (on the review page, in
 * their export, as a file): staff marked it personal or identifying, or it asks for a link,
 * which names the person more often than not (github.example/zakir-rehman).
 */
export function hiddenInBlindReview(f: { type: FieldType; personal: boolean }) {
  return f.personal || f.type === 'URL'
}

/** A short reference that names an application without naming the person. */
export const applicationRef = (id: string) => id.slice(0, 8).toUpperCase()

/** The file's name as a blind reviewer sees it: "<ref>-<question><.ext>". */
export function blindFileName(applicationId: string, fieldKey: string, originalName: string) {
  const ext = /\.[a-z0-9]{1,8}$/i.exec(originalName)?.[0].toLowerCase() ?? ''
  return `${applicationRef(applicationId)}-${fieldKey}${ext}`
}
