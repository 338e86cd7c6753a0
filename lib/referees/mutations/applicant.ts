// The applicant names their referees: add one (emailed a single-use link at once, so letters
// arrive while the application is still being written), replace one who has not written (the
// old link stops working), or email a fresh link. Only the link's SHA-256 is stored.
import 'server-only'
import { permit } from '../../auth/permit'
import { newToken } from '../../auth/tokens'
import { write, type UnitOfWork } from '../../server/unit-of-work'
import { getDb } from '../../server/db'
import { AppError, notFound } from '../../server/errors'
import { hit } from '../../server/rate-limit'
import type { Tx } from '../../server/tx'
import type { Viewer } from '../../auth/viewer'
import { letterDeadline, tokenExpiry } from '../deadline'
import { queueLetterRequest } from '../mail'
import { ACTIVE, CHANGEABLE_STAGES } from '../rules'
import type { AddRefereeInput, ReplaceRefereeInput, ResendRefereeInput } from '../schema'

/** Emails to referees per application per hour (adds, replacements and resends together). */
export const REFEREE_MAIL_LIMIT = { perApplication: 10, windowMs: 60 * 60_000 }
/** One fresh link per referee per ten minutes. */
export const RESEND_LIMIT = { perReferee: 1, windowMs: 10 * 60_000 }

const allow = permit('application:write:own')

/** The viewer's own application, locked, with what the rules below need; "not found" for anyone else's. */
async function ownApplication(tx: Tx, uow: UnitOfWork, viewer: Viewer, applicationId: string) {
  // Locked before its referees are read: a second add or replace waiting on the lock then sees
  // the first one's referee (two quick submits never name more referees than the call asks).
  const owned = await tx.application.findFirst({ where: { id: applicationId, applicantId: viewer.userId }, select: { id: true } })
  if (!owned) throw notFound()
  await uow.lock('Application', owned.id)
  const a = await tx.application.findFirst({
    where: { id: applicationId, applicantId: viewer.userId },
    select: {
      id: true,
      stage: true,
      applicant: { select: { id: true, name: true, email: true, emailVerifiedAt: true } },
      cycle: {
        select: {
          id: true,
          name: true,
          refereesRequired: true,
          applicationsCloseAt: true,
          programme: { select: { name: true, nameUr: true } },
        },
      },
      referees: { where: { status: { in: [...ACTIVE] } }, select: { id: true, email: true, status: true } },
    },
  })
  if (!a) throw notFound()
  return a
}

type OwnApplication = Awaited<ReturnType<typeof ownApplication>>

async function assertChangeable(tx: Tx, a: OwnApplication, now: Date) {
  if (a.cycle.refereesRequired === 0) throw new AppError('INVALID', 'referees.errors.noneAsked')
  if (!CHANGEABLE_STAGES.includes(a.stage)) throw new AppError('CLOSED', 'referees.errors.notChangeable')
  const deadline = await letterDeadline(tx, a.cycle, a.applicant.id)
  if (!deadline || now >= deadline) throw new AppError('CLOSED', 'referees.errors.closed')
  if (!a.applicant.emailVerifiedAt) throw new AppError('FORBIDDEN', 'referees.errors.verifyFirst')
  return deadline
}

function assertNewEmail(a: OwnApplication, email: string, except?: string) {
  email = email.trim().toLowerCase()
  if (email === a.applicant.email.toLowerCase())
    throw new AppError('INVALID', 'referees.errors.ownEmail', { email: 'referees.errors.ownEmail' })
  if (a.referees.some((r) => r.id !== except && r.email.toLowerCase() === email))
    throw new AppError('DUPLICATE', 'referees.errors.sameEmail', { email: 'referees.errors.sameEmail' })
}

/**
 * Counts an email to a referee against the application's hourly limit. Outside the unit of
 * work (the counter must stand even when the write is refused), and only once the application
 * is known to be the viewer's: nobody can use up another applicant's limit.
 */
async function countMail(viewer: Viewer, applicationId: string, now: Date) {
  const db = await getDb()
  const mine = await db.application.findFirst({ where: { id: applicationId, applicantId: viewer.userId }, select: { id: true } })
  if (!mine) throw notFound()
  if (!(await hit(`referee:mail:${applicationId}`, REFEREE_MAIL_LIMIT.perApplication, REFEREE_MAIL_LIMIT.windowMs, now)))
    throw new AppError('RATE_LIMITED', 'referees.errors.tooMany')
}

/** A new referee row with a fresh link, and the email carrying it. */
async function request(tx: Tx, a: OwnApplication, who: { name: string; email: string; relation: string }, deadline: Date, now: Date) {
  const { token, tokenHash } = newToken()
  const r = await tx.referee.create({
    data: { applicationId: a.id, ...who, tokenHash, tokenExpiresAt: tokenExpiry(deadline, now) },
    select: { id: true },
  })
  await queueLetterRequest(tx, 'request', { cycle: a.cycle, referee: who, applicant: a.applicant.name, deadline, token })
  return r.id
}

export async function addReferee(viewer: Viewer, input: AddRefereeInput, now = new Date()) {
  allow(viewer)
  await countMail(viewer, input.applicationId, now)
  return write(viewer, allow, async (tx, uow) => {
    const a = await ownApplication(tx, uow, viewer, input.applicationId)
    const deadline = await assertChangeable(tx, a, now)
    if (a.referees.length >= a.cycle.refereesRequired) throw new AppError('INVALID', 'referees.errors.enough')
    assertNewEmail(a, input.email)
    const id = await request(tx, a, { name: input.name, email: input.email, relation: input.relation }, deadline, now)
    await uow.audit({ action: 'referee.add', entityType: 'Referee', entityId: id, after: { applicationId: a.id, email: input.email } })
    return { id }
  })
}

async function ownReferee(tx: Pick<Tx, 'referee'>, viewer: Viewer, refereeId: string) {
  const r = await tx.referee.findFirst({
    where: { id: refereeId, application: { applicantId: viewer.userId } },
    select: { id: true, applicationId: true, status: true, name: true, email: true, relation: true },
  })
  if (!r) throw notFound()
  return r
}

export async function replaceReferee(viewer: Viewer, input: ReplaceRefereeInput, now = new Date()) {
  allow(viewer)
  await countMail(viewer, (await ownReferee(await getDb(), viewer, input.refereeId)).applicationId, now)
  return write(viewer, allow, async (tx, uow) => {
    const old = await ownReferee(tx, viewer, input.refereeId)
    const a = await ownApplication(tx, uow, viewer, old.applicationId)
    const deadline = await assertChangeable(tx, a, now)
    if (old.status === 'RECEIVED') throw new AppError('CONFLICT', 'referees.errors.alreadyReceived')
    if (old.status !== 'REQUESTED') throw new AppError('CONFLICT', 'referees.errors.notRequested')
    assertNewEmail(a, input.email, old.id)
    // Only a referee still waiting to write is replaced: a letter arriving meanwhile wins.
    const done = await tx.referee.updateMany({
      where: { id: old.id, status: 'REQUESTED' },
      data: { status: 'REPLACED', replacedAt: now, version: { increment: 1 } },
    })
    if (done.count !== 1) throw new AppError('CONFLICT', 'referees.errors.alreadyReceived')
    const id = await request(tx, a, { name: input.name, email: input.email, relation: input.relation }, deadline, now)
    await uow.audit({
      action: 'referee.replace',
      entityType: 'Referee',
      entityId: old.id,
      before: { email: old.email },
      after: { replacedBy: id, email: input.email },
    })
    return { id }
  })
}

/** A fresh link to a referee still waiting to write: the earlier link stops working. */
export async function resendRefereeLink(viewer: Viewer, input: ResendRefereeInput, now = new Date()) {
  allow(viewer)
  const mine = await ownReferee(await getDb(), viewer, input.refereeId)
  if (mine.status !== 'REQUESTED') throw new AppError('CONFLICT', 'referees.errors.notRequested')
  if (!(await hit(`referee:resend:${mine.id}`, RESEND_LIMIT.perReferee, RESEND_LIMIT.windowMs, now)))
    throw new AppError('RATE_LIMITED', 'referees.errors.resentRecently')
  await countMail(viewer, mine.applicationId, now)
  return write(viewer, allow, async (tx, uow) => {
    const r = await ownReferee(tx, viewer, input.refereeId)
    const a = await ownApplication(tx, uow, viewer, r.applicationId)
    const deadline = await assertChangeable(tx, a, now)
    if (r.status !== 'REQUESTED') throw new AppError('CONFLICT', 'referees.errors.notRequested')
    const { token, tokenHash } = newToken()
    const done = await tx.referee.updateMany({
      where: { id: r.id, status: 'REQUESTED' },
      data: { tokenHash, tokenExpiresAt: tokenExpiry(deadline, now), version: { increment: 1 } },
    })
    if (done.count !== 1) throw new AppError('CONFLICT', 'referees.errors.notRequested')
    await queueLetterRequest(tx, 'request', { cycle: a.cycle, referee: r, applicant: a.applicant.name, deadline, token })
    await uow.audit({ action: 'referee.resend', entityType: 'Referee', entityId: r.id })
  })
}
