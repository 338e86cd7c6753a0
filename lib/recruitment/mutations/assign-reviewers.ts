// Staff assign reviewers to applications: one by one, or automatically N per application in
// the Review stage, balanced by load. A reviewer who declared a conflict on an application is
// never assigned to it again; nor is anyone assigned their own application.
import 'server-only'
import { write } from '../../server/unit-of-work'
import { permit } from '../../auth/permit'
import type { Role } from '@prisma/client'
import { getDb } from '../../server/db'
import { assertCan } from '../../auth/policy'
import { AppError, notFound } from '../../server/errors'
import type { Tx } from '../../server/tx'
import type { Viewer } from '../../auth/viewer'
import { ASSIGNABLE } from '../stages'
import { planAssignments } from '../assign'
import { cycleNamesSelect, loadStaffCycle } from '../access'
import { notices, queueNotice } from '../notify'
import type { AutoAssignInput } from '../schema/review'

export const REVIEWER_ROLES: Role[] = ['REVIEWER', 'STAFF', 'ADMIN']

const roundClosed = () => new AppError('CLOSED', 'recruitment.assignErrors.roundClosed')

async function loadReviewer(tx: Tx, reviewerId: string) {
  const r = await tx.user.findFirst({
    where: { id: reviewerId, active: true, role: { in: REVIEWER_ROLES } },
    select: { id: true, name: true, email: true },
  })
  if (!r) throw new AppError('NOT_FOUND', 'errors.notFound', { reviewerId: 'errors.notFound' })
  return r
}

export async function assignReviewer(viewer: Viewer, input: { applicationId: string; reviewerId: string }) {
  await write(viewer, permit('review:assign'), async (tx, uow) => {
    const a = await tx.application.findUnique({
      where: { id: input.applicationId },
      select: { id: true, stage: true, applicantId: true, cycle: { select: { ...cycleNamesSelect, reviewRoundClosedAt: true } } },
    })
    if (!a || a.stage === 'DRAFT') throw notFound()
    if (!ASSIGNABLE.includes(a.stage)) throw new AppError('CONFLICT', 'recruitment.assignErrors.notAssignable')
    if (a.cycle.reviewRoundClosedAt) throw roundClosed()
    const r = await loadReviewer(tx, input.reviewerId)
    if (r.id === a.applicantId)
      throw new AppError('CONFLICT', 'recruitment.assignErrors.ownApplication', { reviewerId: 'recruitment.assignErrors.ownApplication' })
    const existing = await tx.review.findUnique({
      where: { applicationId_reviewerId: { applicationId: a.id, reviewerId: r.id } },
      select: { status: true },
    })
    if (existing?.status === 'RECUSED')
      throw new AppError('CONFLICT', 'recruitment.assignErrors.recused', { reviewerId: 'recruitment.assignErrors.recused' })
    if (existing) throw new AppError('DUPLICATE', 'recruitment.assignErrors.already', { reviewerId: 'recruitment.assignErrors.already' })
    const review = await tx.review.create({ data: { applicationId: a.id, reviewerId: r.id }, select: { id: true } })
    await uow.audit({
      action: 'review.assign',
      entityType: 'Review',
      entityId: review.id,
      after: { applicationId: a.id, reviewerId: r.id },
    })
    await queueNotice(tx, r, 'recruitment.review-assigned', notices.reviewsAssigned(a.cycle, r.name, 1))
  })
}

export async function unassignReviewer(viewer: Viewer, reviewId: string) {
  await write(viewer, permit('review:assign'), async (tx, uow) => {
    const r = await tx.review.findUnique({
      where: { id: reviewId },
      select: {
        id: true,
        status: true,
        applicationId: true,
        reviewer: { select: { id: true, name: true, email: true } },
        application: { select: { cycle: { select: cycleNamesSelect } } },
      },
    })
    if (!r) throw notFound()
    // A submitted review is part of the record; a recusal is what keeps the conflict on file.
    if (r.status === 'SUBMITTED' || r.status === 'RECUSED') throw new AppError('CONFLICT', 'recruitment.assignErrors.keepReview')
    await tx.review.delete({ where: { id: r.id } })
    await uow.audit({
      action: 'review.unassign',
      entityType: 'Review',
      entityId: r.id,
      before: { applicationId: r.applicationId, reviewerId: r.reviewer.id, status: r.status },
    })
    await queueNotice(tx, r.reviewer, 'recruitment.review-unassigned', notices.reviewUnassigned(r.application.cycle, r.reviewer.name))
  })
}

/** The plan for topping up every application in Review to N reviews, from the chosen pool. */
async function planAutoAssign(tx: Tx, input: AutoAssignInput) {
  const cycle = await loadStaffCycle(tx, input.cycleId)
  if (cycle.reviewRoundClosedAt) throw roundClosed()
  const pool = await tx.user.findMany({
    where: { id: { in: input.reviewerIds }, active: true, role: { in: REVIEWER_ROLES } },
    orderBy: { name: 'asc' },
    select: { id: true, name: true, email: true },
  })
  if (pool.length !== new Set(input.reviewerIds).size)
    throw new AppError('NOT_FOUND', 'errors.notFound', { reviewerIds: 'errors.notFound' })
  const apps = await tx.application.findMany({
    where: { cycleId: cycle.id, stage: 'REVIEW' },
    select: { id: true, applicantId: true, reviews: { select: { reviewerId: true, status: true } } },
  })
  const loads = await tx.review.groupBy({
    by: ['reviewerId'],
    where: { application: { cycleId: cycle.id }, status: { not: 'RECUSED' } },
    _count: { _all: true },
  })
  const loadOf = new Map(loads.map((l) => [l.reviewerId, l._count._all]))
  const plan = planAssignments(
    apps.map((a) => ({
      id: a.id,
      applicantId: a.applicantId,
      reviewerIds: a.reviews.map((r) => r.reviewerId),
      active: a.reviews.filter((r) => r.status !== 'RECUSED').length,
    })),
    pool.map((p) => ({ id: p.id, load: loadOf.get(p.id) ?? 0 })),
    input.perApplication,
  )
  const perReviewer = new Map<string, number>()
  for (const a of plan.assignments) perReviewer.set(a.reviewerId, (perReviewer.get(a.reviewerId) ?? 0) + 1)
  return { cycle, pool, apps, plan, perReviewer }
}

/**
 * Who automatic assignment would email now, with how many applications each, for the
 * confirmation (nothing is written). Confirming sends these reviewers as the pool, so
 * nobody else can be emailed.
 */
export async function previewAutoAssign(viewer: Viewer, input: AutoAssignInput) {
  assertCan(viewer, 'review:assign')
  const db = await getDb()
  const { pool, apps, plan, perReviewer } = await planAutoAssign(db, input)
  return {
    reviewers: pool.filter((r) => perReviewer.has(r.id)).map((r) => ({ ...r, count: perReviewer.get(r.id)! })),
    assigned: plan.assignments.length,
    applications: apps.length,
    shortfall: plan.shortfall.length,
  }
}

/** Tops every application in the Review stage up to N active reviews. */
export async function autoAssignReviewers(viewer: Viewer, input: AutoAssignInput) {
  const result = await write(viewer, permit('review:assign'), async (tx, uow) => {
    const { cycle, pool, apps, plan, perReviewer } = await planAutoAssign(tx, input)
    if (plan.assignments.length) await tx.review.createMany({ data: plan.assignments })
    await uow.audit({
      action: 'review.auto-assign',
      entityType: 'Cycle',
      entityId: cycle.id,
      after: {
        perApplication: input.perApplication,
        assigned: plan.assignments.length,
        perReviewer: Object.fromEntries(perReviewer),
        shortfall: plan.shortfall.length,
      },
    })
    // One email per reviewer with their count, not one per application.
    for (const r of pool) {
      const n = perReviewer.get(r.id)
      if (n) await queueNotice(tx, r, 'recruitment.review-assigned', notices.reviewsAssigned(cycle, r.name, n))
    }
    return { assigned: plan.assignments.length, applications: apps.length, shortfall: plan.shortfall.length }
  })
  return result
}

/** Closing the round fixes the scores and lets staff see each reviewer's; it can be reopened. */
export async function setReviewRound(viewer: Viewer, input: { cycleId: string; version: number; close: boolean }) {
  await write(viewer, permit('review:assign'), async (tx, uow) => {
    const c = await loadStaffCycle(tx, input.cycleId)
    const res = await tx.cycle.updateMany({
      where: { id: c.id, version: input.version },
      data: { reviewRoundClosedAt: input.close ? new Date() : null, version: { increment: 1 } },
    })
    if (res.count !== 1) throw new AppError('STALE', 'errors.stale')
    await uow.audit({
      action: input.close ? 'review.round-close' : 'review.round-reopen',
      entityType: 'Cycle',
      entityId: c.id,
      before: { reviewRoundClosedAt: c.reviewRoundClosedAt },
    })
  })
}
