// Placement forms: project proposals and their review, the preference window, rankings by
// fellows and departments, and staff's matching, hand adjustment, publication, transfer and end.
import { z } from 'zod'
import { checkbox, int, karachiDate, lines, optionalText, text, uuid, version } from '../validation'

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v)
const optionalUuid = () => z.preprocess(blankToUndefined, uuid().optional())

const projectFields = {
  title: optionalText(200),
  titleUr: optionalText(200),
  problemStatement: optionalText(4000),
  problemStatementUr: optionalText(4000),
  expectedOutcomes: optionalText(4000),
  skillsNeeded: z.preprocess((v) => v ?? '', lines(20, 100)),
  seats: int(1, 50),
  focalContactId: optionalUuid(),
  // Which button was pressed: keep a draft, or send it to staff for approval.
  intent: z.preprocess(blankToUndefined, z.enum(['draft', 'submit']).default('draft')),
}

/** A proposal may be written in English, Urdu or both, but each part in at least one. */
function oneLanguageAtLeast(
  v: { title?: string; titleUr?: string; problemStatement?: string; problemStatementUr?: string },
  ctx: z.RefinementCtx,
) {
  if (!v || typeof v !== 'object') return
  if (!v.title && !v.titleUr) ctx.addIssue({ code: 'custom', path: ['title'], message: 'errors.projectTitleNeeded' })
  if (!v.problemStatement && !v.problemStatementUr) {
    ctx.addIssue({ code: 'custom', path: ['problemStatement'], message: 'errors.problemStatementNeeded' })
  }
}

// `when` runs the check even when another field failed, so every problem shows at once.
const always = { when: () => true }
export const createProjectSchema = z.object({ ...projectFields, cycleId: uuid() }).superRefine(oneLanguageAtLeast, always)
export const updateProjectSchema = z.object({ ...projectFields, id: uuid(), version: version() }).superRefine(oneLanguageAtLeast, always)

export const reviewProjectSchema = z
  .object({
    id: uuid(),
    version: version(),
    decision: z.enum(['approve', 'return'], { error: 'errors.invalidChoice' }),
    note: optionalText(2000),
  })
  .superRefine((v, ctx) => {
    // A returned proposal must say what to change, or the department cannot act on it.
    if (v.decision === 'return' && !v.note) ctx.addIssue({ code: 'custom', path: ['note'], message: 'errors.returnNoteNeeded' })
  })

export const preferenceWindowSchema = z
  .object({ cycleId: uuid(), version: version(), opensAt: karachiDate(), closesAt: karachiDate(), notifyFellows: checkbox() })
  .superRefine((v, ctx) => {
    if (v.closesAt <= v.opensAt) ctx.addIssue({ code: 'custom', path: ['closesAt'], message: 'errors.closeBeforeOpen' })
  })

export const REASON_MAX = 300
const UUID_IN_KEY = '([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})'
const RANK_KEY = new RegExp(`^rank_${UUID_IN_KEY}$`, 'i')
const PREF_KEY = new RegExp(`^pref_${UUID_IN_KEY}$`, 'i')

/** Marks every field holding a rank that another field also holds. */
function flagRepeatedRanks(entries: { key: string; rank: number }[], ctx: z.RefinementCtx) {
  const seen = new Map<number, number>()
  for (const e of entries) seen.set(e.rank, (seen.get(e.rank) ?? 0) + 1)
  for (const e of entries) {
    if (seen.get(e.rank)! > 1) ctx.addIssue({ code: 'custom', path: [e.key], message: 'errors.rankUsedTwice' })
  }
}

function readRank(value: unknown, max: number): number | null | 'bad' {
  if (value === undefined || value === null || value === '') return null
  const n = Number(value)
  return Number.isInteger(n) && n >= 1 && n <= max ? n : 'bad'
}

/**
 * The fellow's form: `rank_<projectId>` (blank = not ranked) and `reason_<projectId>` per
 * project. Ranks are kept in the order given and renumbered 1, 2, 3… so a skipped number
 * does not leave a hole the fellow never meant.
 */
export const fellowPreferencesSchema = z.looseObject({ fellowshipId: uuid() }).transform((raw, ctx) => {
  const entries: { key: string; projectId: string; rank: number; reason?: string }[] = []
  for (const [key, value] of Object.entries(raw)) {
    const match = RANK_KEY.exec(key)
    if (!match) continue
    const rank = readRank(value, 50)
    if (rank === 'bad') ctx.addIssue({ code: 'custom', path: [key], message: 'errors.invalidChoice' })
    if (rank === null || rank === 'bad') continue
    const projectId = match[1].toLowerCase()
    const reasonKey = `reason_${match[1]}`
    const reasonRaw = raw[reasonKey]
    const reason = typeof reasonRaw === 'string' && reasonRaw.trim() ? reasonRaw.trim() : undefined
    if (reason && reason.length > REASON_MAX) {
      ctx.addIssue({
        code: 'too_big',
        maximum: REASON_MAX,
        origin: 'string',
        inclusive: true,
        path: [reasonKey],
        message: 'errors.tooLong',
      })
    }
    entries.push({ key, projectId, rank, reason })
  }
  flagRepeatedRanks(entries, ctx)
  const choices = [...entries]
    .sort((a, b) => a.rank - b.rank)
    .map((e, i) => ({ projectId: e.projectId, rank: i + 1, reason: e.reason, field: e.key }))
  return { fellowshipId: raw.fellowshipId, choices }
})

export type PartnerChoice = 'acceptable' | 'unacceptable' | number

/** The department's form: `pref_<fellowshipId>` = "acceptable" | "unacceptable" | a rank. */
export const partnerPreferencesSchema = z.looseObject({ projectId: uuid() }).transform((raw, ctx) => {
  const entries: { key: string; fellowshipId: string; choice: PartnerChoice }[] = []
  for (const [key, value] of Object.entries(raw)) {
    const match = PREF_KEY.exec(key)
    if (!match) continue
    const fellowshipId = match[1].toLowerCase()
    if (value === 'acceptable' || value === 'unacceptable' || value === '' || value === undefined) {
      entries.push({ key, fellowshipId, choice: value === 'unacceptable' ? 'unacceptable' : 'acceptable' })
      continue
    }
    const rank = readRank(value, 500)
    if (rank === 'bad' || rank === null) ctx.addIssue({ code: 'custom', path: [key], message: 'errors.invalidChoice' })
    else entries.push({ key, fellowshipId, choice: rank })
  }
  flagRepeatedRanks(
    entries.flatMap((e) => (typeof e.choice === 'number' ? [{ key: e.key, rank: e.choice }] : [])),
    ctx,
  )
  return { projectId: raw.projectId, entries: entries.map(({ fellowshipId, choice, key }) => ({ fellowshipId, choice, field: key })) }
})

export const runMatchingSchema = z.object({
  cycleId: uuid(),
  proposing: z.preprocess(blankToUndefined, z.enum(['fellow', 'project'], { error: 'errors.invalidChoice' }).default('fellow')),
})

export const adjustPlacementSchema = z.object({
  runId: uuid(),
  fellowshipId: uuid(),
  // Blank leaves the fellow unplaced in this proposal.
  projectId: optionalUuid(),
  confirm: checkbox(),
})

export const publishPlacementsSchema = z.object({ runId: uuid(), confirm: checkbox() }).superRefine((v, ctx) => {
  if (!v.confirm) ctx.addIssue({ code: 'custom', path: ['confirm'], message: 'errors.confirmPublish' })
})

export const transferPlacementSchema = z.object({
  placementId: uuid(),
  version: version(),
  projectId: uuid(),
  reason: text(1000),
  confirm: checkbox(),
})

export const endPlacementSchema = z.object({ placementId: uuid(), version: version(), reason: text(1000) })

export const cycleIdSchema = z.object({ cycleId: uuid() })

const listOf = (v: unknown) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v.filter((x) => x !== '') : [v])

/** A confirmed email to fellows about the window (announce) or to rank (remind): the fellows listed. */
export const placementMailSchema = z.object({
  cycleId: uuid(),
  kind: z.enum(['announce', 'remind'], { error: 'errors.invalidChoice' }),
  fellowshipIds: z.preprocess(listOf, z.array(uuid()).min(1, { error: 'errors.noRecipients' }).max(1000, { error: 'errors.tooBig' })),
})

export type CreateProjectInput = z.infer<typeof createProjectSchema>
export type UpdateProjectInput = z.infer<typeof updateProjectSchema>
export type ReviewProjectInput = z.infer<typeof reviewProjectSchema>
export type PreferenceWindowInput = z.infer<typeof preferenceWindowSchema>
/** `field` names the form field a choice came from, so the domain can point at it. */
export interface FellowPreferencesInput {
  fellowshipId: string
  choices: { projectId: string; rank: number; reason?: string; field?: string }[]
}
export interface PartnerPreferencesInput {
  projectId: string
  entries: { fellowshipId: string; choice: PartnerChoice; field?: string }[]
}
export type RunMatchingInput = z.infer<typeof runMatchingSchema>
export type AdjustPlacementInput = z.infer<typeof adjustPlacementSchema>
export type PublishPlacementsInput = z.infer<typeof publishPlacementsSchema>
export type TransferPlacementInput = z.infer<typeof transferPlacementSchema>
export type EndPlacementInput = z.infer<typeof endPlacementSchema>
