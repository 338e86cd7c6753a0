// What an audit row may not carry: the content of work its author has been promised is
// private until submitted (a fellow's progress update, a reviewer's unsubmitted scores).
// Only metadata stays: lengths and counts, next to ids, status and period that the rows
// already hold. Applied when a row is written and again when rows are read, so rows
// written before this rule show no draft text either.

/** Text fields of an entity that an audit row records only by length (or count, for lists). */
const PRIVATE_FIELDS: Record<string, readonly string[]> = {
  // `reason`: why the fellow corrected it, as private as the text it explains.
  ProgressUpdate: ['accomplishments', 'blockers', 'nextSteps', 'links', 'reason'],
}
/** Fields that are private only while the action saves a draft. */
const DRAFT_FIELDS: Record<string, readonly string[]> = {
  'review.save': ['scores'],
}

function measure(v: unknown): number | null {
  if (typeof v === 'string') return v.length
  if (Array.isArray(v)) return v.length
  return null
}

/** The snapshot with private fields replaced by `<field>Length` (text) or `<field>Count` (lists). */
export function redactAuditSnapshot(entityType: string, action: string, value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value
  const fields = [...(PRIVATE_FIELDS[entityType] ?? []), ...(DRAFT_FIELDS[action] ?? [])]
  if (!fields.some((f) => f in value)) return value
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) {
    if (!fields.includes(k)) out[k] = v
    else if (Array.isArray(v)) out[`${k}Count`] = v.length
    else out[`${k}Length`] = measure(v) ?? 0
  }
  return out
}
