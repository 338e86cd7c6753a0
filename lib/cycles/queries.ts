// Reads of cycles for staff.
import 'server-only'
import type { CycleStatus } from '@prisma/client'
import { getDb } from '../server/db'
import { assertCan } from '../auth/policy'
import { notFound } from '../server/errors'
import type { Viewer } from '../auth/viewer'

/** A cycle as the list and its own page name it: its dates, target and programme. */
const cycleFields = {
  id: true,
  number: true,
  name: true,
  nameUr: true,
  status: true,
  startDate: true,
  endDate: true,
  applicationsOpenAt: true,
  applicationsCloseAt: true,
  targetFellowCount: true,
  programme: { select: { id: true, name: true, nameUr: true } },
} as const

export async function listCycles(viewer: Viewer, filter: { status?: CycleStatus; programmeId?: string; includeArchived?: boolean } = {}) {
  assertCan(viewer, 'cycle:manage')
  const db = await getDb()
  return db.cycle.findMany({
    where: {
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.programmeId ? { programmeId: filter.programmeId } : {}),
      ...(filter.includeArchived ? {} : { archivedAt: null }),
    },
    orderBy: [{ startDate: 'desc' }, { number: 'desc' }],
    select: {
      ...cycleFields,
      archivedAt: true,
      _count: { select: { fellowships: true, applications: true } },
    },
  })
}

export async function getCycle(viewer: Viewer, id: string) {
  assertCan(viewer, 'cycle:manage')
  const db = await getDb()
  const c = await db.cycle.findUnique({
    where: { id },
    select: {
      ...cycleFields,
      reportingCadence: true,
      reportingGraceDays: true,
      reviewsPerApplication: true,
      blindReview: true,
      archivedAt: true,
      version: true,
      // The earlier cycle this one's set-up was copied from (issue 16's carry-over).
      carriedFrom: { select: { id: true, name: true, nameUr: true, programme: { select: { name: true, nameUr: true } } } },
      departments: {
        orderBy: { department: { name: 'asc' } },
        select: {
          id: true,
          seatsRequested: true,
          department: { select: { id: true, name: true, nameUr: true } },
          focalPerson: { select: { id: true, name: true } },
        },
      },
      _count: { select: { fellowships: true, applications: true, projects: true } },
    },
  })
  if (!c) throw notFound()
  return c
}

export type CycleDetail = Awaited<ReturnType<typeof getCycle>>
