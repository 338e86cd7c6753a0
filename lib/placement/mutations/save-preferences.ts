// Rankings: a fellow ranks the approved projects of their cycle while the window is open;
// a department ranks, accepts or declines the fellows who ranked one of its projects.
import 'server-only'
import { write } from '../../server/unit-of-work'
import { permit } from '../../auth/permit'
import { AppError, notFound } from '../../server/errors'
import type { Viewer } from '../../auth/viewer'
import { departmentOf, windowState } from '../access'
import type { FellowPreferencesInput, PartnerPreferencesInput } from '../schema'

function assertDistinctRanks(items: { rank: number | null; field?: string }[]) {
  const seen = new Set<number>()
  const fieldErrors: Record<string, string> = {}
  for (const i of items) {
    if (i.rank === null) continue
    if (seen.has(i.rank)) fieldErrors[i.field ?? 'rank'] = 'errors.rankUsedTwice'
    seen.add(i.rank)
  }
  if (Object.keys(fieldErrors).length) throw new AppError('INVALID', 'errors.rankUsedTwice', fieldErrors)
}

export async function saveFellowPreferences(viewer: Viewer, input: FellowPreferencesInput) {
  return write(viewer, permit('preference:write:own'), async (tx, uow) => {
    assertDistinctRanks(input.choices)
    // Only the viewer's own fellowship: another fellow's id is "not found".
    const fellowship = await tx.fellowship.findFirst({
      where: { id: input.fellowshipId, userId: viewer.userId, status: 'ACTIVE' },
      select: { id: true, cycleId: true, cycle: { select: { preferenceOpensAt: true, preferenceClosesAt: true } } },
    })
    if (!fellowship) throw notFound()
    const state = windowState(fellowship.cycle)
    if (state !== 'open')
      throw new AppError('CLOSED', state === 'upcoming' ? 'placement.errors.windowNotOpenYet' : 'placement.errors.windowClosed')

    const ids = input.choices.map((c) => c.projectId)
    const approved = await tx.project.findMany({
      where: { id: { in: ids }, cycleId: fellowship.cycleId, status: 'APPROVED' },
      select: { id: true },
    })
    const known = new Set(approved.map((p) => p.id))
    const missing = input.choices.filter((c) => !known.has(c.projectId))
    if (missing.length)
      throw new AppError(
        'NOT_FOUND',
        'errors.notFound',
        Object.fromEntries(missing.map((c) => [c.field ?? 'projectId', 'errors.notFound'])),
      )

    const before = await tx.fellowPreference.findMany({
      where: { fellowshipId: fellowship.id },
      orderBy: { rank: 'asc' },
      select: { projectId: true, rank: true, reason: true },
    })
    const after = input.choices.map((c) => ({ projectId: c.projectId, rank: c.rank, reason: c.reason ?? null }))
    await tx.fellowPreference.deleteMany({ where: { fellowshipId: fellowship.id } })
    if (after.length) await tx.fellowPreference.createMany({ data: after.map((a) => ({ ...a, fellowshipId: fellowship.id })) })
    await uow.audit({ action: 'preference.save', entityType: 'Fellowship', entityId: fellowship.id, before, after })
    return { ranked: after.length }
  })
}

export async function savePartnerPreferences(viewer: Viewer, input: PartnerPreferencesInput) {
  return write(viewer, permit('partner-preference:write'), async (tx, uow) => {
    const departmentId = departmentOf(viewer)
    assertDistinctRanks(input.entries.map((e) => ({ rank: typeof e.choice === 'number' ? e.choice : null, field: e.field })))
    const project = await tx.project.findFirst({
      where: { id: input.projectId, departmentId },
      select: { id: true, status: true, cycleId: true },
    })
    if (!project) throw notFound()
    if (project.status !== 'APPROVED') throw new AppError('CLOSED', 'placement.errors.notApprovedYet')
    // "Offered" fellows: active fellows of the cycle who ranked this project.
    const offered = await tx.fellowPreference.findMany({
      where: { projectId: project.id, fellowship: { cycleId: project.cycleId, status: 'ACTIVE' } },
      select: { fellowshipId: true },
    })
    const offeredIds = new Set(offered.map((o) => o.fellowshipId))
    const stranger = input.entries.filter((e) => !offeredIds.has(e.fellowshipId))
    if (stranger.length)
      throw new AppError(
        'NOT_FOUND',
        'errors.notFound',
        Object.fromEntries(stranger.map((e) => [e.field ?? 'fellowshipId', 'errors.notFound'])),
      )

    const before = await tx.partnerPreference.findMany({
      where: { projectId: project.id },
      select: { fellowshipId: true, rank: true, acceptable: true },
    })
    const after = input.entries.map((e) => ({
      fellowshipId: e.fellowshipId,
      rank: typeof e.choice === 'number' ? e.choice : null,
      acceptable: e.choice !== 'unacceptable',
    }))
    await tx.partnerPreference.deleteMany({ where: { projectId: project.id } })
    if (after.length) await tx.partnerPreference.createMany({ data: after.map((a) => ({ ...a, projectId: project.id })) })
    await uow.audit({ action: 'partner-preference.save', entityType: 'Project', entityId: project.id, before, after })
    return { saved: after.length }
  })
}
