// Staff reads of the year in review: which years can have one, and a year's report with its
// figures (live, as composed now).
import 'server-only'
import { getDb } from '../../server/db'
import { assertCan } from '../../auth/policy'
import type { Viewer } from '../../auth/viewer'
import { karachiYear, num } from '../sql'
import { unsafeComposeYear } from './compose'
import { parseNarrative } from './schema'

const reviewSelect = {
  id: true,
  year: true,
  title: true,
  titleUr: true,
  narrative: true,
  status: true,
  publishedAt: true,
  updatedAt: true,
  version: true,
} as const

/** Every year a cycle started in, and every year with a report, newest first. */
export async function listYearReviews(viewer: Viewer) {
  assertCan(viewer, 'report:manage')
  const db = await getDb()
  const [years, reviews] = await Promise.all([
    db.$queryRaw<{ year: unknown; cycles: unknown }[]>`
      SELECT ${karachiYear('c."startDate"')} AS year, count(*)::int AS cycles FROM "Cycle" c
      WHERE c."startDate" IS NOT NULL AND c."archivedAt" IS NULL GROUP BY 1`,
    db.yearReview.findMany({ select: { year: true, title: true, titleUr: true, status: true, publishedAt: true } }),
  ])
  const cycles = new Map(years.map((y) => [num(y.year), num(y.cycles)]))
  const all = new Set([...cycles.keys(), ...reviews.map((r) => r.year)])
  return [...all]
    .sort((a, b) => b - a)
    .map((year) => ({ year, cycles: cycles.get(year) ?? 0, review: reviews.find((r) => r.year === year) ?? null }))
}

export async function getYearReview(viewer: Viewer, year: number) {
  assertCan(viewer, 'report:manage')
  const db = await getDb()
  const [review, figures] = await Promise.all([
    db.yearReview.findUnique({ where: { year }, select: reviewSelect }),
    unsafeComposeYear(year),
  ])
  return { review: review ? { ...review, narrative: parseNarrative(review.narrative) } : null, figures }
}

export type StaffYearReview = Awaited<ReturnType<typeof getYearReview>>

/** The administrators told when a report is published: every active one but the publisher. */
export function adminsToTell(viewer: Viewer) {
  return { role: 'ADMIN' as const, active: true, id: { not: viewer.userId } }
}

/** Who publishing would email (the confirmation lists them before anything happens). */
export async function listPublishRecipients(viewer: Viewer) {
  assertCan(viewer, 'report:manage')
  const db = await getDb()
  return db.user.findMany({ where: adminsToTell(viewer), orderBy: { name: 'asc' }, select: { id: true, name: true, email: true } })
}
