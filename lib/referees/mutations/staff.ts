// Staff set how many referees a call asks for, and in a blind cycle write a redacted text of a
// letter and release it to the application's reviewers (or take it back).
import 'server-only'
import { permit } from '../../auth/permit'
import { write } from '../../server/unit-of-work'
import { AppError, notFound, stale } from '../../server/errors'
import { updateVersioned } from '../../server/versioned'
import type { Viewer } from '../../auth/viewer'
import type { RedactionInput, RefereesRequiredInput } from '../schema'

export async function setRefereesRequired(viewer: Viewer, input: RefereesRequiredInput) {
  await write(viewer, permit('call:configure'), async (tx, uow) => {
    const before = await tx.cycle.findFirst({ where: { id: input.cycleId, archivedAt: null }, select: { refereesRequired: true } })
    if (!before) throw notFound()
    await updateVersioned(tx.cycle, input.cycleId, input.version, { refereesRequired: input.refereesRequired })
    await uow.audit({
      action: 'call.settings',
      entityType: 'Cycle',
      entityId: input.cycleId,
      before,
      after: { refereesRequired: input.refereesRequired },
    })
  })
}

export async function saveRedaction(viewer: Viewer, input: RedactionInput, now = new Date()) {
  await write(viewer, permit('application:manage'), async (tx, uow) => {
    const r = await tx.referee.findUnique({
      where: { id: input.refereeId },
      select: {
        id: true,
        status: true,
        version: true,
        redactedText: true,
        releasedAt: true,
        application: { select: { cycle: { select: { blindReview: true } } } },
      },
    })
    if (!r) throw notFound()
    // Only a blind cycle hides letters from reviewers, so only there is a redacted text released
    // (the page offers the form nowhere else; a crafted form is refused the same).
    if (!r.application.cycle.blindReview) throw new AppError('CONFLICT', 'referees.errors.notBlind')
    if (r.status !== 'RECEIVED') throw new AppError('INVALID', 'referees.errors.noLetter')
    if (r.version !== input.version) throw stale()
    const text = input.redactedText ?? null
    if (input.release && !text) throw new AppError('INVALID', 'referees.errors.released', { redactedText: 'referees.errors.released' })
    const release = input.release
      ? { releasedAt: r.releasedAt ?? now, releasedById: viewer.userId }
      : { releasedAt: null, releasedById: null }
    const done = await tx.referee.updateMany({
      where: { id: r.id, version: input.version },
      data: { redactedText: text, ...release, version: { increment: 1 } },
    })
    if (done.count !== 1) throw stale()
    const action =
      input.release && !r.releasedAt ? 'referee.release' : !input.release && r.releasedAt ? 'referee.unrelease' : 'referee.redact'
    await uow.audit({
      action,
      entityType: 'Referee',
      entityId: r.id,
      before: { redacted: !!r.redactedText, released: !!r.releasedAt },
      after: { redacted: !!text, released: input.release },
    })
  })
}
