// Staff's reads of evaluation rounds: a cycle's rounds with their progress, and one round with
// its criteria, every fellow's three views side by side and the averages per department.
import 'server-only'
import { getDb } from '../server/db'
import { assertCan } from '../auth/policy'
import { notFound } from '../server/errors'
import type { Viewer } from '../auth/viewer'
import { expectedDirections, roundRoster } from './roster'
import { mean, storedAnswers, type Answers } from './answers'
import { criterionSelect, toCriterion, type CriterionView } from './criteria'
import { criteriaEditable } from './policy'
import type { Direction } from './schema'

const roundSelect = {
  id: true,
  cycleId: true,
  name: true,
  nameUr: true,
  dueAt: true,
  directions: true,
  openedAt: true,
  releasedAt: true,
  version: true,
} as const

export async function listRounds(viewer: Viewer, cycleId: string) {
  assertCan(viewer, 'evaluation:manage')
  const db = await getDb()
  const cycle = await db.cycle.findUnique({
    where: { id: cycleId },
    select: { id: true, name: true, nameUr: true, status: true, archivedAt: true, programme: { select: { name: true, nameUr: true } } },
  })
  if (!cycle) throw notFound()
  const rounds = await db.evaluationRound.findMany({
    where: { cycleId },
    orderBy: [{ dueAt: 'asc' }, { id: 'asc' }],
    select: { ...roundSelect, _count: { select: { criteria: true } } },
  })
  const submitted = await db.evaluation.groupBy({
    by: ['roundId'],
    where: { roundId: { in: rounds.map((r) => r.id) }, status: 'SUBMITTED' },
    _count: { _all: true },
  })
  const roster = await roundRoster(db, cycleId)
  return {
    cycle,
    rounds: rounds.map((r) => ({
      ...r,
      criteria: r._count.criteria,
      submitted: submitted.find((s) => s.roundId === r.id)?._count._all ?? 0,
      expected: roster.reduce((n, f) => n + expectedDirections(r, f).length, 0),
    })),
  }
}

export interface FellowViews {
  fellowshipId: string
  name: string
  department: { id: string; name: string; nameUr: string | null } | null
  /** Each view the round expects of this fellow: its state, its author and its answers. */
  views: Partial<
    Record<Direction, { status: 'MISSING' | 'DRAFT' | 'SUBMITTED'; author: string | null; submittedAt: Date | null; answers: Answers }>
  >
}

export interface DepartmentAverages {
  department: { id: string; name: string; nameUr: string | null }
  fellows: number
  /** Per SCALE criterion: the mean of the submitted scores and how many there are. */
  criteria: { criterionId: string; mean: number | null; n: number }[]
}

export async function getRound(viewer: Viewer, roundId: string) {
  assertCan(viewer, 'evaluation:manage')
  const db = await getDb()
  const round = await db.evaluationRound.findUnique({
    where: { id: roundId },
    select: {
      ...roundSelect,
      cycle: { select: { id: true, name: true, nameUr: true, status: true, programme: { select: { name: true, nameUr: true } } } },
      criteria: { orderBy: [{ position: 'asc' }, { id: 'asc' }], select: criterionSelect },
    },
  })
  if (!round) throw notFound()
  const criteria: CriterionView[] = round.criteria.map(toCriterion)
  const [roster, evaluations] = await Promise.all([
    roundRoster(db, round.cycleId),
    db.evaluation.findMany({
      where: { roundId },
      select: { fellowshipId: true, direction: true, status: true, answers: true, submittedAt: true, author: { select: { name: true } } },
    }),
  ])
  const fellows: FellowViews[] = roster.map((f) => ({
    fellowshipId: f.fellowshipId,
    name: f.name,
    department: f.department,
    views: Object.fromEntries(
      expectedDirections(round, f).map((d) => {
        const e = evaluations.find((x) => x.fellowshipId === f.fellowshipId && x.direction === d)
        const own = criteria.filter((c) => c.direction === d)
        return [
          d,
          e
            ? { status: e.status, author: e.author.name, submittedAt: e.submittedAt, answers: storedAnswers(own, e.answers) }
            : { status: 'MISSING' as const, author: null, submittedAt: null, answers: {} },
        ]
      }),
    ),
  }))
  const departments = new Map<string, DepartmentAverages>()
  const scales = criteria.filter((c) => c.kind === 'SCALE')
  for (const f of fellows) {
    if (!f.department) continue
    departments.set(f.department.id, departments.get(f.department.id) ?? { department: f.department, fellows: 0, criteria: [] })
    departments.get(f.department.id)!.fellows++
  }
  for (const d of departments.values()) {
    const mine = fellows.filter((f) => f.department?.id === d.department.id)
    d.criteria = scales.map((c) => {
      const scores = mine.flatMap((f) => {
        const v = f.views[c.direction]
        const s = v?.status === 'SUBMITTED' ? v.answers[c.id] : undefined
        return typeof s === 'number' ? [s] : []
      })
      return { criterionId: c.id, mean: mean(scores), n: scores.length }
    })
  }
  const counts = { expected: 0, submitted: 0, drafts: 0 }
  for (const f of fellows)
    for (const v of Object.values(f.views)) {
      counts.expected++
      if (v.status === 'SUBMITTED') counts.submitted++
      if (v.status === 'DRAFT') counts.drafts++
    }
  return {
    round: { ...round, criteria },
    editable: criteriaEditable(round),
    fellows,
    departments: [...departments.values()].sort((a, b) => a.department.name.localeCompare(b.department.name)),
    counts,
  }
}

export type RoundDetail = Awaited<ReturnType<typeof getRound>>
