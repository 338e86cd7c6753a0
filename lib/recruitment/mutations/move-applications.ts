// Staff move applications along the pipeline, one or many at once (bulk reject included),
// each applicant told by email (a staff-written message may replace the standard text), and
// decide on eligibility flags. A move from a stage that changed meanwhile is refused whole.
import 'server-only'
import { write } from '../../server/unit-of-work'
import { permit } from '../../auth/permit'
import type { ApplicationStage } from '@prisma/client'
import { getDb } from '../../server/db'
import { assertCan } from '../../auth/policy'
import { AppError, notFound, stale } from '../../server/errors'
import { updateVersioned } from '../../server/versioned'
import type { Tx } from '../../server/tx'
import type { Viewer } from '../../auth/viewer'
import { canStaffMove, type StaffMovableStage } from '../stages'
import { fillTemplate, notices, queueNotice, type CycleNames } from '../notify'
import { cycleNamesSelect } from '../access'
import { evaluateEligibility, readRules } from '../eligibility'
import { rankWaitlist } from '../waitlist/order'
import type { BulkMoveInput, MoveOneInput } from '../schema/pipeline'

const moveSelect = {
  id: true,
  stage: true,
  version: true,
  cycleId: true,
  applicant: { select: { id: true, name: true, email: true } },
} as const

async function notifyMove(
  tx: Tx,
  cycle: CycleNames,
  a: { applicant: { id: string; name: string; email: string } },
  to: ApplicationStage,
  template?: string,
) {
  const message = template
    ? fillTemplate(template, { name: a.applicant.name, programme: cycle.programme.name, cycle: cycle.name })
    : undefined
  return queueNotice(tx, a.applicant, `recruitment.stage.${to.toLowerCase()}`, notices.stage(cycle, a.applicant.name, to, message))
}

const decidedAt = (to: StaffMovableStage) => (to === 'REJECTED' ? new Date() : null)

export async function moveApplications(viewer: Viewer, input: BulkMoveInput) {
  const ids = [...new Set(input.ids)]
  await write(viewer, permit('application:manage'), async (tx, uow) => {
    const cycle = await tx.cycle.findUnique({ where: { id: input.cycleId }, select: cycleNamesSelect })
    if (!cycle) throw notFound()
    // Moves onto or off the waitlist renumber it: the cycle's row first, as every waitlist write.
    const waitlist = input.to === 'WAITLISTED' || (await tx.application.count({ where: { id: { in: ids }, stage: 'WAITLISTED' } })) > 0
    if (waitlist) await uow.lock('Cycle', input.cycleId)
    const apps = await tx.application.findMany({ where: { id: { in: ids }, cycleId: input.cycleId }, select: moveSelect })
    if (apps.length !== ids.length) throw notFound()
    const blocked = apps.filter((a) => !canStaffMove(a.stage, input.to)).length
    if (blocked) throw new AppError('CONFLICT', 'recruitment.pipelineErrors.cannotMove', undefined, { count: blocked })
    for (const from of new Set(apps.map((a) => a.stage))) {
      const group = apps.filter((a) => a.stage === from).map((a) => a.id)
      const res = await tx.application.updateMany({
        where: { id: { in: group }, stage: from },
        data: { stage: input.to, decidedAt: decidedAt(input.to), version: { increment: 1 } },
      })
      // Someone moved one of them meanwhile: refuse the whole batch rather than half of it.
      if (res.count !== group.length) throw stale()
    }
    if (waitlist) await rankWaitlist(tx, input.cycleId)
    for (const a of apps) {
      await uow.audit({
        action: 'application.move',
        entityType: 'Application',
        entityId: a.id,
        before: { stage: a.stage },
        after: { stage: input.to, message: input.message },
      })
      await notifyMove(tx, cycle, a, input.to, input.message)
    }
  })
  return { moved: ids.length }
}

export async function moveApplication(viewer: Viewer, input: MoveOneInput) {
  await write(viewer, permit('application:manage'), async (tx, uow) => {
    const a = await tx.application.findUnique({ where: { id: input.id }, select: { ...moveSelect, cycle: { select: cycleNamesSelect } } })
    if (!a || a.stage === 'DRAFT') throw notFound()
    if (!canStaffMove(a.stage, input.to)) throw new AppError('CONFLICT', 'recruitment.pipelineErrors.cannotMove', undefined, { count: 1 })
    const waitlist = a.stage === 'WAITLISTED' || input.to === 'WAITLISTED'
    if (waitlist) await uow.lock('Cycle', a.cycleId)
    await updateVersioned(tx.application, a.id, input.version, { stage: input.to, decidedAt: decidedAt(input.to) })
    if (waitlist) await rankWaitlist(tx, a.cycleId)
    await uow.audit({
      action: 'application.move',
      entityType: 'Application',
      entityId: a.id,
      before: { stage: a.stage },
      after: { stage: input.to, message: input.message },
    })
    await notifyMove(tx, a.cycle, a, input.to, input.message)
  })
}

/** Staff decide on a screening flag: clear it (eligible after all) or raise it. */
export async function decideEligibility(viewer: Viewer, input: { id: string; version: number; status: 'ELIGIBLE' | 'FLAGGED' }) {
  await write(viewer, permit('application:manage'), async (tx, uow) => {
    const a = await tx.application.findUnique({ where: { id: input.id }, select: { stage: true, eligibility: true } })
    if (!a || a.stage === 'DRAFT') throw notFound()
    await updateVersioned(tx.application, input.id, input.version, { eligibility: input.status })
    await uow.audit({
      action: 'application.eligibility',
      entityType: 'Application',
      entityId: input.id,
      before: { eligibility: a.eligibility },
      after: { eligibility: input.status },
    })
  })
}

/**
 * Applies the cycle's current rules again to applications not yet past screening (after the
 * rules changed). In batches, so ten thousand applications never sit in memory at once.
 */
export async function rescreenApplications(viewer: Viewer, cycleId: string) {
  assertCan(viewer, 'application:manage')
  const db = await getDb()
  const cycle = await db.cycle.findUnique({ where: { id: cycleId }, select: { eligibilityRules: true, applicationsCloseAt: true } })
  if (!cycle) throw notFound()
  const rules = readRules(cycle.eligibilityRules)
  const asOf = cycle.applicationsCloseAt ?? new Date()
  let cursor: string | undefined
  let checked = 0
  let flagged = 0
  for (;;) {
    const batch = await db.application.findMany({
      where: { cycleId, stage: { in: ['SUBMITTED', 'SCREENING'] } },
      orderBy: { id: 'asc' },
      take: 500,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
      select: { id: true, answers: true },
    })
    if (!batch.length) break
    // One unit of work per batch: a large cycle never holds one transaction open for minutes.
    await write(viewer, permit('application:manage'), async (tx) => {
      for (const a of batch) {
        const r = evaluateEligibility(rules, (a.answers ?? {}) as Record<string, unknown>, asOf)
        if (r.status === 'FLAGGED') flagged++
        await tx.application.update({ where: { id: a.id }, data: { eligibility: r.status, eligibilityNotes: r.notes } })
      }
    })
    checked += batch.length
    cursor = batch[batch.length - 1].id
  }
  await write(viewer, permit('application:manage'), (_tx, uow) =>
    uow.audit({ action: 'application.rescreen', entityType: 'Cycle', entityId: cycleId, after: { checked, flagged } }),
  )
  return { checked, flagged }
}
