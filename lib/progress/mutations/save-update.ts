// A fellow saves or submits their progress update for one reporting period (a submitted one is
// corrected instead: correct-update.ts).
import 'server-only'
import { write } from '../../server/unit-of-work'
import { permit } from '../../auth/permit'
import { AppError, notFound, stale } from '../../server/errors'
import { updateVersioned } from '../../server/versioned'
import type { Viewer } from '../../auth/viewer'
import { canWrite, isLate, periodAt, periodPhase } from '../periods'
import type { SaveUpdateInput } from '../schema'

export async function saveUpdate(viewer: Viewer, input: SaveUpdateInput, now = new Date()) {
  return write(
    viewer,
    permit('update:write:own'),
    async (tx, uow) => {
      const f = await tx.fellowship.findFirst({
        where: { id: input.fellowshipId, userId: viewer.userId },
        select: {
          id: true,
          status: true,
          cycle: { select: { startDate: true, endDate: true, reportingCadence: true, reportingGraceDays: true } },
        },
      })
      if (!f) throw notFound()
      if (f.status !== 'ACTIVE') throw new AppError('CLOSED', 'errors.fellowshipInactive')
      const period = periodAt(f.cycle, input.periodIndex)
      if (!period) throw new AppError('NOT_FOUND', 'errors.notFound', { periodIndex: 'errors.notFound' })
      if (periodPhase(period, now) === 'upcoming') throw new AppError('INVALID', 'errors.futurePeriod')

      const existing = await tx.progressUpdate.findUnique({
        where: { fellowshipId_periodIndex: { fellowshipId: f.id, periodIndex: period.index } },
      })
      // Once submitted, others have read it: a change is a correction that keeps the earlier text.
      if (existing?.status === 'SUBMITTED' || !canWrite(period, existing, now))
        throw new AppError('CONFLICT', 'errors.updateAlreadySubmitted')

      const content = {
        accomplishments: input.accomplishments,
        blockers: input.blockers ?? null,
        nextSteps: input.nextSteps ?? null,
        hours: input.hours ?? null,
        links: input.links,
      }
      const submitting = input.intent === 'submit'
      const status = submitting ? 'SUBMITTED' : 'DRAFT'
      const stamp = submitting ? { submittedAt: now, late: isLate(period, now) } : {}

      let id: string
      if (existing) {
        // Two tabs: the one holding an older version must reload, not overwrite.
        if (input.version === undefined) throw stale()
        await updateVersioned(tx.progressUpdate, existing.id, input.version, { ...content, status, ...stamp })
        id = existing.id
      } else {
        const created = await tx.progressUpdate.create({
          data: {
            fellowshipId: f.id,
            periodIndex: period.index,
            periodStart: period.start,
            periodEnd: period.end,
            ...content,
            status,
            ...stamp,
          },
          select: { id: true },
        })
        id = created.id
      }
      await uow.audit({
        action: submitting ? 'update.submit' : existing ? 'update.edit' : 'update.draft',
        entityType: 'ProgressUpdate',
        entityId: id,
        before: existing,
        after: { periodIndex: period.index, ...content, status, ...stamp },
      })
      return { id, status, submitted: submitting, late: submitting ? stamp.late! : (existing?.late ?? false) }
    },
    // The same period created in another tab at the same moment.
    { unique: stale },
  )
}
