// Reminders for missing progress updates: for every ended reporting period of an active cycle
// without a submitted update, the fellow is reminded once. A Reminder row with a unique
// dedupeKey ("update:<fellowshipId>:<periodIndex>") is written with the email in one
// transaction, so running this again (the button, `npm run remind`, two at once) never sends
// the same reminder twice. Not server-only: scripts/remind.ts calls it directly.
import type { Prisma, PrismaClient } from '@prisma/client'
import { appUrl } from '../server/mailer'
import { writeAsSystem } from '../server/unit-of-work'
import { mailTemplates } from '../notifications/templates'
import { progressEmails } from '../i18n/emails/progress'
import { lastDayOf, reportingPeriods, type Period } from './periods'

export interface ReminderRun {
  /** Fellows who were sent an email. */
  fellows: number
  /** Periods reminded about (each at most once, ever). */
  periods: number
}

export const reminderKey = (fellowshipId: string, periodIndex: number) => `update:${fellowshipId}:${periodIndex}`

function reminderMail(name: string, cycle: string, periods: Period[], now: Date) {
  const listed = periods.map((p) => ({ index: p.index, start: p.start, lastDay: lastDayOf(p), closesAt: p.closesAt }))
  return mailTemplates.notice({ ...progressEmails.updateReminder(name, cycle, listed, now), url: appUrl('/fellow/updates') })
}

export interface ReminderScope {
  cycleId?: string
  /** Only fellows whose current placement is with this department (the board's filter). */
  departmentId?: string
  /** Only these fellowships: the recipients staff saw and confirmed. */
  fellowshipIds?: string[]
  now?: Date
}

// The placement that names a fellow's department, as on the compliance board.
const CURRENT = { status: { in: ['ACTIVE', 'ENDED'] } } satisfies Prisma.PlacementWhereInput

/** Who a run would email now, and about which periods: what staff confirm before sending. */
export async function pendingReminders(db: PrismaClient, opts: ReminderScope = {}) {
  const now = opts.now ?? new Date()
  const cycles = await db.cycle.findMany({
    where: { status: 'ACTIVE', archivedAt: null, ...(opts.cycleId ? { id: opts.cycleId } : {}) },
    select: {
      id: true,
      name: true,
      startDate: true,
      endDate: true,
      reportingCadence: true,
      reportingGraceDays: true,
      programme: { select: { name: true } },
      fellowships: {
        where: {
          status: 'ACTIVE',
          user: { active: true },
          ...(opts.departmentId ? { placements: { some: { ...CURRENT, project: { departmentId: opts.departmentId } } } } : {}),
          ...(opts.fellowshipIds ? { id: { in: opts.fellowshipIds } } : {}),
        },
        orderBy: { user: { name: 'asc' } },
        select: {
          id: true,
          user: { select: { id: true, name: true, email: true } },
          updates: { where: { status: 'SUBMITTED' }, select: { periodIndex: true } },
          reminders: { select: { dedupeKey: true } },
        },
      },
    },
  })
  return cycles.flatMap((c) => {
    const ended = reportingPeriods(c).filter((p) => p.end <= now)
    return c.fellowships.flatMap((f) => {
      const submitted = new Set(f.updates.map((u) => u.periodIndex))
      const reminded = new Set(f.reminders.map((r) => r.dedupeKey))
      const missing = ended.filter((p) => !submitted.has(p.index) && !reminded.has(reminderKey(f.id, p.index)))
      return missing.length ? [{ cycle: `${c.programme.name}, ${c.name}`, fellowshipId: f.id, user: f.user, missing }] : []
    })
  })
}

/**
 * Reminds every active fellow of active cycles (or one cycle, one department, the fellowships
 * confirmed) about ended periods without a submitted update. `actorId` is the staff member who
 * pressed the button (null for the scheduler).
 */
export async function sendUpdateReminders(db: PrismaClient, opts: ReminderScope & { actorId?: string | null } = {}): Promise<ReminderRun> {
  const now = opts.now ?? new Date()
  const run: ReminderRun = { fellows: 0, periods: 0 }
  for (const { cycle, fellowshipId, user, missing } of await pendingReminders(db, { ...opts, now })) {
    const f = { id: fellowshipId, user }
    // The caller checked who may send (staff's reminder:send, or the scheduler): each fellow's
    // reminder is its own unit of work, its mail delivered once that fellow's rows commit.
    const sent = await writeAsSystem(db, async (tx, uow) => {
      // ON CONFLICT DO NOTHING: only periods never reminded about come back.
      const created = await tx.reminder.createManyAndReturn({
        data: missing.map((p) => ({
          dedupeKey: reminderKey(f.id, p.index),
          fellowshipId: f.id,
          userId: f.user.id,
          kind: 'update-missing',
        })),
        skipDuplicates: true,
        select: { dedupeKey: true },
      })
      const fresh = new Set(created.map((r) => r.dedupeKey))
      const periods = missing.filter((p) => fresh.has(reminderKey(f.id, p.index)))
      if (!periods.length) return 0
      const mail = reminderMail(f.user.name, cycle, periods, now)
      await uow.mail({ to: f.user.email, userId: f.user.id, kind: 'update-reminder', ...mail })
      await uow.audit({
        actorId: opts.actorId ?? null,
        action: 'reminder.update',
        entityType: 'Fellowship',
        entityId: f.id,
        after: { periods: periods.map((p) => p.index) },
      })
      return periods.length
    })
    if (sent) {
      run.fellows++
      run.periods += sent
    }
  }
  return run
}
