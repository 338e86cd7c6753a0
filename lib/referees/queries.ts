// Reads of referees and letters, one per audience. The applicant's read never selects a
// letter's text or file; a reviewer's gets letters only in a cycle not reviewed blind, and in a
// blind one only the redacted texts staff released, with no referee's name.
import 'server-only'
import type { PrismaClient } from '@prisma/client'
import { getDb } from '../server/db'
import { assertCan } from '../auth/policy'
import { notFound } from '../server/errors'
import { writeAudit } from '../audit/write'
import type { Viewer } from '../auth/viewer'
import { hiddenFromReviewers } from '../recruitment/stages'
import { letterDeadline } from './deadline'
import { ACTIVE, CHANGEABLE_STAGES } from './rules'

/** The applicant's referees: who, and whether each letter is in. Never the letter. */
export async function listMyReferees(viewer: Viewer, applicationId: string, now = new Date()) {
  assertCan(viewer, 'application:write:own')
  const db = await getDb()
  const a = await db.application.findFirst({
    where: { id: applicationId, applicantId: viewer.userId },
    select: {
      id: true,
      stage: true,
      cycle: { select: { id: true, refereesRequired: true, applicationsCloseAt: true } },
      referees: {
        where: { status: { in: [...ACTIVE] } },
        orderBy: { createdAt: 'asc' },
        select: { id: true, name: true, email: true, relation: true, status: true, createdAt: true, receivedAt: true },
      },
    },
  })
  if (!a) throw notFound()
  const deadline = await letterDeadline(db, a.cycle, viewer.userId)
  const stageOpen = CHANGEABLE_STAGES.includes(a.stage)
  const open = stageOpen && !!deadline && now < deadline
  return {
    applicationId: a.id,
    required: a.cycle.refereesRequired,
    deadline,
    /** The applicant may still add, replace and resend. */
    open,
    /** Why not, in the applicant's terms: an application past review, or the deadline gone. */
    closedBecause: open ? null : stageOpen ? ('deadline' as const) : ('stage' as const),
    canAdd: open && a.referees.length < a.cycle.refereesRequired,
    referees: a.referees,
  }
}
export type MyReferees = Awaited<ReturnType<typeof listMyReferees>>

/** For a call's form page: how many referees the call asks for, and the viewer's own, once they have an application. */
export async function refereesForCall(viewer: Viewer, cycleId: string, now = new Date()) {
  assertCan(viewer, 'application:write:own')
  const db = await getDb()
  const [cycle, mine] = await Promise.all([
    db.cycle.findUnique({ where: { id: cycleId }, select: { refereesRequired: true } }),
    db.application.findUnique({ where: { cycleId_applicantId: { cycleId, applicantId: viewer.userId } }, select: { id: true } }),
  ])
  return { required: cycle?.refereesRequired ?? 0, mine: mine ? await listMyReferees(viewer, mine.id, now) : null }
}

/** Every referee of an application, letters included, for staff (replaced ones too, for the record). */
export async function listLettersForStaff(viewer: Viewer, applicationId: string) {
  assertCan(viewer, 'application:read:any')
  const db = await getDb()
  return db.referee.findMany({
    where: { applicationId },
    orderBy: [{ status: 'asc' }, { createdAt: 'asc' }],
    select: {
      id: true,
      name: true,
      email: true,
      relation: true,
      status: true,
      version: true,
      createdAt: true,
      receivedAt: true,
      replacedAt: true,
      reminderCount: true,
      letterText: true,
      letterFileName: true,
      letterSizeBytes: true,
      redactedText: true,
      releasedAt: true,
    },
  })
}
export type StaffLetter = Awaited<ReturnType<typeof listLettersForStaff>>[number]

/** The assigned reviewer's review, if it may show anything of the application. */
async function reviewOf(db: PrismaClient, viewer: Viewer, reviewId: string) {
  const r = await db.review.findFirst({
    where: { id: reviewId, reviewerId: viewer.userId },
    select: {
      status: true,
      application: { select: { id: true, stage: true, cycle: { select: { blindReview: true, refereesRequired: true } } } },
    },
  })
  if (!r || r.status === 'RECUSED' || hiddenFromReviewers(r.application.stage)) return null
  return r
}

export type ReviewerLetter =
  | { kind: 'letter'; id: string; name: string; relation: string; text: string | null; fileName: string | null }
  | { kind: 'redacted'; n: number; text: string }

/** Letters as the assigned reviewer may read them. */
export async function listLettersForReview(
  viewer: Viewer,
  reviewId: string,
): Promise<{ blind: boolean; asked: boolean; letters: ReviewerLetter[] }> {
  assertCan(viewer, 'review:write:assigned')
  const db = await getDb()
  const r = await reviewOf(db, viewer, reviewId)
  if (!r) return { blind: true, asked: false, letters: [] }
  if (r.application.cycle.blindReview) {
    const released = await db.referee.findMany({
      where: { applicationId: r.application.id, status: 'RECEIVED', releasedAt: { not: null }, redactedText: { not: null } },
      orderBy: { receivedAt: 'asc' },
      select: { redactedText: true },
    })
    return {
      blind: true,
      asked: r.application.cycle.refereesRequired > 0,
      letters: released.map((x, i) => ({ kind: 'redacted', n: i + 1, text: x.redactedText! })),
    }
  }
  const letters = await db.referee.findMany({
    where: { applicationId: r.application.id, status: 'RECEIVED' },
    orderBy: { receivedAt: 'asc' },
    select: { id: true, name: true, relation: true, letterText: true, letterFileName: true },
  })
  return {
    blind: false,
    asked: r.application.cycle.refereesRequired > 0,
    letters: letters.map((l) => ({
      kind: 'letter',
      id: l.id,
      name: l.name,
      relation: l.relation,
      text: l.letterText,
      fileName: l.letterFileName,
    })),
  }
}

const fileSelect = {
  id: true,
  letterStorageKey: true,
  letterMimeType: true,
  letterFileName: true,
} as const

function asFile(r: { letterStorageKey: string | null; letterMimeType: string | null; letterFileName: string | null } | null) {
  if (!r?.letterStorageKey || !r.letterMimeType) throw notFound()
  return { storageKey: r.letterStorageKey, mimeType: r.letterMimeType, originalName: r.letterFileName ?? 'letter' }
}

/** An uploaded letter for staff, through the application's own address; each download audited. */
export async function readLetterFileForStaff(viewer: Viewer, at: { cycleId: string; applicationId: string; refereeId: string }) {
  assertCan(viewer, 'application:read:any')
  const db = await getDb()
  const r = await db.referee.findFirst({
    where: { id: at.refereeId, status: 'RECEIVED', application: { id: at.applicationId, cycleId: at.cycleId } },
    select: fileSelect,
  })
  const file = asFile(r)
  await writeAudit(db, { actorId: viewer.userId, action: 'referee.view', entityType: 'Referee', entityId: at.refereeId })
  return file
}

/** An uploaded letter for an assigned reviewer of a cycle not reviewed blind; audited. */
export async function readLetterFileForReviewer(viewer: Viewer, at: { reviewId: string; refereeId: string }) {
  assertCan(viewer, 'review:write:assigned')
  const db = await getDb()
  const rv = await reviewOf(db, viewer, at.reviewId)
  if (!rv || rv.application.cycle.blindReview) throw notFound()
  const r = await db.referee.findFirst({
    where: { id: at.refereeId, status: 'RECEIVED', applicationId: rv.application.id },
    select: fileSelect,
  })
  const file = asFile(r)
  await writeAudit(db, { actorId: viewer.userId, action: 'referee.view', entityType: 'Referee', entityId: at.refereeId })
  return file
}
