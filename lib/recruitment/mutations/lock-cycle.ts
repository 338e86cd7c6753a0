// Edits to a cycle's call (its form questions, its rubric) take turns on the cycle's row.
import 'server-only'
import { notFound } from '../../server/errors'
import { updateVersioned } from '../../server/versioned'
import type { UnitOfWork } from '../../server/unit-of-work'
import type { Tx } from '../../server/tx'

/**
 * Holds the cycle's row lock, then bumps its version: two editors take turns, and one who
 * loaded the page before the other saved is refused (STALE) rather than overwriting it.
 */
export async function lockCycleForEdit(tx: Tx, uow: UnitOfWork, cycleId: string, version: number) {
  if (!(await uow.lock('Cycle', cycleId))) throw notFound()
  const c = await tx.cycle.findFirst({ where: { id: cycleId, archivedAt: null }, select: { id: true } })
  if (!c) throw notFound()
  await updateVersioned(tx.cycle, cycleId, version, {})
}
