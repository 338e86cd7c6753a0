// A signed-in person's own account: name, phone, password.
import 'server-only'
import { getDb } from '../server/db'
import { AppError, notFound } from '../server/errors'
import { updateVersioned } from '../server/versioned'
import { write } from '../server/unit-of-work'
import { signedIn } from './permit'
import { hashPassword, verifyPassword } from './password'
import type { Viewer } from './viewer'

export async function getOwnProfile(viewer: Viewer) {
  const db = await getDb()
  const u = await db.user.findUnique({
    where: { id: viewer.userId },
    select: { name: true, email: true, phone: true, role: true, version: true, department: { select: { name: true } } },
  })
  if (!u) throw notFound()
  return u
}

export async function updateOwnProfile(viewer: Viewer, input: { name: string; phone?: string; version: number }) {
  await write(viewer, signedIn, async (tx, uow) => {
    const before = await tx.user.findUnique({ where: { id: viewer.userId }, select: { name: true, phone: true } })
    await updateVersioned(tx.user, viewer.userId, input.version, { name: input.name, phone: input.phone ?? null })
    await uow.audit({
      action: 'user.profile',
      entityType: 'User',
      entityId: viewer.userId,
      before,
      after: { name: input.name, phone: input.phone ?? null },
    })
  })
}

/** Changing one's password ends other sessions; the caller signs in again. */
export async function changeOwnPassword(viewer: Viewer, current: string, next: string) {
  const db = await getDb()
  const u = await db.user.findUnique({ where: { id: viewer.userId }, select: { passwordHash: true } })
  if (!u || !(await verifyPassword(current, u.passwordHash))) {
    throw new AppError('INVALID', 'errors.wrongPassword', { current: 'errors.wrongPassword' })
  }
  const passwordHash = await hashPassword(next)
  await write(viewer, signedIn, async (tx, uow) => {
    await tx.user.update({ where: { id: viewer.userId }, data: { passwordHash, sessionVersion: { increment: 1 } } })
    await uow.audit({ action: 'user.password-change', entityType: 'User', entityId: viewer.userId })
  })
}
