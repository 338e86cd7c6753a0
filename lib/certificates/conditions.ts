// Whether a fellowship has completed by its programme's rules (issue 15): every deliverable of
// the project(s) it was placed on approved, and its supervisor's evaluation submitted in every
// round of the cycle that asks for one. Each rule applies only when the programme asks for it;
// staff may issue anyway with a reason, except to a fellowship that was withdrawn or terminated.
import type { Tx } from '../server/tx'

export type Unmet =
  { kind: 'notPlaced' } | { kind: 'deliverables'; open: number; total: number } | { kind: 'evaluations'; missing: number; total: number }

export interface Conditions {
  /** Withdrawn or terminated: no certificate, not even with a reason. */
  ended: boolean
  unmet: Unmet[]
  met: boolean
}

export interface ConditionFacts {
  status: string
  needsDeliverables: boolean
  needsEvaluations: boolean
  placed: boolean
  deliverables: { status: string }[]
  supervisorRounds: number
  supervisorSubmitted: number
}

export function judge(f: ConditionFacts): Conditions {
  const ended = f.status === 'WITHDRAWN' || f.status === 'TERMINATED'
  const unmet: Unmet[] = []
  if (f.needsDeliverables) {
    if (!f.placed) unmet.push({ kind: 'notPlaced' })
    else {
      const open = f.deliverables.filter((d) => d.status !== 'APPROVED').length
      if (open) unmet.push({ kind: 'deliverables', open, total: f.deliverables.length })
    }
  }
  if (f.needsEvaluations && f.supervisorSubmitted < f.supervisorRounds)
    unmet.push({ kind: 'evaluations', missing: f.supervisorRounds - f.supervisorSubmitted, total: f.supervisorRounds })
  return { ended, unmet, met: !ended && unmet.length === 0 }
}

/** Placements that count as the fellow's: announced, and live or ended (not moved elsewhere). */
const placedOn = { publishedAt: { not: null }, status: { in: ['ACTIVE', 'ENDED'] as ('ACTIVE' | 'ENDED')[] } }

/** The conditions of each of these fellowships (all of one cycle or not), read in `db`. */
export async function loadConditions(db: Tx, fellowshipIds: string[]): Promise<Map<string, Conditions>> {
  const out = new Map<string, Conditions>()
  if (!fellowshipIds.length) return out
  const fellowships = await db.fellowship.findMany({
    where: { id: { in: fellowshipIds } },
    select: {
      id: true,
      status: true,
      cycleId: true,
      cycle: { select: { programme: { select: { completionNeedsDeliverables: true, completionNeedsEvaluations: true } } } },
      placements: { where: placedOn, select: { project: { select: { id: true, deliverables: { select: { id: true, status: true } } } } } },
    },
  })
  const cycleIds = [...new Set(fellowships.map((f) => f.cycleId))]
  const rounds = await db.evaluationRound.findMany({
    where: { cycleId: { in: cycleIds }, directions: { has: 'SUPERVISOR' } },
    select: { id: true, cycleId: true },
  })
  const submitted = await db.evaluation.findMany({
    where: { fellowshipId: { in: fellowshipIds }, direction: 'SUPERVISOR', status: 'SUBMITTED', roundId: { in: rounds.map((r) => r.id) } },
    select: { fellowshipId: true, roundId: true },
  })
  for (const f of fellowships) {
    // A project placed on twice (ended, then placed again) counts its deliverables once.
    const deliverables = new Map<string, { status: string }>()
    for (const p of f.placements) for (const d of p.project.deliverables) deliverables.set(d.id, d)
    const ofCycle = new Set(rounds.filter((r) => r.cycleId === f.cycleId).map((r) => r.id))
    out.set(
      f.id,
      judge({
        status: f.status,
        needsDeliverables: f.cycle.programme.completionNeedsDeliverables,
        needsEvaluations: f.cycle.programme.completionNeedsEvaluations,
        placed: f.placements.length > 0,
        deliverables: [...deliverables.values()],
        supervisorRounds: ofCycle.size,
        supervisorSubmitted: new Set(submitted.filter((e) => e.fellowshipId === f.id && ofCycle.has(e.roundId)).map((e) => e.roundId)).size,
      }),
    )
  }
  return out
}
