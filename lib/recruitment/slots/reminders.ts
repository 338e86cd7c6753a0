// The day-before reminder of an interview, to the applicant and each panelist: sent for an
// interview that starts tomorrow (Pakistan time) or within the next 24 hours, once per person
// per booked time. The Reminder's dedupeKey carries the scheduled time, so an interview moved
// to another day is reminded again, and running `npm run remind` twice sends nothing twice.
// Not server-only: scripts/remind.ts calls it directly.
import type { PrismaClient } from '@prisma/client'
import { writeAsSystem } from '../../server/unit-of-work'
import { karachiIso, startOfKarachiDay } from '../../i18n/karachi-time'
import { slotEmails } from '../../i18n/emails/interview-slots'
import { bothDates, modeWords, queueNotice } from '../notify'

const DAY = 86_400_000

export const interviewReminderKey = (interviewId: string, scheduledAt: Date, userId: string) =>
  `interview:${interviewId}:${scheduledAt.toISOString()}:${userId}`

/** Whether an interview at `at` is due its reminder at `now`: tomorrow in Karachi, or within a day. */
export function reminderDue(at: Date, now: Date) {
  if (at <= now) return false
  const tomorrow = karachiIso(new Date(startOfKarachiDay(now).getTime() + DAY), false)
  return karachiIso(at, false) === tomorrow || at.getTime() - now.getTime() <= DAY
}

export async function sendInterviewReminders(db: PrismaClient, now = new Date()) {
  const horizon = new Date(startOfKarachiDay(now).getTime() + 2 * DAY)
  const due = await db.interview.findMany({
    where: { status: 'SCHEDULED', scheduledAt: { gt: now, lt: horizon }, application: { stage: 'INTERVIEW' } },
    orderBy: { scheduledAt: 'asc' },
    take: 1000,
    select: {
      id: true,
      scheduledAt: true,
      mode: true,
      location: true,
      application: {
        select: {
          id: true,
          applicant: { select: { id: true, name: true, email: true } },
          cycle: { select: { id: true, name: true, programme: { select: { name: true, nameUr: true } } } },
        },
      },
      panel: { select: { user: { select: { id: true, name: true, email: true, active: true, role: true } } } },
    },
  })
  let sent = 0
  for (const iv of due.filter((d) => reminderDue(d.scheduledAt, now))) {
    const applicant = iv.application.applicant
    const people = [
      { ...applicant, panel: null as string | null },
      ...iv.panel
        .filter((p) => p.user.active)
        .map((p) => ({
          ...p.user,
          // A reviewer scores from their panels; staff from the application's page.
          panel:
            p.user.role === 'REVIEWER'
              ? `/review/interviews/${iv.id}`
              : `/staff/cycles/${iv.application.cycle.id}/recruitment/applications/${iv.application.id}`,
        })),
    ]
    const when = bothDates(iv.scheduledAt)
    for (const who of people) {
      // Each person's reminder is its own unit: its mail goes once their Reminder row commits.
      const ok = await writeAsSystem(db, async (tx, uow) => {
        const created = await tx.reminder.createManyAndReturn({
          data: [{ dedupeKey: interviewReminderKey(iv.id, iv.scheduledAt, who.id), userId: who.id, kind: 'interview-day-before' }],
          skipDuplicates: true,
          select: { id: true },
        })
        if (!created.length) return false
        const c = iv.application.cycle
        await queueNotice(
          tx,
          who,
          'recruitment.interview-reminder',
          who.panel
            ? { ...slotEmails.panelReminder(c, who.name, applicant.name, when), path: who.panel }
            : {
                ...slotEmails.reminder(c, who.name, when, modeWords[iv.mode], iv.location),
                path: `/apply/applications/${iv.application.id}`,
              },
        )
        await uow.audit({
          action: 'reminder.interview',
          entityType: 'Interview',
          entityId: iv.id,
          after: { userId: who.id, scheduledAt: iv.scheduledAt },
        })
        return true
      })
      if (ok) sent++
    }
  }
  return { sent }
}
