// An applicant withdraws their application (a pending offer counts as declined, a scheduled
// interview is cancelled), or asks for a new email-verification link.
import 'server-only'
import { write } from '../../server/unit-of-work'
import { permit } from '../../auth/permit'
import { getDb } from '../../server/db'
import { assertCan } from '../../auth/policy'
import { AppError } from '../../server/errors'
import { updateVersioned } from '../../server/versioned'
import { appUrl } from '../../server/mailer'
import { hit } from '../../server/rate-limit'
import { hashToken, newToken, TOKEN_TTL_MS } from '../../auth/tokens'
import { mailTemplates } from '../../notifications/templates'
import type { Viewer } from '../../auth/viewer'
import { WITHDRAWABLE } from '../stages'
import { rankWaitlist } from '../waitlist/order'
import { loadOwnApplication } from '../access'
import { notices, queueNotice } from '../notify'
import { localPath } from '../../safe-path'

export async function withdrawApplication(viewer: Viewer, input: { applicationId: string; version: number }) {
  await write(viewer, permit('application:write:own'), async (tx, uow) => {
    const a = await loadOwnApplication(tx, viewer, input.applicationId)
    if (!WITHDRAWABLE.includes(a.stage)) throw new AppError('CONFLICT', 'recruitment.applyErrors.cannotWithdraw')
    const now = new Date()
    if (a.stage === 'WAITLISTED') await uow.lock('Cycle', a.cycleId)
    await updateVersioned(tx.application, a.id, input.version, { stage: 'WITHDRAWN', decidedAt: now })
    if (a.stage === 'WAITLISTED') await rankWaitlist(tx, a.cycleId)
    if (a.offer?.status === 'PENDING') {
      await tx.offer.update({ where: { id: a.offer.id }, data: { status: 'DECLINED', respondedAt: now, version: { increment: 1 } } })
    }
    await tx.interview.updateMany({
      where: { applicationId: a.id, status: 'SCHEDULED' },
      // A booked time goes back to the open slots, for someone else to book.
      data: { status: 'CANCELLED', slotId: null, version: { increment: 1 } },
    })
    await uow.audit({
      action: 'application.withdraw',
      entityType: 'Application',
      entityId: a.id,
      before: { stage: a.stage },
      after: { stage: 'WITHDRAWN' },
    })
    await queueNotice(
      tx,
      { id: viewer.userId, email: viewer.email, name: viewer.name },
      'recruitment.withdrawn',
      notices.withdrawn(a.cycle, viewer.name),
    )
  })
}

/** A fresh verification link, for an applicant who lost or never received the first one. */
export async function resendVerification(viewer: Viewer, next = '/apply') {
  assertCan(viewer, 'application:write:own')
  if (!(await hit(`verify:acct:${viewer.userId}`, 3, 15 * 60_000))) throw new AppError('RATE_LIMITED', 'errors.rateLimited')
  const db = await getDb()
  const u = await db.user.findUnique({ where: { id: viewer.userId }, select: { id: true, email: true, name: true, emailVerifiedAt: true } })
  if (!u || u.emailVerifiedAt) return
  const { token } = newToken()
  const safeNext = localPath(next) ?? '/apply'
  const t = mailTemplates.verifyEmail({ url: appUrl(`/verify-email?token=${token}&next=${encodeURIComponent(safeNext)}`) })
  await write(viewer, permit('application:write:own'), async (tx, uow) => {
    await tx.authToken.create({
      data: {
        userId: u.id,
        purpose: 'EMAIL_VERIFY',
        tokenHash: hashToken(token),
        expiresAt: new Date(Date.now() + TOKEN_TTL_MS.EMAIL_VERIFY),
      },
    })
    await uow.audit({ action: 'user.verify-resend', entityType: 'User', entityId: u.id })
    await uow.mail({ to: u.email, userId: u.id, kind: 'auth.verify-email', ...t })
  })
}
