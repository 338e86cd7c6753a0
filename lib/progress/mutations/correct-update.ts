// A fellow corrects their own submitted update; staff mark an update reviewed, which ends
// corrections. Each correction keeps the text it replaces as a ProgressUpdateRevision.
import 'server-only'
import { write } from '../../server/unit-of-work'
import { permit } from '../../auth/permit'
import { AppError, notFound, stale } from '../../server/errors'
import { updateVersioned } from '../../server/versioned'
import type { Viewer } from '../../auth/viewer'
import { canMarkReviewed, correctionBlock } from '../policy'
import { updateWhereFor } from '../../fellowships/scope'
import type { CorrectUpdateInput, ReviewUpdateInput } from '../schema'

const blockMessage = { notSubmitted: 'errors.notFound', reviewed: 'errors.updateReviewed', ended: 'errors.updateCorrectionClosed' } as const

const sameLinks = (a: string[], b: string[]) => a.length === b.length && a.every((l, i) => l === b[i])

export async function correctUpdate(viewer: Viewer, input: CorrectUpdateInput, now = new Date()) {
  return write(viewer, permit('update:write:own'), async (tx, uow) => {
    // Another fellow's update id is "not found", like one that does not exist.
    const u = await tx.progressUpdate.findFirst({
      where: { id: input.updateId, fellowship: { userId: viewer.userId } },
      select: {
        id: true,
        fellowshipId: true,
        periodIndex: true,
        status: true,
        version: true,
        reviewedAt: true,
        accomplishments: true,
        blockers: true,
        nextSteps: true,
        hours: true,
        links: true,
        fellowship: { select: { status: true, cycle: { select: { status: true } } } },
      },
    })
    if (!u) throw notFound()
    const block = correctionBlock(u, { fellowshipStatus: u.fellowship.status, cycleStatus: u.fellowship.cycle.status })
    if (block === 'notSubmitted') throw notFound()
    if (block) throw new AppError('CLOSED', blockMessage[block])
    // The revision must hold the text the fellow was looking at, so an older page is refused.
    if (u.version !== input.version) throw stale()

    const before = { accomplishments: u.accomplishments, blockers: u.blockers, nextSteps: u.nextSteps, hours: u.hours, links: u.links }
    const after = {
      accomplishments: input.accomplishments,
      blockers: input.blockers ?? null,
      nextSteps: input.nextSteps ?? null,
      hours: input.hours ?? null,
      links: input.links,
    }
    const unchanged =
      before.accomplishments === after.accomplishments &&
      before.blockers === after.blockers &&
      before.nextSteps === after.nextSteps &&
      before.hours === after.hours &&
      sameLinks(before.links, after.links)
    if (unchanged) throw new AppError('INVALID', 'errors.correctionUnchanged')

    // Bumps the version, so a review (or another correction) read at the old version is refused.
    await updateVersioned(tx.progressUpdate, u.id, input.version, { ...after, correctedAt: now })
    const revision = await tx.progressUpdateRevision.create({
      data: { progressUpdateId: u.id, editorId: viewer.userId, reason: input.reason ?? null, ...before, createdAt: now },
      select: { id: true },
    })
    // The text is private to the people who may read the update: the audit row keeps lengths.
    await uow.audit({
      action: 'update.correct',
      entityType: 'ProgressUpdate',
      entityId: u.id,
      before,
      after: { ...after, revisionId: revision.id, reason: input.reason ?? '' },
    })
    return { id: u.id, revisionId: revision.id, fellowshipId: u.fellowshipId, periodIndex: u.periodIndex }
  })
}

export async function markUpdateReviewed(viewer: Viewer, input: ReviewUpdateInput, now = new Date()) {
  return write(viewer, permit('update:review'), async (tx, uow) => {
    const u = await tx.progressUpdate.findFirst({
      where: { id: input.updateId, ...updateWhereFor(viewer) },
      select: { id: true, status: true, reviewedAt: true },
    })
    if (!u) throw notFound()
    if (!canMarkReviewed(u)) throw new AppError('CONFLICT', 'errors.updateAlreadyReviewed')
    // The version the reviewer read: a correction saved meanwhile must be read first.
    await updateVersioned(tx.progressUpdate, u.id, input.version, { reviewedAt: now, reviewedById: viewer.userId })
    await uow.audit({ action: 'update.reviewed', entityType: 'ProgressUpdate', entityId: u.id, after: { reviewedAt: now } })
    return { id: u.id }
  })
}
