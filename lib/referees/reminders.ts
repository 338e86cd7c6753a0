// Reminders to referees who have not written: one a week before the applicant's deadline and
// one two days before, each sent once (reminderCount says how many went; the update that
// counts it is conditional, so two runs at once send one). Since only a hash of the link is
// kept, each reminder carries a fresh link that replaces the earlier one. The applicant is told
// too, so they can replace a referee who will not write. Not server-only: scripts/remind.ts.
import type { PrismaClient } from '@prisma/client'
import { newToken } from '../auth/tokens'
import { writeAsSystem } from '../server/unit-of-work'
import { letterDeadline, tokenExpiry } from './deadline'
import { queueApplicantNotice, queueLetterRequest } from './mail'
import { LETTER_STAGES } from './rules'

const DAY = 86_400_000
/** Days before the deadline each reminder goes: the first at 7, the second at 2. */
export const REMINDER_DAYS = [7, 2] as const

/** How many reminders are due by `now` for a deadline (0, 1 or 2). */
export function remindersDue(deadline: Date, now: Date): number {
  const left = deadline.getTime() - now.getTime()
  if (left <= 0) return 0
  return REMINDER_DAYS.filter((d) => left <= d * DAY).length
}

export async function sendRefereeReminders(db: PrismaClient, now = new Date()): Promise<{ referees: number }> {
  // Extensions run at most a few weeks past the call: a referee whose call closed long ago is not looked at.
  const waiting = await db.referee.findMany({
    where: {
      status: 'REQUESTED',
      reminderCount: { lt: REMINDER_DAYS.length },
      tokenExpiresAt: { gt: now },
      application: { stage: { in: [...LETTER_STAGES] }, cycle: { status: 'RECRUITING' } },
    },
    select: {
      id: true,
      name: true,
      email: true,
      relation: true,
      reminderCount: true,
      application: {
        select: {
          applicant: { select: { id: true, name: true, email: true } },
          cycle: { select: { id: true, name: true, applicationsCloseAt: true, programme: { select: { name: true, nameUr: true } } } },
        },
      },
    },
  })
  let sent = 0
  for (const r of waiting) {
    const a = r.application
    const deadline = await letterDeadline(db, a.cycle, a.applicant.id)
    if (!deadline) continue
    const due = remindersDue(deadline, now)
    if (due <= r.reminderCount) continue
    const done = await writeAsSystem(db, async (tx, uow) => {
      const { token, tokenHash } = newToken()
      // Straight to the count due: a run that missed the 7-day one sends only the 2-day one.
      const claimed = await tx.referee.updateMany({
        where: { id: r.id, status: 'REQUESTED', reminderCount: r.reminderCount },
        data: { reminderCount: due, lastRemindedAt: now, tokenHash, tokenExpiresAt: tokenExpiry(deadline, now), version: { increment: 1 } },
      })
      if (claimed.count !== 1) return false
      await queueLetterRequest(tx, 'reminder', { cycle: a.cycle, referee: r, applicant: a.applicant.name, deadline, token })
      await queueApplicantNotice(tx, a.applicant, { kind: 'awaited', cycle: a.cycle, referee: r.name, deadline })
      await uow.audit({ action: 'referee.remind', entityType: 'Referee', entityId: r.id, after: { reminder: due } })
      return true
    })
    if (done) sent++
  }
  return { referees: sent }
}
