// Staff change an unpublished proposal by hand: move a fellow to another project or leave
// them unplaced. Hard rules (an approved project of the cycle, one that has not declined the
// fellow) are refused; soft ones (seats, the fellow's own choices, stability judged on the
// preferences the matching used) need an explicit confirmation.
import 'server-only'
import { write } from '../../server/unit-of-work'
import { permit } from '../../auth/permit'
import { AppError, notFound } from '../../server/errors'
import type { Tx } from '../../server/tx'
import type { Viewer } from '../../auth/viewer'
import { checkAssignment, findBlockingPairs } from '../matching'
import { readRun } from '../match-input'
import type { AdjustPlacementInput } from '../schema'
import { localText } from '../../i18n/local-text'

const pairKey = (p: { fellowId: string; projectId: string }) => `${p.fellowId}:${p.projectId}`

export async function adjustPlacement(viewer: Viewer, input: AdjustPlacementInput) {
  return write(viewer, permit('placement:manage'), async (tx, uow) => {
    await uow.lock('MatchRun', input.runId)
    const run = await tx.matchRun.findUnique({
      where: { id: input.runId },
      select: { id: true, cycleId: true, status: true, result: true },
    })
    if (!run) throw notFound()
    if (run.status !== 'PROPOSED') throw new AppError('CLOSED', 'placement.errors.runNotOpen')
    const { input: matchInput } = readRun(run.result)
    const fellow = matchInput.fellows.find((f) => f.id === input.fellowshipId)
    if (!fellow) throw new AppError('NOT_FOUND', 'errors.notFound', { fellowshipId: 'errors.notFound' })

    const placements = await tx.placement.findMany({
      where: { matchRunId: run.id, status: 'PROPOSED' },
      select: { id: true, fellowshipId: true, projectId: true },
    })
    const current = new Map<string, string | null>(matchInput.fellows.map((f) => [f.id, null]))
    for (const p of placements) current.set(p.fellowshipId, p.projectId)
    const mine = placements.find((p) => p.fellowshipId === fellow.id)
    const target = input.projectId ?? null
    if ((mine?.projectId ?? null) === target) return { changed: false, blockingPairs: findBlockingPairs(matchInput, current).length }

    const who = await tx.fellowship.findUniqueOrThrow({ where: { id: fellow.id }, select: { user: { select: { name: true } } } })
    let project: { id: string; title: string; titleUr: string | null; seats: number } | null = null
    if (target) {
      project = await tx.project.findFirst({
        where: { id: target, cycleId: run.cycleId, status: 'APPROVED' },
        select: { id: true, title: true, titleUr: true, seats: true },
      })
      if (!project) throw new AppError('NOT_FOUND', 'errors.notFound', { projectId: 'errors.notFound' })
      const inRun = matchInput.projects.find((p) => p.id === target)
      // Its seats and the department's wishes are unknown to this run: run it again instead.
      if (!inRun) throw new AppError('CONFLICT', 'placement.errors.projectNotInRun', { projectId: 'placement.errors.projectNotInRun' })
      if (inRun.unacceptable?.includes(fellow.id)) {
        throw new AppError(
          'INVALID',
          'placement.errors.declinedByDepartment',
          { projectId: 'placement.errors.declinedByDepartment' },
          { fellow: who.user.name },
        )
      }
    }

    const next = new Map(current)
    next.set(fellow.id, target)
    const before = new Set(findBlockingPairs(matchInput, current).map(pairKey))
    const after = findBlockingPairs(matchInput, next)
    const newPairs = after.filter((p) => !before.has(pairKey(p)))
    const overCapacity = target !== null && checkAssignment(matchInput, next).overCapacity.includes(target)
    const rank = target ? fellow.prefs.indexOf(target) + 1 || null : null
    const notChosen = target !== null && rank === null

    if ((overCapacity || notChosen || newPairs.length) && !input.confirm) {
      const names = await pairNames(tx, newPairs)
      const capacity = matchInput.projects.find((p) => p.id === target)?.capacity ?? 0
      const count = [...next.values()].filter((v) => v === target).length
      const fieldErrors: Record<string, string> = { confirm: 'placement.errors.tickToConfirm' }
      if (overCapacity) fieldErrors.projectId = 'placement.errors.overCapacity'
      else if (notChosen) fieldErrors.projectId = 'placement.errors.notAmongChoices'
      throw new AppError(
        'CONFLICT',
        newPairs.length ? 'placement.errors.breaksStability' : 'placement.errors.needsConfirmation',
        fieldErrors,
        {
          fellow: who.user.name,
          project: localText('en', project?.title, project?.titleUr),
          seats: capacity,
          count,
          pairs: names,
        },
      )
    }

    const explanation = JSON.stringify(target ? { kind: 'manual', rank } : { kind: 'removed' })
    if (mine && target) {
      await tx.placement.update({
        where: { id: mine.id },
        data: { projectId: target, rankObtained: rank, explanation, version: { increment: 1 } },
      })
      await tx.placementEvent.create({ data: { placementId: mine.id, actorId: viewer.userId, type: 'adjusted' } })
    } else if (mine) {
      // An unpublished proposal row is a draft: leaving the fellow unplaced removes it.
      await tx.placement.delete({ where: { id: mine.id } })
    } else if (target) {
      const p = await tx.placement.create({
        data: { fellowshipId: fellow.id, projectId: target, matchRunId: run.id, status: 'PROPOSED', rankObtained: rank, explanation },
        select: { id: true },
      })
      await tx.placementEvent.create({ data: { placementId: p.id, actorId: viewer.userId, type: 'adjusted' } })
    }
    await uow.audit({
      action: 'placement.adjust',
      entityType: 'MatchRun',
      entityId: run.id,
      before: { fellowshipId: fellow.id, projectId: mine?.projectId ?? null },
      after: { fellowshipId: fellow.id, projectId: target, confirmed: input.confirm, overCapacity, notChosen, newBlockingPairs: newPairs },
    })
    return { changed: true, blockingPairs: after.length, warned: overCapacity || notChosen || newPairs.length > 0 }
  })
}

async function pairNames(tx: Tx, pairs: { fellowId: string; projectId: string }[]) {
  if (!pairs.length) return ''
  const shown = pairs.slice(0, 3)
  const [fellows, projects] = await Promise.all([
    tx.fellowship.findMany({ where: { id: { in: shown.map((p) => p.fellowId) } }, select: { id: true, user: { select: { name: true } } } }),
    tx.project.findMany({ where: { id: { in: shown.map((p) => p.projectId) } }, select: { id: true, title: true, titleUr: true } }),
  ])
  const name = (id: string) => fellows.find((f) => f.id === id)?.user.name ?? '?'
  const title = (id: string) => {
    const p = projects.find((x) => x.id === id)
    return localText('en', p?.title, p?.titleUr) || '?'
  }
  const text = shown.map((p) => `${name(p.fellowId)} — ${title(p.projectId)}`).join('; ')
  return pairs.length > shown.length ? `${text}; …` : text
}
