// Staff reads for the later stages: the ranked list (with disagreement flags), interviews,
// offers with the cycle's fellows against its target, and the people who can review.
import 'server-only'
import { offerAsOf } from '../offer-deadline'
import type { Prisma } from '@prisma/client'
import { getDb } from '../../server/db'
import { assertCan } from '../../auth/policy'
import type { Viewer } from '../../auth/viewer'
import { DISAGREEMENT_SPREAD, isDisagreement } from '../scoring'
import { REVIEWER_ROLES } from '../mutations/assign-reviewers'
import { interviewSlotSelect } from './selects'

export const RANK_PAGE_SIZE = 50

export async function listRanked(viewer: Viewer, cycleId: string, f: { disagreementOnly?: boolean; page?: number } = {}) {
  assertCan(viewer, 'application:read:any')
  const db = await getDb()
  const where: Prisma.ApplicationWhereInput = {
    cycleId,
    scoreMean: { not: null },
    stage: { notIn: ['DRAFT', 'WITHDRAWN'] },
    ...(f.disagreementOnly ? { scoreSpread: { gte: DISAGREEMENT_SPREAD } } : {}),
  }
  const page = f.page ?? 1
  const [rows, total] = await Promise.all([
    db.application.findMany({
      where,
      orderBy: [{ scoreMean: 'desc' }, { submittedAt: 'asc' }, { id: 'asc' }],
      skip: (page - 1) * RANK_PAGE_SIZE,
      take: RANK_PAGE_SIZE,
      select: {
        id: true,
        stage: true,
        scoreMean: true,
        scoreSpread: true,
        district: true,
        eligibility: true,
        applicant: { select: { name: true } },
        _count: { select: { reviews: { where: { status: 'SUBMITTED' } } } },
      },
    }),
    db.application.count({ where }),
  ])
  return {
    rows: rows.map((r, i) => ({ ...r, rank: (page - 1) * RANK_PAGE_SIZE + i + 1, disagreement: isDisagreement(r.scoreSpread) })),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / RANK_PAGE_SIZE)),
  }
}

export async function listInterviews(viewer: Viewer, cycleId: string) {
  assertCan(viewer, 'interview:manage')
  const db = await getDb()
  return db.interview.findMany({
    where: { application: { cycleId } },
    orderBy: { scheduledAt: 'asc' },
    take: 500,
    select: {
      ...interviewSlotSelect,
      score: true,
      recommendation: true,
      application: { select: { id: true, applicant: { select: { name: true } } } },
      panel: { select: { user: { select: { name: true } } } },
    },
  })
}

export async function listOffers(viewer: Viewer, cycleId: string) {
  assertCan(viewer, 'offer:manage')
  const db = await getDb()
  const now = new Date()
  const due = { application: { cycleId }, status: 'PENDING' as const, respondBy: { lte: now } }
  const [offers, groups, pastDeadline, fellows] = await Promise.all([
    db.offer.findMany({
      where: { application: { cycleId } },
      orderBy: [{ status: 'asc' }, { respondBy: 'asc' }],
      take: 1000,
      select: {
        id: true,
        status: true,
        respondBy: true,
        respondedAt: true,
        createdAt: true,
        application: { select: { id: true, applicant: { select: { name: true } } } },
        extendedBy: { select: { name: true } },
      },
    }),
    db.offer.groupBy({ by: ['status'], where: { application: { cycleId } }, _count: { _all: true } }),
    db.offer.count({ where: due }),
    db.fellowship.findMany({
      where: { cycleId },
      orderBy: { createdAt: 'asc' },
      select: { id: true, status: true, createdAt: true, applicationId: true, user: { select: { name: true, email: true } } },
    }),
  ])
  // A pending offer past its deadline reads expired before the scheduled job writes it.
  const counts = Object.fromEntries(groups.map((g) => [g.status, g._count._all])) as Partial<Record<string, number>>
  if (pastDeadline) {
    const pending = (counts.PENDING ?? 0) - pastDeadline
    if (pending) counts.PENDING = pending
    else delete counts.PENDING
    counts.EXPIRED = (counts.EXPIRED ?? 0) + pastDeadline
  }
  return { offers: offers.map((o) => offerAsOf(o, now)), counts, fellows }
}

/** People who may review or sit on a panel, with their load in this cycle. */
export async function listReviewerPool(viewer: Viewer, cycleId: string) {
  assertCan(viewer, 'review:assign')
  const db = await getDb()
  const [people, loads, pending] = await Promise.all([
    db.user.findMany({
      where: { active: true, role: { in: REVIEWER_ROLES } },
      orderBy: [{ role: 'desc' }, { name: 'asc' }],
      take: 500,
      select: { id: true, name: true, role: true },
    }),
    db.review.groupBy({ by: ['reviewerId'], where: { application: { cycleId }, status: { not: 'RECUSED' } }, _count: { _all: true } }),
    db.review.groupBy({ by: ['reviewerId', 'status'], where: { application: { cycleId } }, _count: { _all: true } }),
  ])
  const load = new Map(loads.map((l) => [l.reviewerId, l._count._all]))
  const by = (id: string, status: string) => pending.find((p) => p.reviewerId === id && p.status === status)?._count._all ?? 0
  return people.map((p) => ({ ...p, load: load.get(p.id) ?? 0, submitted: by(p.id, 'SUBMITTED'), recused: by(p.id, 'RECUSED') }))
}

/** How far the review round has got: applications in Review and their reviews. */
export async function reviewProgress(viewer: Viewer, cycleId: string) {
  assertCan(viewer, 'review:assign')
  const db = await getDb()
  const [inReview, byStatus, underStaffed] = await Promise.all([
    db.application.count({ where: { cycleId, stage: 'REVIEW' } }),
    db.review.groupBy({ by: ['status'], where: { application: { cycleId } }, _count: { _all: true } }),
    db.$queryRaw<{ n: bigint | number }[]>`
      SELECT count(*) AS n FROM "Application" a JOIN "Cycle" c ON c.id = a."cycleId"
      WHERE a."cycleId" = ${cycleId}::uuid AND a.stage = 'REVIEW'
        AND (SELECT count(*) FROM "Review" r WHERE r."applicationId" = a.id AND r.status <> 'RECUSED') < c."reviewsPerApplication"`,
  ])
  return {
    inReview,
    reviews: Object.fromEntries(byStatus.map((g) => [g.status, g._count._all])) as Partial<Record<string, number>>,
    underStaffed: Number(underStaffed[0]?.n ?? 0),
  }
}
