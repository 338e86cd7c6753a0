// What each role's home page shows first. Every read is scoped to the viewer.
import 'server-only'
import { getDb } from '../server/db'
import { assertCan } from '../auth/policy'
import type { Viewer } from '../auth/viewer'

export async function staffOverview(viewer: Viewer) {
  assertCan(viewer, 'cycle:manage')
  const db = await getDb()
  const [active, recruiting, fellows, departments, recent] = await Promise.all([
    db.cycle.count({ where: { status: 'ACTIVE', archivedAt: null } }),
    db.cycle.count({ where: { status: 'RECRUITING', archivedAt: null } }),
    db.fellowship.count({ where: { status: 'ACTIVE', cycle: { status: 'ACTIVE' } } }),
    db.department.count({ where: { archivedAt: null } }),
    db.auditLog.findMany({
      orderBy: { createdAt: 'desc' },
      take: 8,
      select: { id: true, action: true, entityType: true, createdAt: true, actor: { select: { name: true } } },
    }),
  ])
  const cycles = await db.cycle.findMany({
    where: { archivedAt: null, status: { not: 'COMPLETED' } },
    orderBy: [{ startDate: 'desc' }],
    select: {
      id: true,
      name: true,
      status: true,
      targetFellowCount: true,
      programme: { select: { name: true, nameUr: true } },
      _count: { select: { fellowships: true, applications: { where: { stage: { not: 'DRAFT' } } } } },
    },
  })
  return { active, recruiting, fellows, departments, recent, cycles }
}

// The fellow's and the partner's homes are built in lib/progress (queries.ts, portal.ts).
