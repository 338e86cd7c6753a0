// Staff run a round: create it, edit its name and due date, write its criteria (until it
// opens), open it, and release the supervisors' evaluations to their fellows.
import 'server-only'
import type { Prisma } from '@prisma/client'
import { write } from '../../server/unit-of-work'
import { permit } from '../../auth/permit'
import { AppError, notFound } from '../../server/errors'
import { updateVersioned } from '../../server/versioned'
import { appUrl } from '../../server/mailer'
import { mailTemplates } from '../../notifications/templates'
import { evaluationEmails } from '../../i18n/emails/evaluations'
import type { Viewer } from '../../auth/viewer'
import type { Tx } from '../../server/tx'
import { criteriaEditable } from '../policy'
import {
  anchorsOf,
  type CreateRoundInput,
  type DeleteCriterionInput,
  type EditRoundInput,
  type RoundStepInput,
  type SaveCriterionInput,
} from '../schema'

const manage = permit('evaluation:manage')

export async function createRound(viewer: Viewer, input: CreateRoundInput) {
  return write(viewer, manage, async (tx, uow) => {
    const cycle = await tx.cycle.findUnique({ where: { id: input.cycleId }, select: { id: true, archivedAt: true } })
    if (!cycle) throw notFound()
    if (cycle.archivedAt) throw new AppError('CLOSED', 'errors.closed')
    const data = {
      cycleId: cycle.id,
      name: input.name,
      nameUr: input.nameUr,
      dueAt: input.dueAt,
      directions: [...new Set(input.directions)],
    }
    const r = await tx.evaluationRound.create({ data, select: { id: true } })
    await uow.audit({ action: 'evaluation-round.create', entityType: 'EvaluationRound', entityId: r.id, after: data })
    return r
  })
}

/** The round, locked, or not found. */
async function lockedRound(tx: Tx, uow: { lock: (t: 'EvaluationRound', id: string) => Promise<boolean> }, roundId: string) {
  if (!(await uow.lock('EvaluationRound', roundId))) throw notFound()
  return tx.evaluationRound.findUniqueOrThrow({
    where: { id: roundId },
    select: {
      id: true,
      cycleId: true,
      name: true,
      nameUr: true,
      dueAt: true,
      directions: true,
      openedAt: true,
      releasedAt: true,
      version: true,
    },
  })
}

export async function editRound(viewer: Viewer, input: EditRoundInput) {
  return write(viewer, manage, async (tx, uow) => {
    const before = await lockedRound(tx, uow, input.roundId)
    const data = { name: input.name, nameUr: input.nameUr, dueAt: input.dueAt }
    await updateVersioned(tx.evaluationRound, before.id, input.version, data)
    await uow.audit({ action: 'evaluation-round.edit', entityType: 'EvaluationRound', entityId: before.id, before, after: data })
  })
}

export async function saveCriterion(viewer: Viewer, input: SaveCriterionInput) {
  return write(viewer, manage, async (tx, uow) => {
    const round = await lockedRound(tx, uow, input.roundId)
    if (!criteriaEditable(round)) throw new AppError('CLOSED', 'evaluations.errors.criteriaLocked')
    for (const d of input.directions)
      if (!round.directions.includes(d))
        throw new AppError('INVALID', 'evaluations.errors.directionNotAsked', { directions: 'evaluations.errors.directionNotAsked' })
    // The round's version guards its whole set of criteria: two editors never overwrite each other.
    await updateVersioned(tx.evaluationRound, round.id, input.version, {})
    const content = {
      kind: input.kind,
      label: input.label,
      labelUr: input.labelUr,
      anchors: anchorsOf(input) as unknown as Prisma.InputJsonValue,
    }
    if (input.criterionId) {
      const before = await tx.evaluationCriterion.findFirst({ where: { id: input.criterionId, roundId: round.id } })
      if (!before) throw notFound()
      await tx.evaluationCriterion.update({ where: { id: before.id }, data: content })
      await uow.audit({
        action: 'evaluation-criterion.edit',
        entityType: 'EvaluationCriterion',
        entityId: before.id,
        before,
        after: content,
      })
      return { ids: [before.id] }
    }
    const last = await tx.evaluationCriterion.aggregate({ where: { roundId: round.id }, _max: { position: true } })
    let position = (last._max.position ?? -1) + 1
    const ids: string[] = []
    for (const direction of [...new Set(input.directions)]) {
      const c = await tx.evaluationCriterion.create({
        data: { roundId: round.id, direction, position: position++, ...content },
        select: { id: true },
      })
      await uow.audit({
        action: 'evaluation-criterion.create',
        entityType: 'EvaluationCriterion',
        entityId: c.id,
        after: { direction, ...content },
      })
      ids.push(c.id)
    }
    return { ids }
  })
}

export async function deleteCriterion(viewer: Viewer, input: DeleteCriterionInput) {
  return write(viewer, manage, async (tx, uow) => {
    const round = await lockedRound(tx, uow, input.roundId)
    const before = await tx.evaluationCriterion.findFirst({ where: { id: input.criterionId, roundId: round.id } })
    if (!before) throw notFound()
    if (!criteriaEditable(round)) throw new AppError('CLOSED', 'evaluations.errors.criteriaLocked')
    await updateVersioned(tx.evaluationRound, round.id, input.version, {})
    await tx.evaluationCriterion.delete({ where: { id: before.id } })
    await uow.audit({ action: 'evaluation-criterion.delete', entityType: 'EvaluationCriterion', entityId: before.id, before })
  })
}

/** Opens the round: evaluators can write from now on, and the criteria are fixed. */
export async function openRound(viewer: Viewer, input: RoundStepInput, now = new Date()) {
  return write(viewer, manage, async (tx, uow) => {
    const round = await lockedRound(tx, uow, input.roundId)
    if (round.openedAt) throw new AppError('CONFLICT', 'evaluations.errors.alreadyOpen')
    const criteria = await tx.evaluationCriterion.findMany({ where: { roundId: round.id }, select: { direction: true } })
    // Every view the round asks for needs something to answer.
    const empty = round.directions.filter((d) => !criteria.some((c) => c.direction === d))
    if (empty.length) throw new AppError('INVALID', 'evaluations.errors.noCriteria')
    await updateVersioned(tx.evaluationRound, round.id, input.version, { openedAt: now })
    await uow.audit({ action: 'evaluation-round.open', entityType: 'EvaluationRound', entityId: round.id, after: { openedAt: now } })
  })
}

/** Releases the supervisors' evaluations: each fellow with a submitted one is told it can be read. */
export async function releaseRound(viewer: Viewer, input: RoundStepInput, now = new Date()) {
  return write(viewer, manage, async (tx, uow) => {
    const round = await lockedRound(tx, uow, input.roundId)
    if (!round.openedAt) throw new AppError('CLOSED', 'evaluations.errors.notOpen')
    if (round.releasedAt) throw new AppError('CONFLICT', 'evaluations.errors.alreadyReleased')
    if (!round.directions.includes('SUPERVISOR')) throw new AppError('INVALID', 'evaluations.errors.nothingToRelease')
    await updateVersioned(tx.evaluationRound, round.id, input.version, { releasedAt: now })
    await uow.audit({ action: 'evaluation-round.release', entityType: 'EvaluationRound', entityId: round.id, after: { releasedAt: now } })
    const released = await tx.evaluation.findMany({
      where: { roundId: round.id, direction: 'SUPERVISOR', status: 'SUBMITTED', fellowship: { user: { active: true } } },
      select: { fellowship: { select: { user: { select: { id: true, name: true, email: true } } } } },
    })
    for (const { fellowship: f } of released)
      await uow.mail({
        to: f.user.email,
        userId: f.user.id,
        kind: 'evaluation-released',
        ...mailTemplates.notice({
          ...evaluationEmails.released({ to: f.user.name, round }),
          url: appUrl(`/fellow/evaluations/${round.id}`),
        }),
      })
    return { told: released.length }
  })
}
