// The demo's staff-only recruitment tools: tags and notes on the recruiting KP cycle 8 (the
// board's tag filter has something to find), one applicant's deadline extended past the close
// with a reason, and KP cycle 7's standard deliverables and metrics. Seeding twice adds nothing.
import { beforeAll, describe, expect, it } from 'vitest'
import { getDb } from '../server/db'
import { seed } from '../../prisma/seed'

beforeAll(async () => {
  await seed(await getDb())
}, 600_000)

describe('the demo seed', () => {
  it('tags and notes applications of KP cycle 8, extends one deadline, and gives KP cycle 7 templates, once', async () => {
    const db = await getDb()
    const c8 = await db.cycle.findFirstOrThrow({
      where: { status: 'RECRUITING', number: 8 },
      select: { id: true, applicationsCloseAt: true },
    })
    const tally = async () => ({
      strong: await db.application.count({ where: { cycleId: c8.id, staffTags: { has: 'strong-coder' } } }),
      women: await db.application.count({ where: { cycleId: c8.id, staffTags: { has: 'women-in-tech' } } }),
      follow: await db.application.count({ where: { cycleId: c8.id, staffTags: { has: 'follow-up' } } }),
      notes: await db.applicationNote.count({ where: { application: { cycleId: c8.id } } }),
      extensions: await db.deadlineExtension.count({ where: { cycleId: c8.id } }),
      templates: await db.deliverableTemplate.count({ where: { cycle: { number: 7, programme: { slug: { contains: 'kp' } } } } }),
    })
    const first = await tally()
    expect(first.strong).toBeGreaterThan(3)
    expect(first.women).toBeGreaterThan(3)
    expect(first.follow).toBeGreaterThan(0)
    expect(first.notes).toBeGreaterThanOrEqual(5)
    expect(first.extensions).toBe(1)
    expect(first.templates).toBe(3)
    const ext = await db.deadlineExtension.findFirstOrThrow({
      where: { cycleId: c8.id },
      select: { until: true, reason: true, userId: true },
    })
    expect(ext.until > c8.applicationsCloseAt!).toBe(true)
    expect(ext.reason.length).toBeGreaterThan(20)
    const app = await db.application.findFirst({ where: { cycleId: c8.id, applicantId: ext.userId }, select: { stage: true } })
    expect(app?.stage).toBe('DRAFT')
    await seed(db)
    expect(await tally()).toEqual(first)
  })
})
