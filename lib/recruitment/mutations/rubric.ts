// Staff edit a cycle's rubric: criteria with weights and anchors for the 1-5 scale. Once a
// review has been submitted the scoring is fixed (no new, removed or reweighted criteria):
// otherwise reviewers' scores would no longer be comparable. Wording may still be improved.
import 'server-only'
import { write, type UnitOfWork } from '../../server/unit-of-work'
import { permit } from '../../auth/permit'
import { AppError, notFound } from '../../server/errors'
import { lockCycleForEdit } from './lock-cycle'
import type { Tx } from '../../server/tx'
import type { Viewer } from '../../auth/viewer'
import type { CriterionInput } from '../schema/call'

const locked = () => new AppError('CONFLICT', 'recruitment.callErrors.rubricLocked')

/** Takes the cycle's turn (lock-cycle.ts) and says how many reviews are already submitted. */
async function lockCycle(tx: Tx, uow: UnitOfWork, cycleId: string, version: number) {
  await lockCycleForEdit(tx, uow, cycleId, version)
  return tx.review.count({ where: { status: 'SUBMITTED', application: { cycleId } } })
}

export async function saveCriterion(viewer: Viewer, input: CriterionInput) {
  const anchors = Object.fromEntries(([1, 2, 3, 4, 5] as const).map((n) => [String(n), input[`anchor${n}` as const]]).filter(([, v]) => v))
  const data = { name: input.name, nameUr: input.nameUr ?? null, description: input.description ?? null, weight: input.weight, anchors }
  return write(viewer, permit('call:configure'), async (tx, uow) => {
    const scored = await lockCycle(tx, uow, input.cycleId, input.version)
    if (input.criterionId) {
      const before = await tx.rubricCriterion.findFirst({ where: { id: input.criterionId, cycleId: input.cycleId } })
      if (!before) throw notFound()
      if (scored && before.weight !== input.weight) throw locked()
      await tx.rubricCriterion.update({ where: { id: before.id }, data })
      await uow.audit({ action: 'call.criterion.update', entityType: 'RubricCriterion', entityId: before.id, before, after: data })
      return { id: before.id }
    }
    if (scored) throw locked()
    const last = await tx.rubricCriterion.aggregate({ where: { cycleId: input.cycleId }, _max: { position: true } })
    const c = await tx.rubricCriterion.create({ data: { ...data, cycleId: input.cycleId, position: (last._max.position ?? -1) + 1 } })
    await uow.audit({ action: 'call.criterion.create', entityType: 'RubricCriterion', entityId: c.id, after: data })
    return { id: c.id }
  })
}

export async function removeCriterion(viewer: Viewer, input: { cycleId: string; version: number; criterionId: string }) {
  await write(viewer, permit('call:configure'), async (tx, uow) => {
    const scored = await lockCycle(tx, uow, input.cycleId, input.version)
    const c = await tx.rubricCriterion.findFirst({ where: { id: input.criterionId, cycleId: input.cycleId } })
    if (!c) throw notFound()
    if (scored) throw locked()
    // Draft scores for it go with it (cascade); no submitted review exists yet.
    await tx.rubricCriterion.delete({ where: { id: c.id } })
    await uow.audit({ action: 'call.criterion.remove', entityType: 'RubricCriterion', entityId: c.id, before: c })
  })
}
