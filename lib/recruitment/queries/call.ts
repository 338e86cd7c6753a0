// Reads of a cycle's call: the staff configuration view, the public call page, and the
// form an applicant fills in.
import 'server-only'
import { getDb } from '../../server/db'
import { assertCan } from '../../auth/policy'
import { notFound } from '../../server/errors'
import type { Viewer } from '../../auth/viewer'
import { readOptions } from '../answers'
import { readRules } from '../eligibility'
import { identifyingAnswerCounts } from './identifying'
import { callCycleSelect } from './selects'
import { nextMoment, publicCached } from '../../server/public-cache'

const fieldSelect = {
  id: true,
  key: true,
  type: true,
  labelEn: true,
  labelUr: true,
  helpEn: true,
  helpUr: true,
  required: true,
  personal: true,
  options: true,
  position: true,
} as const

function withOptions<T extends { options: unknown }>(fields: T[]) {
  return fields.map((f) => ({ ...f, options: readOptions(f.options) }))
}

export async function getCallConfig(viewer: Viewer, cycleId: string) {
  assertCan(viewer, 'call:configure')
  const db = await getDb()
  const c = await db.cycle.findUnique({
    where: { id: cycleId },
    select: {
      ...callCycleSelect,
      callDescription: true,
      callDescriptionUr: true,
      eligibilityRules: true,
      formFields: { orderBy: { position: 'asc' }, select: fieldSelect },
      rubric: {
        orderBy: { position: 'asc' },
        select: { id: true, name: true, nameUr: true, description: true, weight: true, anchors: true },
      },
    },
  })
  if (!c) throw notFound()
  const [scoredReviews, identifyingAnswers] = await Promise.all([
    db.review.count({ where: { status: 'SUBMITTED', application: { cycleId } } }),
    // Only a blind cycle hides anything from reviewers: only then is there something to warn about.
    c.blindReview ? identifyingAnswerCounts(db, cycleId) : Promise.resolve({}),
  ])
  return {
    ...c,
    formFields: withOptions(c.formFields),
    rules: readRules(c.eligibilityRules),
    rubric: c.rubric.map((r) => ({ ...r, anchors: (r.anchors ?? {}) as Record<string, string> })),
    rubricLocked: scoredReviews > 0,
    /** Question key -> submitted answers that carry a name, an email address or a link. */
    identifyingAnswers: identifyingAnswers as Record<string, number>,
  }
}
export type CallConfig = Awaited<ReturnType<typeof getCallConfig>>

/**
 * The public page of a programme's call: the programme, its cycle open now (or the next one
 * to open) and the questions, so people can prepare before signing up. No personal data.
 * Cached per process until the call's data changes or a cycle opens or closes
 * (lib/server/public-cache.ts).
 */
export function getPublicCall(slug: string) {
  return publicCached(`call:${slug}`, (now) => loadPublicCall(slug, now))
}

async function loadPublicCall(slug: string, now: Date) {
  const db = await getDb()
  const programme = await db.programme.findFirst({
    where: { slug, archivedAt: null },
    select: {
      id: true,
      slug: true,
      name: true,
      nameUr: true,
      description: true,
      descriptionUr: true,
      kind: true,
      durationMonths: true,
      stipendPkr: true,
    },
  })
  if (!programme) throw notFound()
  const base = { programmeId: programme.id, status: 'RECRUITING' as const, archivedAt: null }
  const cycleSelect = {
    id: true,
    name: true,
    applicationsOpenAt: true,
    applicationsCloseAt: true,
    callDescription: true,
    callDescriptionUr: true,
    targetFellowCount: true,
    formFields: {
      orderBy: { position: 'asc' as const },
      select: { id: true, key: true, type: true, labelEn: true, labelUr: true, helpEn: true, helpUr: true, required: true, options: true },
    },
  }
  const [open, recruiting] = await Promise.all([
    db.cycle.findFirst({
      where: { ...base, applicationsOpenAt: { lte: now }, applicationsCloseAt: { gt: now } },
      orderBy: { applicationsCloseAt: 'asc' },
      select: cycleSelect,
    }),
    // Every moment at which this page's answer changes by itself: a cycle opening or closing.
    db.cycle.findMany({ where: base, select: { id: true, name: true, applicationsOpenAt: true, applicationsCloseAt: true } }),
  ])
  const upcoming = open
    ? null
    : (recruiting
        .filter((c) => c.applicationsOpenAt && c.applicationsOpenAt > now)
        .sort((a, b) => a.applicationsOpenAt!.getTime() - b.applicationsOpenAt!.getTime())
        .map((c) => ({ id: c.id, name: c.name, applicationsOpenAt: c.applicationsOpenAt! }))[0] ?? null)
  return {
    value: { programme, open: open ? { ...open, formFields: withOptions(open.formFields) } : null, upcoming },
    changesAt: nextMoment(
      now,
      recruiting.flatMap((c) => [c.applicationsOpenAt, c.applicationsCloseAt]),
    ),
  }
}
