// Reads of deliverables: lists for each role, one deliverable with its history of versions and
// decisions, and what the viewer may do with it. Scoped by lib/fellowships/scope.ts.
import 'server-only'
import type { Prisma } from '@prisma/client'
import { getDb } from '../server/db'
import { assertCan } from '../auth/policy'
import { notFound } from '../server/errors'
import { canDecide, canSubmit } from './policy'
import type { Viewer } from '../auth/viewer'
import { assertCanReadProgress, deliverableWhereFor, livePlacement } from '../fellowships/scope'

export interface DeliverableFilter {
  projectId?: string
  cycleId?: string
  departmentId?: string
  /** Only those with a version waiting for a decision. */
  awaitingReview?: boolean
  /** Only projects of cycles under way (the partner portal's "overdue"). */
  activeCycles?: boolean
  /** Only those this user may decide on: naming them as reviewer, or naming nobody. */
  decidableBy?: string
  /** Only those due before this moment without an approved version. */
  overdueAt?: Date
}

export const DELIVERABLE_PAGE_SIZE = 25

const listSelect = {
  id: true,
  kind: true,
  title: true,
  titleUr: true,
  dueDate: true,
  status: true,
  reviewer: { select: { id: true, name: true } },
  project: {
    select: {
      id: true,
      title: true,
      titleUr: true,
      department: { select: { id: true, name: true, nameUr: true } },
      cycle: { select: { id: true, name: true, nameUr: true } },
    },
  },
  submissions: {
    orderBy: { versionNumber: 'desc' },
    take: 1,
    select: {
      versionNumber: true,
      submittedAt: true,
      review: { select: { decision: true, decidedAt: true, reviewer: { select: { name: true } } } },
    },
  },
} satisfies Prisma.DeliverableSelect

function listWhere(viewer: Viewer, f: DeliverableFilter): Prisma.DeliverableWhereInput {
  return {
    AND: [
      deliverableWhereFor(viewer),
      f.projectId ? { projectId: f.projectId } : {},
      f.cycleId ? { project: { cycleId: f.cycleId } } : {},
      f.departmentId ? { project: { departmentId: f.departmentId } } : {},
      f.awaitingReview ? { status: 'SUBMITTED' } : {},
      f.activeCycles ? { project: { cycle: { status: 'ACTIVE' } } } : {},
      f.decidableBy ? { OR: [{ reviewerId: null }, { reviewerId: f.decidableBy }] } : {},
      f.overdueAt ? { dueDate: { lt: f.overdueAt }, status: { not: 'APPROVED' } } : {},
    ],
  }
}

/** A list row with its latest version alone, as the lists show it. */
const withLatest = <T extends { submissions: unknown[] }>({ submissions, ...d }: T) => ({
  ...d,
  latest: (submissions[0] ?? null) as T['submissions'][number] | null,
})

const listOrder: Prisma.DeliverableOrderByWithRelationInput[] = [
  { dueDate: { sort: 'asc', nulls: 'last' } },
  { title: 'asc' },
  { id: 'asc' },
]

/** Every deliverable the viewer may see, for the short lists of one fellow or one project. */
export async function listDeliverables(viewer: Viewer, f: DeliverableFilter = {}) {
  assertCanReadProgress(viewer)
  const db = await getDb()
  const rows = await db.deliverable.findMany({ where: listWhere(viewer, f), orderBy: listOrder, take: 500, select: listSelect })
  return rows.map(withLatest)
}

/** Latest activity first (a version submitted, a decision recorded), for staff watching a cycle. */
const recentOrder: Prisma.DeliverableOrderByWithRelationInput[] = [{ updatedAt: 'desc' }, { id: 'asc' }]

/**
 * One page of deliverables and how many there are in all, for lists that grow with a
 * department or a cycle: by due date, or with the latest activity first.
 */
export async function pageDeliverables(
  viewer: Viewer,
  f: DeliverableFilter = {},
  page = 1,
  pageSize = DELIVERABLE_PAGE_SIZE,
  order: 'due' | 'recent' = 'due',
) {
  assertCanReadProgress(viewer)
  const db = await getDb()
  const where = listWhere(viewer, f)
  const [rows, total] = await Promise.all([
    db.deliverable.findMany({
      where,
      orderBy: order === 'recent' ? recentOrder : listOrder,
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: listSelect,
    }),
    db.deliverable.count({ where }),
  ])
  return {
    rows: rows.map(withLatest),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
  }
}

export type DeliverableRow = Awaited<ReturnType<typeof listDeliverables>>[number]

/** What a deliverable's own page and its project's page show of each deliverable. */
const deliverableFields = {
  id: true,
  kind: true,
  title: true,
  titleUr: true,
  description: true,
  dueDate: true,
  status: true,
  version: true,
  reviewerId: true,
  reviewer: { select: { name: true } },
} satisfies Prisma.DeliverableSelect

export async function getDeliverable(viewer: Viewer, id: string) {
  assertCanReadProgress(viewer)
  const db = await getDb()
  const d = await db.deliverable.findFirst({
    where: { id, ...deliverableWhereFor(viewer) },
    select: {
      ...deliverableFields,
      project: {
        select: {
          id: true,
          title: true,
          titleUr: true,
          departmentId: true,
          department: { select: { name: true, nameUr: true } },
          cycle: { select: { id: true, name: true, nameUr: true } },
          placements: { where: { ...livePlacement, fellowship: { userId: viewer.userId, status: 'ACTIVE' } }, select: { id: true } },
        },
      },
      submissions: {
        orderBy: { versionNumber: 'desc' },
        select: {
          id: true,
          versionNumber: true,
          notes: true,
          links: true,
          submittedAt: true,
          submittedBy: { select: { name: true } },
          files: { select: { file: { select: { id: true, originalName: true, sizeBytes: true } } } },
          review: { select: { decision: true, comments: true, decidedAt: true, reviewer: { select: { name: true } } } },
        },
      },
    },
  })
  if (!d) throw notFound()
  const { placements, ...project } = d.project
  const latest = d.submissions[0] ?? null
  return {
    ...d,
    project,
    latest,
    // The same rules the mutations refuse by (policy.ts).
    canSubmit: canSubmit(viewer, { status: d.status, viewerPlaced: placements.length > 0 }),
    canReview: canDecide(
      viewer,
      { departmentId: project.departmentId, reviewerId: d.reviewerId, latestSubmissionId: latest?.id ?? null },
      latest && { id: latest.id, decided: !!latest.review },
    ),
  }
}

export type DeliverableDetail = Awaited<ReturnType<typeof getDeliverable>>

/** Staff: a project with its deliverables, metrics and the partners who may sign off. */
export async function getProjectSetup(viewer: Viewer, projectId: string) {
  assertCan(viewer, 'deliverable:define')
  const db = await getDb()
  const p = await db.project.findUnique({
    where: { id: projectId },
    select: {
      id: true,
      title: true,
      titleUr: true,
      status: true,
      cycle: { select: { id: true, name: true, nameUr: true } },
      department: {
        select: {
          id: true,
          name: true,
          nameUr: true,
          users: { where: { role: 'PARTNER', active: true }, orderBy: { name: 'asc' }, select: { id: true, name: true } },
        },
      },
      placements: {
        where: { status: { in: ['ACTIVE', 'ENDED'] } },
        select: { fellowship: { select: { user: { select: { name: true } } } } },
      },
      deliverables: {
        orderBy: [{ dueDate: { sort: 'asc', nulls: 'last' } }, { title: 'asc' }],
        select: deliverableFields,
      },
    },
  })
  if (!p) throw notFound()
  return p
}

/** Staff: the projects of a cycle, to set up their deliverables and metrics. */
export async function listCycleProjects(viewer: Viewer, cycleId: string, departmentId?: string) {
  assertCan(viewer, 'deliverable:define')
  const db = await getDb()
  return db.project.findMany({
    where: { cycleId, ...(departmentId ? { departmentId } : {}), status: { notIn: ['CANCELLED'] } },
    orderBy: [{ department: { name: 'asc' } }, { title: 'asc' }],
    select: {
      id: true,
      title: true,
      titleUr: true,
      status: true,
      department: { select: { name: true, nameUr: true } },
      _count: { select: { deliverables: true, metrics: true } },
    },
  })
}
