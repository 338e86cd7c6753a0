// A reviewer's interview panels: the interviews they sit on, with time, place and scorecard.
// Scoped to the viewer's own panels: anyone else's interview is "not found".
import 'server-only'
import { getDb } from '../../server/db'
import { assertCan } from '../../auth/policy'
import { notFound } from '../../server/errors'
import type { Viewer } from '../../auth/viewer'
import { interviewSlotSelect } from './selects'

const panelInterview = {
  ...interviewSlotSelect,
  version: true,
  scorecard: true,
  recommendation: true,
  notes: true,
  application: {
    select: {
      id: true,
      applicant: { select: { name: true } },
      cycle: { select: { name: true, nameUr: true, programme: { select: { name: true, nameUr: true } } } },
    },
  },
  panel: { select: { user: { select: { name: true } } } },
} as const

export async function listMyPanelInterviews(viewer: Viewer) {
  assertCan(viewer, 'interview:panel')
  const db = await getDb()
  return db.interview.findMany({
    where: { panel: { some: { userId: viewer.userId } }, status: { in: ['SCHEDULED', 'COMPLETED', 'NO_SHOW'] } },
    orderBy: { scheduledAt: 'asc' },
    take: 200,
    select: { id: true, scheduledAt: true, status: true, mode: true, application: { select: { applicant: { select: { name: true } } } } },
  })
}

export async function getPanelInterview(viewer: Viewer, interviewId: string) {
  assertCan(viewer, 'interview:panel')
  const db = await getDb()
  const iv = await db.interview.findFirst({
    where: { id: interviewId, panel: { some: { userId: viewer.userId } } },
    select: panelInterview,
  })
  if (!iv) throw notFound()
  return { ...iv, scorecard: (iv.scorecard ?? null) as Record<string, number> | null }
}
export type PanelInterview = Awaited<ReturnType<typeof getPanelInterview>>
