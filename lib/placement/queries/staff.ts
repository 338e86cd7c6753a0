// Staff's view of a cycle's placement stage: the window, the proposals, who has not ranked,
// the latest matching run, and the placements made so far.
import 'server-only'
import { getDb } from '../../server/db'
import { assertCan } from '../../auth/policy'
import { notFound } from '../../server/errors'
import type { Viewer } from '../../auth/viewer'
import { projectTextSelect } from './selects'
import { cycleHeadSelect } from '../../cycles/select'
import type { MatchStats } from '../matching'
import { canReviewProject } from '../policy'

const REVIEW_ORDER = ['PROPOSED', 'RETURNED', 'APPROVED', 'DRAFT', 'COMPLETED', 'CANCELLED']

export async function getPlacementOverview(viewer: Viewer, cycleId: string) {
  assertCan(viewer, 'placement:manage')
  const db = await getDb()
  const cycle = await db.cycle.findUnique({
    where: { id: cycleId },
    select: {
      ...cycleHeadSelect,
      version: true,
      preferenceOpensAt: true,
      preferenceClosesAt: true,
      placementsPublishedAt: true,
    },
  })
  if (!cycle) throw notFound()
  const toPlace = { cycleId, status: 'ACTIVE' as const, placements: { none: { status: 'ACTIVE' as const } } }
  const [projects, fellows, placed, ranked, notRanked, latestRun] = await Promise.all([
    db.project.findMany({
      where: { cycleId },
      orderBy: [{ department: { name: 'asc' } }, { title: 'asc' }],
      select: {
        id: true,
        title: true,
        titleUr: true,
        status: true,
        seats: true,
        department: { select: { name: true, nameUr: true } },
        _count: { select: { preferences: true, placements: { where: { status: 'ACTIVE' } } } },
      },
    }),
    db.fellowship.count({ where: { cycleId, status: 'ACTIVE' } }),
    db.fellowship.count({ where: { cycleId, status: 'ACTIVE', placements: { some: { status: 'ACTIVE' } } } }),
    db.fellowship.count({ where: { ...toPlace, preferences: { some: {} } } }),
    db.fellowship.findMany({
      where: { ...toPlace, preferences: { none: {} } },
      orderBy: { user: { name: 'asc' } },
      select: { id: true, user: { select: { name: true, email: true } } },
    }),
    db.matchRun.findFirst({
      where: { cycleId, status: { not: 'DISCARDED' } },
      orderBy: { createdAt: 'desc' },
      select: {
        id: true,
        status: true,
        proposing: true,
        createdAt: true,
        publishedAt: true,
        stats: true,
        createdBy: { select: { name: true } },
      },
    }),
  ])
  return {
    cycle,
    // Proposals awaiting a decision first: that is what staff come here to do.
    projects: [...projects].sort((a, b) => REVIEW_ORDER.indexOf(a.status) - REVIEW_ORDER.indexOf(b.status)),
    fellows: { active: fellows, placed, toPlace: fellows - placed, ranked },
    notRanked,
    latestRun: latestRun ? { ...latestRun, stats: latestRun.stats as unknown as MatchStats } : null,
  }
}

export async function getProjectForReview(viewer: Viewer, cycleId: string, projectId: string) {
  assertCan(viewer, 'project:manage')
  const db = await getDb()
  const p = await db.project.findFirst({
    where: { id: projectId, cycleId },
    select: {
      ...projectTextSelect,
      status: true,
      reviewNote: true,
      version: true,
      createdAt: true,
      updatedAt: true,
      cycle: { select: { id: true, name: true, nameUr: true } },
      department: { select: { id: true, name: true, nameUr: true } },
      focalContact: { select: { name: true, title: true, email: true } },
      proposedBy: { select: { name: true } },
      _count: { select: { preferences: true } },
    },
  })
  if (!p) throw notFound()
  // The approve/return form: the rule reviewProject refuses by.
  return { ...p, canReview: canReviewProject(viewer, p) }
}

/** Published placements of a cycle, newest state first, for transfers, ends and letters. */
export async function listCyclePlacements(viewer: Viewer, cycleId: string) {
  assertCan(viewer, 'placement:manage')
  const db = await getDb()
  return db.placement.findMany({
    where: { fellowship: { cycleId }, status: { in: ['ACTIVE', 'TRANSFERRED', 'ENDED'] } },
    orderBy: [{ status: 'asc' }, { fellowship: { user: { name: 'asc' } } }, { createdAt: 'desc' }],
    select: {
      id: true,
      status: true,
      rankObtained: true,
      startDate: true,
      endDate: true,
      fellowship: { select: { user: { select: { name: true } } } },
      project: { select: { title: true, titleUr: true, department: { select: { name: true, nameUr: true } } } },
    },
  })
}
