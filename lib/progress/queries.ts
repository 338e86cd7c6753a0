// Reads of progress updates: a fellow's own periods and updates, one update for anyone who may
// see it, and the recent updates of a partner's fellows. Scoped by lib/fellowships/scope.ts.
import 'server-only'
import { getDb } from '../server/db'
import { assertCan } from '../auth/policy'
import { notFound } from '../server/errors'
import type { Viewer } from '../auth/viewer'
import { assertCanReadProgress, livePlacement, updateWhereFor } from '../fellowships/scope'
import { correctionBlock } from './policy'
import { canWrite, periodAt, periodPhase, periodStatus, reportingPeriods, type Period, type PeriodStatus } from './periods'

const cycleDates = { startDate: true, endDate: true, reportingCadence: true, reportingGraceDays: true } as const
const projectSummary = { id: true, title: true, titleUr: true, department: { select: { id: true, name: true, nameUr: true } } } as const

export interface PeriodRow extends Period {
  status: PeriodStatus
  canWrite: boolean
  update: { id: string; status: 'DRAFT' | 'SUBMITTED'; late: boolean; submittedAt: Date | null } | null
}

/** The fellow's fellowships, newest first, each with every reporting period and its state. */
export async function myReporting(viewer: Viewer, now = new Date()) {
  assertCan(viewer, 'update:write:own')
  const db = await getDb()
  const fellowships = await db.fellowship.findMany({
    where: { userId: viewer.userId },
    orderBy: { createdAt: 'desc' },
    select: {
      id: true,
      status: true,
      cycle: {
        select: { id: true, name: true, nameUr: true, status: true, ...cycleDates, programme: { select: { name: true, nameUr: true } } },
      },
      placements: { where: livePlacement, select: { project: { select: projectSummary } } },
      updates: { select: { id: true, periodIndex: true, status: true, late: true, submittedAt: true } },
    },
  })
  return fellowships.map(({ updates, ...f }) => {
    const byIndex = new Map(updates.map((u) => [u.periodIndex, u]))
    const active = f.status === 'ACTIVE'
    const periods: PeriodRow[] = reportingPeriods(f.cycle).map((p) => {
      const update = byIndex.get(p.index) ?? null
      return { ...p, update, status: periodStatus(p, update, now), canWrite: active && canWrite(p, update, now) }
    })
    const count = (s: PeriodStatus) => periods.filter((p) => p.status === s).length
    return {
      ...f,
      projects: f.placements.map((pl) => pl.project),
      periods,
      counts: { due: count('due'), done: count('done'), late: count('late'), missing: count('missing'), upcoming: count('upcoming') },
    }
  })
}

export type MyFellowshipReporting = Awaited<ReturnType<typeof myReporting>>[number]

const updateFields = {
  id: true,
  periodIndex: true,
  status: true,
  accomplishments: true,
  blockers: true,
  nextSteps: true,
  hours: true,
  links: true,
  late: true,
  submittedAt: true,
  updatedAt: true,
  version: true,
  correctedAt: true,
  reviewedAt: true,
  reviewedBy: { select: { name: true } },
  // Each earlier text of a corrected update, oldest first: what everyone who reads it may open.
  revisions: {
    orderBy: { createdAt: 'asc' },
    select: { id: true, createdAt: true, reason: true, accomplishments: true, blockers: true, nextSteps: true, hours: true, links: true },
  },
} as const

/** One period of the fellow's own fellowship, with its update if one was started. */
export async function getMyPeriod(viewer: Viewer, fellowshipId: string, periodIndex: number, now = new Date()) {
  assertCan(viewer, 'update:write:own')
  const db = await getDb()
  const f = await db.fellowship.findFirst({
    where: { id: fellowshipId, userId: viewer.userId },
    select: {
      id: true,
      status: true,
      cycle: {
        select: { id: true, name: true, nameUr: true, status: true, ...cycleDates, programme: { select: { name: true, nameUr: true } } },
      },
      updates: { where: { periodIndex }, select: updateFields },
    },
  })
  const period = f ? periodAt(f.cycle, periodIndex) : undefined
  if (!f || !period) throw notFound()
  const update = f.updates[0] ?? null
  return {
    fellowship: { id: f.id, status: f.status, cycle: f.cycle },
    period,
    phase: periodPhase(period, now),
    status: periodStatus(period, update, now),
    update,
    canWrite: f.status === 'ACTIVE' && canWrite(period, update, now),
    /** Why a submitted update can no longer be corrected (null: it can). */
    correction: update ? correctionBlock(update, { fellowshipStatus: f.status, cycleStatus: f.cycle.status }) : null,
  }
}

/** A submitted update (or the fellow's own draft), for the fellow, staff or the partner. */
export async function getUpdate(viewer: Viewer, id: string) {
  assertCanReadProgress(viewer)
  const db = await getDb()
  const u = await db.progressUpdate.findFirst({
    where: { id, ...updateWhereFor(viewer) },
    select: {
      ...updateFields,
      fellowship: {
        select: {
          id: true,
          user: { select: { id: true, name: true } },
          cycle: { select: { id: true, name: true, nameUr: true, ...cycleDates, programme: { select: { name: true, nameUr: true } } } },
          placements: { where: livePlacement, select: { project: { select: projectSummary } } },
        },
      },
    },
  })
  if (!u) throw notFound()
  const { fellowship, ...update } = u
  return {
    update,
    period: periodAt(fellowship.cycle, u.periodIndex) ?? null,
    fellow: fellowship.user,
    fellowshipId: fellowship.id,
    cycle: fellowship.cycle,
    projects: fellowship.placements.map((p) => p.project),
  }
}

export type UpdateDetail = Awaited<ReturnType<typeof getUpdate>>

/** Recently submitted updates the viewer may see (a partner: their department's fellows). */
export async function listRecentUpdates(viewer: Viewer, opts: { take?: number; skip?: number } = {}) {
  assertCanReadProgress(viewer)
  const db = await getDb()
  const where = { ...updateWhereFor(viewer), status: 'SUBMITTED' as const }
  const [rows, total] = await Promise.all([
    db.progressUpdate.findMany({
      where,
      orderBy: [{ submittedAt: 'desc' }, { id: 'asc' }],
      take: opts.take ?? 10,
      skip: opts.skip ?? 0,
      select: {
        id: true,
        periodIndex: true,
        late: true,
        submittedAt: true,
        correctedAt: true,
        accomplishments: true,
        _count: { select: { comments: true } },
        fellowship: {
          select: {
            user: { select: { name: true } },
            cycle: { select: { name: true, nameUr: true } },
            placements: { where: livePlacement, select: { project: { select: { id: true, title: true, titleUr: true } } } },
          },
        },
      },
    }),
    db.progressUpdate.count({ where }),
  ])
  return { rows, total }
}
