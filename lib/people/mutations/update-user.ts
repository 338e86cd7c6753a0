// Staff change a user's role, department or access (deactivating the account).
import 'server-only'
import { write } from '../../server/unit-of-work'
import { AppError, notFound, stale } from '../../server/errors'
import { permit } from '../../auth/permit'
import { assertMayGrant } from '../../auth/grant'
import type { Viewer } from '../../auth/viewer'
import type { UpdateUserInput } from '../schema'

export async function updateUser(viewer: Viewer, input: UpdateUserInput) {
  permit('user:manage')(viewer)
  if (input.userId === viewer.userId) throw new AppError('FORBIDDEN', 'errors.cannotChangeOwnRole')
  await write(viewer, permit('user:manage'), async (tx, uow) => {
    const before = await tx.user.findUnique({
      where: { id: input.userId },
      select: { id: true, role: true, departmentId: true, active: true, version: true, emailVerifiedAt: true },
    })
    if (!before) throw notFound()
    // Staff may not touch administrators or staff accounts, nor grant those roles.
    if (before.role === 'ADMIN' || before.role === 'STAFF') assertMayGrant(viewer, before.role)
    assertMayGrant(viewer, input.role)
    // Anyone can sign up with someone else's address and a password of their own: until the
    // address is confirmed, the account is an applicant's. Staff invite the address instead
    // (lib/auth/invitations.ts): the role starts when the invitation is accepted from that inbox.
    if (!before.emailVerifiedAt && input.role !== 'APPLICANT') {
      throw new AppError('FORBIDDEN', 'errors.emailNotConfirmed', { role: 'errors.emailNotConfirmed' })
    }
    const departmentId = input.role === 'PARTNER' ? (input.departmentId ?? null) : null
    const changedAccess = before.role !== input.role || before.active !== input.active || before.departmentId !== departmentId
    const res = await tx.user.updateMany({
      where: { id: input.userId, version: input.version },
      data: {
        role: input.role,
        departmentId,
        active: input.active,
        version: { increment: 1 },
        // A changed role, department or access ends the user's sessions.
        ...(changedAccess ? { sessionVersion: { increment: 1 } } : {}),
      },
    })
    if (res.count !== 1) throw stale()
    await uow.audit({
      action: 'user.update',
      entityType: 'User',
      entityId: input.userId,
      before: { role: before.role, departmentId: before.departmentId, active: before.active },
      after: { role: input.role, departmentId, active: input.active },
    })
  })
}
