// Runs the stable matching for a cycle and records its proposal: a MatchRun holding the exact
// input and outcome, and one PROPOSED placement per placed fellow. Nothing is visible to
// fellows or departments until staff publish it.
import 'server-only'
import { write, type UnitOfWork } from '../../server/unit-of-work'
import { permit } from '../../auth/permit'
import { AppError, notFound } from '../../server/errors'
import type { Tx } from '../../server/tx'
import type { Viewer } from '../../auth/viewer'
import { matchFellows } from '../matching'
import { loadMatchInput, toJson } from '../match-input'
import { reasonFromMatch } from '../text'
import type { RunMatchingInput } from '../schema'

/** A new proposal replaces the open one: its unpublished placements go with it. */
async function discardOpenRuns(tx: Tx, uow: UnitOfWork, cycleId: string) {
  const open = await tx.matchRun.findMany({ where: { cycleId, status: 'PROPOSED' }, select: { id: true } })
  for (const run of open) {
    const removed = await tx.placement.deleteMany({ where: { matchRunId: run.id, status: 'PROPOSED' } })
    await tx.matchRun.update({ where: { id: run.id }, data: { status: 'DISCARDED' } })
    await uow.audit({ action: 'match.discard', entityType: 'MatchRun', entityId: run.id, after: { placementsRemoved: removed.count } })
  }
}

export async function runMatching(viewer: Viewer, input: RunMatchingInput) {
  return write(viewer, permit('matching:run'), async (tx, uow) => {
    const cycle = await tx.cycle.findFirst({ where: { id: input.cycleId, archivedAt: null }, select: { id: true } })
    if (!cycle) throw notFound()
    // One run at a time per cycle, so two staff pressing "run" cannot leave two proposals.
    await uow.lock('Cycle', cycle.id)
    await discardOpenRuns(tx, uow, cycle.id)

    const matchInput = await loadMatchInput(tx, cycle.id, input.proposing)
    if (matchInput.fellows.length === 0) throw new AppError('CONFLICT', 'placement.errors.nobodyToPlace')
    if (matchInput.projects.length === 0) throw new AppError('CONFLICT', 'placement.errors.noApprovedProjects')
    const result = matchFellows(matchInput)

    const run = await tx.matchRun.create({
      data: {
        cycleId: cycle.id,
        createdById: viewer.userId,
        proposing: input.proposing,
        result: toJson({ input: matchInput, assignments: result.assignments }),
        stats: toJson(result.stats),
      },
      select: { id: true },
    })
    const prefsOf = new Map(matchInput.fellows.map((f) => [f.id, f.prefs]))
    const placed = result.assignments.filter((a) => a.projectId !== null)
    if (placed.length) {
      await tx.placement.createMany({
        data: placed.map((a) => ({
          fellowshipId: a.fellowId,
          projectId: a.projectId!,
          matchRunId: run.id,
          status: 'PROPOSED' as const,
          rankObtained: a.rank,
          explanation: JSON.stringify(reasonFromMatch(a.reason, prefsOf.get(a.fellowId) ?? [])),
        })),
      })
    }
    await uow.audit({
      action: 'match.run',
      entityType: 'MatchRun',
      entityId: run.id,
      after: { cycleId: cycle.id, proposing: input.proposing, stats: result.stats },
    })
    return { id: run.id, stats: result.stats }
  })
}
