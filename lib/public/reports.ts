// Published year-in-review reports. Drafts do not exist for the public: a draft year is "not found".
import 'server-only'
import { getDb } from '../server/db'
import { publicCached } from '../server/public-cache'
import { unsafeComposeYear } from '../insight/year-review/compose'
import { parseNarrative } from '../insight/year-review/schema'

/** Cached per process until a year review changes (lib/server/public-cache.ts). */
export function listPublishedReports() {
  return publicCached('published-reports', async () => {
    const db = await getDb()
    return {
      value: await db.yearReview.findMany({
        where: { status: 'PUBLISHED' },
        orderBy: { year: 'desc' },
        select: { year: true, title: true, titleUr: true, publishedAt: true },
      }),
    }
  })
}

export async function getPublishedReport(year: number) {
  const db = await getDb()
  const review = await db.yearReview.findFirst({ where: { year, status: 'PUBLISHED' }, select: { year: true, title: true, titleUr: true, narrative: true, publishedAt: true } })
  if (!review) return null
  return { ...review, narrative: parseNarrative(review.narrative), figures: await unsafeComposeYear(year) }
}

export type PublishedReport = NonNullable<Awaited<ReturnType<typeof getPublishedReport>>>
