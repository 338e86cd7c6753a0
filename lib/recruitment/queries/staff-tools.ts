// Staff-only reads: an application's notes and tags, a cycle's tags (the board's filter and
// the suggestions), and one applicant's deadline extensions. Only staff permissions reach
// these; reviewer and applicant queries select neither notes nor tags.
import 'server-only'
import { getDb } from '../../server/db'
import { assertCan } from '../../auth/policy'
import { notFound } from '../../server/errors'
import type { Viewer } from '../../auth/viewer'

/** Notes (newest first), tags, and the applicant's extension, for the staff application page. */
export async function getStaffTools(viewer: Viewer, applicationId: string) {
  assertCan(viewer, 'application:manage')
  const db = await getDb()
  const a = await db.application.findUnique({
    where: { id: applicationId },
    select: {
      id: true,
      cycleId: true,
      stage: true,
      staffTags: true,
      applicantId: true,
      applicant: { select: { email: true } },
      cycle: { select: { status: true, applicationsCloseAt: true, archivedAt: true } },
      notes: {
        orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
        select: { id: true, body: true, createdAt: true, author: { select: { name: true } } },
      },
    },
  })
  if (!a) throw notFound()
  const [extension, cycleTags] = await Promise.all([
    db.deadlineExtension.findUnique({
      where: { cycleId_userId: { cycleId: a.cycleId, userId: a.applicantId } },
      select: { until: true, reason: true, revokedAt: true, createdAt: true, grantedBy: { select: { name: true } } },
    }),
    listCycleTags(viewer, a.cycleId),
  ])
  return {
    notes: a.notes,
    tags: a.staffTags,
    suggestions: cycleTags.map((t) => t.tag).filter((t) => !a.staffTags.includes(t)),
    extension,
    applicantEmail: a.applicant.email,
    applicantId: a.applicantId,
    // An extension means something only for a draft of a call still recruiting.
    canExtend: a.stage === 'DRAFT' && a.cycle.status === 'RECRUITING' && !a.cycle.archivedAt && !!a.cycle.applicationsCloseAt,
    closesAt: a.cycle.applicationsCloseAt,
  }
}
export type StaffTools = Awaited<ReturnType<typeof getStaffTools>>

/** Every tag used on a cycle's applications, with how many carry it (one statement on the GIN-indexed column). */
export async function listCycleTags(viewer: Viewer, cycleId: string) {
  assertCan(viewer, 'application:manage')
  const db = await getDb()
  const rows = await db.$queryRaw<{ tag: string; n: number }[]>`
    SELECT t AS tag, count(*)::int AS n
    FROM "Application" a, unnest(a."staffTags") AS t
    WHERE a."cycleId" = ${cycleId}::uuid AND a.stage <> 'DRAFT'
    GROUP BY t ORDER BY t`
  return rows.map((r) => ({ tag: r.tag, count: Number(r.n) }))
}

/** A cycle's extensions, live ones first, for the staff extensions page. */
export async function listExtensions(viewer: Viewer, cycleId: string) {
  assertCan(viewer, 'application:manage')
  const db = await getDb()
  const cycle = await db.cycle.findUnique({
    where: { id: cycleId },
    select: { id: true, status: true, archivedAt: true, applicationsCloseAt: true },
  })
  if (!cycle) throw notFound()
  const rows = await db.deadlineExtension.findMany({
    where: { cycleId },
    orderBy: [{ revokedAt: { sort: 'desc', nulls: 'first' } }, { until: 'asc' }],
    select: {
      id: true,
      until: true,
      reason: true,
      revokedAt: true,
      createdAt: true,
      user: { select: { id: true, name: true, email: true, applications: { where: { cycleId }, select: { id: true, stage: true } } } },
      grantedBy: { select: { name: true } },
    },
  })
  const now = new Date()
  return {
    cycle,
    canGrant: cycle.status === 'RECRUITING' && !cycle.archivedAt && !!cycle.applicationsCloseAt,
    extensions: rows.map(({ user: { applications, ...user }, ...e }) => ({
      ...e,
      user,
      application: applications[0] ?? null,
      running: !e.revokedAt && e.until > now,
    })),
  }
}

/** The viewer's own live extensions of calls they have not yet submitted to (their portal). */
export async function listMyExtensions(viewer: Viewer) {
  assertCan(viewer, 'application:write:own')
  const db = await getDb()
  const now = new Date()
  const rows = await db.deadlineExtension.findMany({
    where: {
      userId: viewer.userId,
      revokedAt: null,
      until: { gt: now },
      // Selection does not end a running extension (lib/recruitment/deadline.ts).
      cycle: { status: { in: ['RECRUITING', 'SELECTING'] }, archivedAt: null, programme: { archivedAt: null } },
    },
    orderBy: { until: 'asc' },
    select: {
      until: true,
      cycle: {
        select: {
          id: true,
          name: true,
          nameUr: true,
          applicationsCloseAt: true,
          programme: { select: { name: true, nameUr: true } },
          applications: { where: { applicantId: viewer.userId }, select: { stage: true } },
        },
      },
    },
  })
  // Once submitted, the extension has done its work.
  return rows
    .filter((r) => (r.cycle.applications[0]?.stage ?? 'DRAFT') === 'DRAFT')
    .map(({ until, cycle: { applications, ...cycle } }) => ({ until, cycle, started: applications.length > 0 }))
}
