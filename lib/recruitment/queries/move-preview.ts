// Who a bulk move would email, for its confirmation: each selected application of the cycle
// with its applicant, split into those that can move to the chosen stage and those that
// cannot (left as they are). Ids of other cycles or unknown ids are left out.
import 'server-only'
import type { ApplicationStage } from '@prisma/client'
import { getDb } from '../../server/db'
import { assertCan } from '../../auth/policy'
import { notFound } from '../../server/errors'
import type { Viewer } from '../../auth/viewer'
import { canStaffMove, type StaffMovableStage } from '../stages'

export interface MoveCandidate {
  id: string
  stage: ApplicationStage
  applicant: { name: string; email: string }
}

export async function previewMove(viewer: Viewer, cycleId: string, ids: string[], to: StaffMovableStage) {
  assertCan(viewer, 'application:manage')
  const db = await getDb()
  const cycle = await db.cycle.findUnique({ where: { id: cycleId }, select: { id: true, name: true, nameUr: true } })
  if (!cycle) throw notFound()
  const apps: MoveCandidate[] = ids.length
    ? await db.application.findMany({
        where: { id: { in: [...new Set(ids)] }, cycleId, stage: { not: 'DRAFT' } },
        orderBy: [{ applicant: { name: 'asc' } }, { id: 'asc' }],
        select: { id: true, stage: true, applicant: { select: { name: true, email: true } } },
      })
    : []
  return { cycle, movable: apps.filter((a) => canStaffMove(a.stage, to)), blocked: apps.filter((a) => !canStaffMove(a.stage, to)) }
}
