// A person's private calendar feed: a new secret address (only its hash kept; the address is
// shown once), or revoked (the row deleted, so the old address answers "not found").
import 'server-only'
import { write } from '../../server/unit-of-work'
import { permit } from '../../auth/permit'
import { newToken } from '../../auth/tokens'
import type { Viewer } from '../../auth/viewer'

/** Makes a new feed address, replacing any earlier one; returns the token (never stored). */
export async function createCalendarFeed(viewer: Viewer): Promise<string> {
  return write(viewer, permit('event:respond'), async (tx, uow) => {
    const { token, tokenHash } = newToken()
    const old = await tx.calendarFeed.deleteMany({ where: { userId: viewer.userId } })
    const feed = await tx.calendarFeed.create({ data: { userId: viewer.userId, tokenHash }, select: { id: true } })
    await uow.audit({ action: 'calendarFeed.create', entityType: 'CalendarFeed', entityId: feed.id, after: { replaced: old.count > 0 } })
    return token
  })
}

export async function revokeCalendarFeed(viewer: Viewer): Promise<boolean> {
  return write(viewer, permit('event:respond'), async (tx, uow) => {
    const feed = await tx.calendarFeed.findUnique({ where: { userId: viewer.userId }, select: { id: true } })
    if (!feed) return false
    await tx.calendarFeed.delete({ where: { id: feed.id } })
    await uow.audit({ action: 'calendarFeed.revoke', entityType: 'CalendarFeed', entityId: feed.id })
    return true
  })
}
