// Reminders for late evaluations: once a round is open and past its due date, everyone asked
// for an evaluation not yet submitted (a fellow for their self and department views, the
// partners of the fellow's department for the supervisor's) is reminded, at most once per
// round per Karachi day. A Reminder row with a unique dedupeKey
// ("evaluation:<roundId>:<userId>:<day>") is written with the email in one transaction, so
// the staff button, `npm run remind` and two at once never send the same reminder twice.
// Not server-only: scripts/remind.ts calls it directly.
import type { PrismaClient } from '@prisma/client'
import { appUrl } from '../server/mailer'
import { writeAsSystem } from '../server/unit-of-work'
import { karachiIso } from '../i18n/karachi-time'
import { mailTemplates } from '../notifications/templates'
import { evaluationEmails } from '../i18n/emails/evaluations'
import { expectedDirections, roundRoster } from './roster'
import type { Direction } from './schema'

export const evaluationReminderKey = (roundId: string, userId: string, now: Date) =>
  `evaluation:${roundId}:${userId}:${karachiIso(now, false)}`

export interface LateEvaluator {
  userId: string
  name: string
  email: string
  role: 'FELLOW' | 'PARTNER'
  fellowshipId: string | null
  pending: number
}

/** Everyone late in one round (open and past due), with how many evaluations they owe. */
export async function lateEvaluators(db: PrismaClient, roundId: string, now = new Date()): Promise<LateEvaluator[]> {
  const round = await db.evaluationRound.findUnique({
    where: { id: roundId },
    select: { id: true, cycleId: true, openedAt: true, dueAt: true, directions: true, cycle: { select: { status: true } } },
  })
  if (!round?.openedAt || round.dueAt > now || round.cycle.status !== 'ACTIVE') return []
  const roster = await roundRoster(db, round.cycleId)
  const submitted = await db.evaluation.findMany({
    where: { roundId, status: 'SUBMITTED' },
    select: { fellowshipId: true, direction: true },
  })
  const done = new Set(submitted.map((e) => `${e.fellowshipId}:${e.direction}`))
  const late = new Map<string, LateEvaluator>()
  const owe = (who: Omit<LateEvaluator, 'pending'>) => {
    const x = late.get(who.userId) ?? { ...who, pending: 0 }
    x.pending++
    late.set(who.userId, x)
  }
  const deptIds = [...new Set(roster.flatMap((f) => (f.department ? [f.department.id] : [])))]
  const partners = await db.user.findMany({
    where: { role: 'PARTNER', active: true, departmentId: { in: deptIds } },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    select: { id: true, name: true, email: true, departmentId: true },
  })
  for (const f of roster) {
    for (const d of expectedDirections(round as { directions: Direction[] }, f)) {
      if (done.has(`${f.fellowshipId}:${d}`)) continue
      if (d === 'SUPERVISOR') {
        for (const p of partners.filter((p) => p.departmentId === f.department?.id))
          owe({ userId: p.id, name: p.name, email: p.email, role: 'PARTNER', fellowshipId: null })
      } else if (f.userActive) owe({ userId: f.userId, name: f.name, email: f.email, role: 'FELLOW', fellowshipId: f.fellowshipId })
    }
  }
  return [...late.values()]
}

export interface EvaluationReminderRun {
  /** People emailed. */
  people: number
}

/**
 * Reminds the late ones of one round, or of every open round past due. `actorId` is the staff
 * member who pressed the button (null for the scheduler).
 */
export async function sendEvaluationReminders(
  db: PrismaClient,
  opts: { roundId?: string; now?: Date; actorId?: string | null } = {},
): Promise<EvaluationReminderRun> {
  const now = opts.now ?? new Date()
  const rounds = await db.evaluationRound.findMany({
    where: {
      ...(opts.roundId ? { id: opts.roundId } : {}),
      openedAt: { not: null },
      dueAt: { lte: now },
      cycle: { status: 'ACTIVE', archivedAt: null },
    },
    orderBy: { dueAt: 'asc' },
    select: { id: true, name: true, nameUr: true, dueAt: true },
  })
  const run: EvaluationReminderRun = { people: 0 }
  for (const round of rounds) {
    for (const who of await lateEvaluators(db, round.id, now)) {
      // Each person's reminder is its own unit: its mail goes once their Reminder row commits.
      const sent = await writeAsSystem(db, async (tx, uow) => {
        const created = await tx.reminder.createManyAndReturn({
          data: [
            {
              dedupeKey: evaluationReminderKey(round.id, who.userId, now),
              userId: who.userId,
              fellowshipId: who.fellowshipId,
              kind: 'evaluation-late',
            },
          ],
          skipDuplicates: true,
          select: { id: true },
        })
        if (!created.length) return false
        const path = who.role === 'PARTNER' ? '/partner/evaluations' : '/fellow/evaluations'
        await uow.mail({
          to: who.email,
          userId: who.userId,
          kind: 'evaluation-reminder',
          ...mailTemplates.notice({ ...evaluationEmails.reminder({ to: who.name, round, pending: who.pending }), url: appUrl(path) }),
        })
        await uow.audit({
          actorId: opts.actorId ?? null,
          action: 'reminder.evaluation',
          entityType: 'EvaluationRound',
          entityId: round.id,
          after: { userId: who.userId, pending: who.pending },
        })
        return true
      })
      if (sent) run.people++
    }
  }
  return run
}
