// The applicant's own view: the form of a call with their draft, their applications, and
// one application's status with any interview or offer. Never reviews, scores or notes.
import 'server-only'
import { getDb } from '../../server/db'
import { assertCan } from '../../auth/policy'
import { notFound } from '../../server/errors'
import type { Viewer } from '../../auth/viewer'
import { readOptions } from '../answers'
import { activeExtension, personalCallState } from '../deadline'
import { canRespondToOffer } from '../policy'
import { withOfferAsOf } from '../offer-deadline'
import { applicationFilesSelect } from './selects'

export async function getApplicationForm(viewer: Viewer, cycleId: string) {
  assertCan(viewer, 'application:write:own')
  const db = await getDb()
  const [cycle, mine, me, extension] = await Promise.all([
    db.cycle.findFirst({
      where: { id: cycleId, archivedAt: null, programme: { archivedAt: null } },
      select: {
        id: true,
        name: true,
        status: true,
        applicationsOpenAt: true,
        applicationsCloseAt: true,
        callDescription: true,
        callDescriptionUr: true,
        programme: { select: { name: true, nameUr: true, slug: true } },
        formFields: {
          orderBy: { position: 'asc' },
          select: {
            id: true,
            key: true,
            type: true,
            labelEn: true,
            labelUr: true,
            helpEn: true,
            helpUr: true,
            required: true,
            options: true,
          },
        },
      },
    }),
    db.application.findUnique({
      where: { cycleId_applicantId: { cycleId, applicantId: viewer.userId } },
      select: { id: true, stage: true, answers: true, version: true, updatedAt: true, files: applicationFilesSelect },
    }),
    db.user.findUnique({ where: { id: viewer.userId }, select: { emailVerifiedAt: true, email: true } }),
    activeExtension(db, cycleId, viewer.userId),
  ])
  // A cycle not recruiting is only visible to someone who already applied to it, or whose own
  // extension still runs (it outlives the cycle moving on to selection).
  if (!cycle) throw notFound()
  const extended = !!extension && personalCallState(cycle, extension.until) === 'open'
  if (cycle.status !== 'RECRUITING' && !mine && !extended) throw notFound()
  return {
    cycle: { ...cycle, formFields: cycle.formFields.map((f) => ({ ...f, options: readOptions(f.options) })) },
    application: mine ? { ...mine, answers: (mine.answers ?? {}) as Record<string, unknown> } : null,
    // Past the call's close, open still for a person staff extended the deadline for.
    state: personalCallState(cycle, extension?.until ?? null),
    extendedUntil: extension && cycle.applicationsCloseAt && extension.until > cycle.applicationsCloseAt ? extension.until : null,
    emailVerified: !!me?.emailVerifiedAt,
    email: me?.email ?? viewer.email,
  }
}
export type ApplicationForm = Awaited<ReturnType<typeof getApplicationForm>>

export async function listMyApplications(viewer: Viewer) {
  assertCan(viewer, 'application:write:own')
  const db = await getDb()
  const rows = await db.application.findMany({
    where: { applicantId: viewer.userId },
    orderBy: { createdAt: 'desc' },
    select: {
      id: true,
      stage: true,
      submittedAt: true,
      updatedAt: true,
      cycle: {
        select: { id: true, name: true, nameUr: true, applicationsCloseAt: true, programme: { select: { name: true, nameUr: true } } },
      },
      offer: { select: { status: true, respondBy: true } },
      interviews: {
        where: { status: 'SCHEDULED' },
        orderBy: { scheduledAt: 'asc' },
        take: 1,
        select: { scheduledAt: true, mode: true, location: true },
      },
    },
  })
  const extensions = await db.deadlineExtension.findMany({
    where: { userId: viewer.userId, revokedAt: null },
    select: { cycleId: true, until: true },
  })
  const untilOf = new Map(extensions.map((e) => [e.cycleId, e.until]))
  // A pending offer past its deadline reads expired before the scheduled job writes it.
  return rows.map((row) => {
    const a = withOfferAsOf(row)
    const until = untilOf.get(row.cycle.id)
    const close = row.cycle.applicationsCloseAt
    // A draft's own deadline: the call's close, or this person's extension when later.
    const draftDeadline = until && close && until > close ? until : close
    return { ...a, draftDeadline, extended: draftDeadline !== close, canRespond: canRespondToOffer(viewer, a) }
  })
}

export async function getMyApplication(viewer: Viewer, applicationId: string) {
  assertCan(viewer, 'application:write:own')
  const db = await getDb()
  const a = await db.application.findFirst({
    where: { id: applicationId, applicantId: viewer.userId },
    select: {
      id: true,
      stage: true,
      version: true,
      answers: true,
      submittedAt: true,
      decidedAt: true,
      cycle: {
        select: {
          id: true,
          name: true,
          status: true,
          applicationsOpenAt: true,
          applicationsCloseAt: true,
          programme: { select: { name: true, nameUr: true } },
          formFields: { orderBy: { position: 'asc' }, select: { key: true, type: true, labelEn: true, labelUr: true, options: true } },
        },
      },
      files: applicationFilesSelect,
      offer: { select: { status: true, respondBy: true, respondedAt: true, message: true } },
      interviews: {
        where: { status: { in: ['SCHEDULED', 'COMPLETED'] } },
        orderBy: { scheduledAt: 'asc' },
        select: { id: true, scheduledAt: true, durationMinutes: true, mode: true, location: true, status: true },
      },
      fellowship: { select: { id: true } },
    },
  })
  if (!a) throw notFound()
  const asOf = withOfferAsOf(a)
  const extension = await activeExtension(db, a.cycle.id, viewer.userId)
  return {
    ...asOf,
    answers: (a.answers ?? {}) as Record<string, unknown>,
    cycle: { ...a.cycle, formFields: a.cycle.formFields.map((f) => ({ ...f, options: readOptions(f.options) })) },
    callState: personalCallState(a.cycle, extension?.until ?? null),
    // The accept/decline form: the rule respondToOffer refuses by.
    canRespond: canRespondToOffer(viewer, asOf),
  }
}
export type MyApplication = Awaited<ReturnType<typeof getMyApplication>>

/** Whether the applicant may submit yet (a verified email), for the portal's banner. */
export async function getMyAccountState(viewer: Viewer) {
  assertCan(viewer, 'application:write:own')
  const db = await getDb()
  const u = await db.user.findUnique({ where: { id: viewer.userId }, select: { email: true, emailVerifiedAt: true } })
  return { email: u?.email ?? viewer.email, emailVerified: !!u?.emailVerifiedAt }
}
