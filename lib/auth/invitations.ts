// Invitations: staff invite someone by email to a role; the invitee sets a password through
// the emailed link, and the account (with the role) exists from then.
//
// An address may already have an account its owner never confirmed: anyone can sign up with
// someone else's address and a password of their own. Inviting that address takes the account
// back for the address's owner: its password is removed and its sessions end at once, and it
// stays an applicant's; the invited role starts when the invitation is accepted from that
// inbox, with the password the invitee chooses then. So a stranger who registered the address
// never holds the role (SECURITY.md, "Accounts and sessions").
import 'server-only'
import { getDb } from '../server/db'
import { AppError, notFound } from '../server/errors'
import { appUrl } from '../server/mailer'
import { write, type UnitOfWork } from '../server/unit-of-work'
import { afterResponse } from '../server/after-response'
import type { Tx } from '../server/tx'
import { mailTemplates } from '../notifications/templates'
import { permit, withoutSignIn } from './permit'
import { hashPassword } from './password'
import { hashToken, newToken, TOKEN_TTL_MS } from './tokens'
import type { Viewer } from './viewer'
import type { InviteInput } from './schema'
import { assertMayGrant } from './grant'
import { toSessionUser, type SessionUser } from './session-user'

const taken = () => new AppError('DUPLICATE', 'errors.emailTaken', { email: 'errors.emailTaken' })

/**
 * Invites an address to a role. `unconfirmedAccount` says the address had an account nobody
 * had confirmed, which the invitation took back (see the top of this file).
 */
export async function inviteUser(viewer: Viewer, input: InviteInput): Promise<{ id: string; unconfirmedAccount: boolean }> {
  permit('user:invite')(viewer)
  assertMayGrant(viewer, input.role)
  const db = await getDb()
  if (input.departmentId) {
    const d = await db.department.findFirst({ where: { id: input.departmentId, archivedAt: null }, select: { id: true } })
    if (!d) throw new AppError('NOT_FOUND', 'errors.notFound', { departmentId: 'errors.notFound' })
  }
  const { token, tokenHash } = newToken()
  return write(
    viewer,
    permit('user:invite'),
    async (tx, uow) => {
      const existing = await tx.user.findUnique({
        where: { email: input.email },
        select: { id: true, role: true, departmentId: true, active: true, emailVerifiedAt: true },
      })
      // A confirmed account is changed on the people page, not invited again.
      if (existing?.emailVerifiedAt) throw taken()
      if (existing) {
        if (existing.role === 'ADMIN' || existing.role === 'STAFF') assertMayGrant(viewer, existing.role)
        await takeBackUnconfirmed(tx, uow, existing)
      }
      // A new invitation replaces any earlier open one to the same address.
      await tx.invitation.updateMany({
        where: { email: input.email, acceptedAt: null, revokedAt: null },
        data: { revokedAt: new Date() },
      })
      const inv = await tx.invitation.create({
        data: {
          email: input.email,
          name: input.name,
          role: input.role,
          departmentId: input.role === 'PARTNER' ? input.departmentId : null,
          invitedById: viewer.userId,
          tokenHash,
          expiresAt: new Date(Date.now() + TOKEN_TTL_MS.INVITE),
        },
      })
      const t = mailTemplates.invitation({ name: input.name, inviter: viewer.name, role: input.role, url: appUrl(`/invite/${token}`) })
      await uow.mail({ to: input.email, kind: 'auth.invitation', ...t })
      await uow.audit({
        action: 'invitation.create',
        entityType: 'Invitation',
        entityId: inv.id,
        after: { email: inv.email, name: inv.name, role: inv.role, departmentId: inv.departmentId, unconfirmedAccountId: existing?.id },
      })
      return { id: inv.id, unconfirmedAccount: !!existing }
    },
    // Staff need not wait for the mail server.
    { deliverMail: (send) => afterResponse('invitation mail', send) },
  )
}

/**
 * An unconfirmed account at an invited address: whoever chose its password may not be the
 * address's owner. The password stops working, every session ends, the emailed links still
 * open are spent, and it stays an applicant's until the invitation is accepted.
 */
async function takeBackUnconfirmed(tx: Tx, uow: UnitOfWork, u: { id: string; role: string; departmentId: string | null; active: boolean }) {
  const now = new Date()
  await tx.user.update({
    where: { id: u.id },
    data: { passwordHash: null, role: 'APPLICANT', departmentId: null, sessionVersion: { increment: 1 }, version: { increment: 1 } },
  })
  await tx.session.deleteMany({ where: { userId: u.id } })
  await tx.authToken.updateMany({ where: { userId: u.id, usedAt: null }, data: { usedAt: now } })
  await uow.audit({
    action: 'user.update',
    entityType: 'User',
    entityId: u.id,
    before: { role: u.role, departmentId: u.departmentId, active: u.active },
    after: { role: 'APPLICANT', departmentId: null, active: u.active, passwordRemoved: true, sessionsEnded: true },
  })
}

export async function revokeInvitation(viewer: Viewer, invitationId: string) {
  await write(viewer, permit('user:invite'), async (tx, uow) => {
    const res = await tx.invitation.updateMany({
      where: { id: invitationId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    })
    if (res.count !== 1) throw notFound()
    await uow.audit({ action: 'invitation.revoke', entityType: 'Invitation', entityId: invitationId })
  })
}

export async function findOpenInvitation(token: string) {
  const db = await getDb()
  return db.invitation.findFirst({
    where: { tokenHash: hashToken(token), acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    select: { id: true, email: true, name: true, role: true },
  })
}

/**
 * The invitee sets their name and password; the account gets the invited role, confirmed (the
 * link came to the address). An applicant's account already at the address (one that was
 * never confirmed, or whose owner confirmed it since) becomes the invited one, keeping its
 * id, with the new password; every earlier session of it ends.
 */
export async function acceptInvitation(token: string, input: { name: string; password: string }): Promise<SessionUser> {
  const passwordHash = await hashPassword(input.password)
  // The emailed token is the right to accept; it is checked and spent inside.
  return write(null, withoutSignIn('invitation'), async (tx, uow) => {
    const now = new Date()
    const inv = await tx.invitation.findFirst({
      where: { tokenHash: hashToken(token), acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    })
    if (!inv) throw new AppError('INVALID', 'errors.tokenInvalid')
    const claimed = await tx.invitation.updateMany({ where: { id: inv.id, acceptedAt: null }, data: { acceptedAt: now } })
    if (claimed.count !== 1) throw new AppError('INVALID', 'errors.tokenInvalid')
    const existing = await tx.user.findUnique({ where: { email: inv.email }, select: { id: true, role: true, departmentId: true } })
    // Staff, reviewers, fellows and partners are changed on the people page, not by an invitation.
    if (existing && existing.role !== 'APPLICANT') throw new AppError('DUPLICATE', 'errors.emailTaken')
    const account = {
      name: input.name,
      passwordHash,
      role: inv.role,
      departmentId: inv.departmentId,
      emailVerifiedAt: now,
    }
    const u = existing
      ? await tx.user.update({
          where: { id: existing.id },
          data: { ...account, active: true, sessionVersion: { increment: 1 }, version: { increment: 1 } },
        })
      : await tx.user.create({ data: { email: inv.email, ...account } })
    if (existing) await tx.session.deleteMany({ where: { userId: u.id } })
    if (inv.role === 'PARTNER' && inv.departmentId) {
      // Link the matching partner contact, if staff recorded one for this email.
      await tx.partnerContact.updateMany({
        where: { departmentId: inv.departmentId, email: inv.email, userId: null },
        data: { userId: u.id },
      })
    }
    await uow.audit({
      actorId: u.id,
      action: 'invitation.accept',
      entityType: 'User',
      entityId: u.id,
      before: existing ? { role: existing.role, departmentId: existing.departmentId } : undefined,
      after: { email: u.email, role: u.role, departmentId: u.departmentId },
    })
    return toSessionUser(u)
  })
}
