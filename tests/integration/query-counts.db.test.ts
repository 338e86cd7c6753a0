// No N+1: each key page's data loading sends the same number of SQL statements on the small
// demo seed and on a larger generated data set (the large-set generator at a small scale),
// and list pages hand back one page, not the whole table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { setDb } from '../../lib/server/db'
import type { Viewer } from '../../lib/auth/viewer'
import { seed } from '../../prisma/seed'
import { generateLarge } from '../../scripts/seed-large'
import { staffOverview } from '../../lib/home/queries'
import { getMyAccountState, listMyApplications } from '../../lib/recruitment/queries/applicant'
import { getRecruitmentSummary, listPipeline, pipelineDistricts, PIPELINE_PAGE_SIZE } from '../../lib/recruitment/queries/pipeline'
import { listMyReviews, QUEUE_PAGE_SIZE } from '../../lib/recruitment/queries/reviews'
import { getPublicCall } from '../../lib/recruitment/queries/call'
import { listOpenCalls } from '../../lib/public/queries'
import { cycleFunnel } from '../../lib/insight/dashboard/funnel'
import { placementCoverage } from '../../lib/insight/dashboard/coverage'
import { updateCompliance } from '../../lib/insight/dashboard/compliance'
import { deliverablesByStatus } from '../../lib/insight/dashboard/deliverables'
import { metricsAgainstTargets } from '../../lib/insight/dashboard/metrics'
import { dashboardScope } from '../../lib/insight/scope'
import { complianceBoard } from '../../lib/progress/compliance'
import { myReporting } from '../../lib/progress/queries'
import { partnerPortal } from '../../lib/progress/portal'
import { listDeliverables } from '../../lib/deliverables/queries'
import { listCycles } from '../../lib/cycles/queries'
import { listUsers, PAGE_SIZE } from '../../lib/people/queries'
import { viewerOf } from '../support/factories'
import { createCountingDatabase, type CountingDatabase } from '../support/query-count'

/** What the pages need: who looks, and the busiest records of the database at that moment. */
interface Context {
  as: Record<'staff' | 'fellow' | 'partner' | 'reviewer' | 'applicant', Viewer>
  busiestCall: string
  busiestCallSlug: string
  busiestRunningCycle: string
}

interface Page {
  name: string
  load: (c: Context) => Promise<unknown>
  /** How much data the page covered, to show the larger set really is larger for it. */
  size?: (result: any) => number
}

// Each entry loads what the page of that name loads (see app/**/page.tsx).
const PAGES: Page[] = [
  { name: 'staff home', load: (c) => staffOverview(c.as.staff), size: (r) => r.cycles.length },
  {
    name: 'staff pipeline board',
    load: async (c) => {
      const summary = await getRecruitmentSummary(c.as.staff, c.busiestCall)
      const [list, districts] = await Promise.all([
        listPipeline(c.as.staff, c.busiestCall, {}),
        pipelineDistricts(c.as.staff, c.busiestCall),
      ])
      return { summary, list, districts }
    },
    size: (r) => r.list.total,
  },
  {
    name: 'staff cycle dashboard',
    load: async (c) => {
      await dashboardScope(c.as.staff, c.busiestRunningCycle)
      return Promise.all([
        cycleFunnel(c.as.staff, c.busiestRunningCycle),
        placementCoverage(c.as.staff, c.busiestRunningCycle),
        updateCompliance(c.as.staff, c.busiestRunningCycle),
        deliverablesByStatus(c.as.staff, c.busiestRunningCycle),
        metricsAgainstTargets(c.as.staff, c.busiestRunningCycle),
      ])
    },
    size: (r) => r[0][0].count,
  },
  { name: 'staff compliance board', load: (c) => complianceBoard(c.as.staff, c.busiestRunningCycle) },
  { name: 'staff cycles list', load: (c) => listCycles(c.as.staff), size: (r) => r.length },
  { name: 'staff people list', load: (c) => listUsers(c.as.staff, { page: 1 }), size: (r) => r.total },
  {
    name: 'fellow home',
    load: (c) => Promise.all([myReporting(c.as.fellow), listDeliverables(c.as.fellow)]),
    size: (r) => r[0].flatMap((f: any) => f.periods ?? []).length,
  },
  { name: 'partner portal', load: (c) => partnerPortal(c.as.partner), size: (r) => r.projects.length },
  { name: 'reviewer queue', load: (c) => listMyReviews(c.as.reviewer, { page: 1 }), size: (r) => r.total },
  {
    name: 'applicant home',
    load: async (c) => {
      return Promise.all([listMyApplications(c.as.applicant), listOpenCalls(), getMyAccountState(c.as.applicant)])
    },
    size: (r) => r[1].length,
  },
  { name: 'public open call', load: (c) => getPublicCall(c.busiestCallSlug) },
]

let db: CountingDatabase
const counts: Record<
  string,
  { small: number; large: number; smallSql: string[]; largeSql: string[]; smallSize?: number; largeSize?: number }
> = {}

async function context(): Promise<Context> {
  const p = db.prisma
  const user = async (where: object) =>
    viewerOf(await p.user.findFirstOrThrow({ where, select: { id: true, role: true, departmentId: true, name: true, email: true } }))
  const demo = (email: string) => user({ email })
  const [call] = await p.$queryRaw<{ id: string; slug: string }[]>`
    SELECT c.id, pr.slug FROM "Application" a JOIN "Cycle" c ON c.id = a."cycleId" JOIN "Programme" pr ON pr.id = c."programmeId"
     WHERE c.status = 'RECRUITING' GROUP BY c.id, pr.slug ORDER BY count(*) DESC LIMIT 1`
  const [busiest] = await p.$queryRaw<
    { id: string }[]
  >`SELECT "cycleId" AS id FROM "Application" GROUP BY "cycleId" ORDER BY count(*) DESC LIMIT 1`
  const [running] = await p.$queryRaw<{ id: string }[]>`
    SELECT f."cycleId" AS id FROM "ProgressUpdate" u JOIN "Fellowship" f ON f.id = u."fellowshipId" GROUP BY f."cycleId" ORDER BY count(*) DESC LIMIT 1`
  const [fellow] = await p.$queryRaw<{ id: string }[]>`
    SELECT f."userId" AS id FROM "ProgressUpdate" u JOIN "Fellowship" f ON f.id = u."fellowshipId" WHERE f.status = 'ACTIVE' GROUP BY f."userId" ORDER BY count(*) DESC LIMIT 1`
  return {
    as: {
      staff: await demo('staff@daftar.pk'),
      fellow: await user({ id: fellow.id }),
      partner: await demo('partner@daftar.pk'),
      reviewer: await demo('reviewer@daftar.pk'),
      applicant: await demo('applicant@daftar.pk'),
    },
    busiestCall: busiest.id,
    busiestCallSlug: call.slug,
    busiestRunningCycle: running.id,
  }
}

async function measure(phase: 'small' | 'large') {
  const ctx = await context()
  for (const page of PAGES) {
    // Once to warm up, once counted: the count must not depend on caches either way.
    await page.load(ctx)
    const { result, queries } = await db.count(() => page.load(ctx))
    const row = (counts[page.name] ??= { small: 0, large: 0, smallSql: [], largeSql: [] })
    row[phase] = queries.length
    row[`${phase}Sql`] = queries
    row[`${phase}Size`] = page.size?.(result)
  }
}

beforeAll(async () => {
  db = await createCountingDatabase()
  setDb(db.prisma)
  await seed(db.prisma)
  await measure('small')
  // About 2,000 applications, 5,000 rubric scores, 40 fellows with weekly updates.
  await generateLarge(db.raw, 0.02, new Date())
  await measure('large')
}, 600_000)

afterAll(async () => {
  setDb(undefined)
  await db?.close()
})

describe('database queries per page: the same on a small and a larger data set', () => {
  for (const page of PAGES) {
    it(`${page.name}`, () => {
      const c = counts[page.name]
      expect(c.small, 'the page loaded nothing').toBeGreaterThan(0)
      expect(c.large, `queries on the larger set:\n${c.largeSql.join('\n')}\n\non the small set:\n${c.smallSql.join('\n')}`).toBe(c.small)
      if (page.size) expect(c.largeSize, 'the larger set should give this page more to show').toBeGreaterThan(c.smallSize ?? 0)
    })
  }
})

describe('list pages are paginated on the larger data set', () => {
  it('the pipeline board shows one page of a call with more applications than fit on it', async () => {
    const ctx = await context()
    const list = await listPipeline(ctx.as.staff, ctx.busiestCall, {})
    expect(list.total).toBeGreaterThan(PIPELINE_PAGE_SIZE)
    expect(list.rows).toHaveLength(PIPELINE_PAGE_SIZE)
    expect(list.pageCount).toBe(Math.ceil(list.total / PIPELINE_PAGE_SIZE))
  })

  it('the reviewer queue shows at most one page', async () => {
    const ctx = await context()
    const q = await listMyReviews(ctx.as.reviewer, { page: 1 })
    expect(q.rows.length).toBeLessThanOrEqual(QUEUE_PAGE_SIZE)
    expect(q.rows.length).toBe(Math.min(q.total, QUEUE_PAGE_SIZE))
  })

  it('the people list shows one page of thousands of accounts', async () => {
    const ctx = await context()
    const u = await listUsers(ctx.as.staff, { page: 2 })
    expect(u.total).toBeGreaterThan(2 * PAGE_SIZE)
    expect(u.rows).toHaveLength(PAGE_SIZE)
  })
})
