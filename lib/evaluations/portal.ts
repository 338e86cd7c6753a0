// The evaluators' reads: a fellow's rounds (their self and department evaluations, and their
// supervisor's once released) and a partner's (their department's fellows, and what the
// fellows said of the department only as counts and averages, only from MIN_CELL answers up).
// Nobody reaches a round before it opens, and nobody reaches a view that is not theirs.
import 'server-only'
import { getDb } from '../server/db'
import { assertCan } from '../auth/policy'
import { notFound } from '../server/errors'
import type { Viewer } from '../auth/viewer'
import { MIN_CELL } from '../insight/suppress'
import { livePlacement } from '../fellowships/scope'
import { roundRoster } from './roster'
import { mean, storedAnswers } from './answers'
import { criterionSelect, toCriterion } from './criteria'
import { canWrite, fellowSeesSupervisor } from './policy'
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
} as const
const evaluationSelect = { id: true, direction: true, status: true, answers: true, submittedAt: true, version: true } as const

// ------------------------------------------------------------------------------------------
// Fellows

/** The opened rounds of the cycles the viewer is a fellow in, newest first. */
export async function listOwnRounds(viewer: Viewer) {
  assertCan(viewer, 'evaluation:write:own')
  const db = await getDb()
  const rounds = await db.evaluationRound.findMany({
    where: { openedAt: { not: null }, cycle: { fellowships: { some: { userId: viewer.userId } } } },
    orderBy: [{ dueAt: 'desc' }, { id: 'asc' }],
    select: {
      ...roundSelect,
      cycle: { select: { name: true, nameUr: true } },
      evaluations: { where: { fellowship: { userId: viewer.userId } }, select: { direction: true, status: true } },
    },
  })
  return rounds.map((r) => ({
    ...r,
    // What the fellow writes here, and how far they are.
    mine: r.directions
      .filter((d) => d !== 'SUPERVISOR')
      .map((d) => ({ direction: d, status: r.evaluations.find((e) => e.direction === d)?.status ?? ('MISSING' as const) })),
    supervisorReleased: fellowSeesSupervisor(r, r.evaluations.find((e) => e.direction === 'SUPERVISOR') ?? null),
  }))
}

export async function getOwnRound(viewer: Viewer, roundId: string) {
  assertCan(viewer, 'evaluation:write:own')
  const db = await getDb()
  const round = await db.evaluationRound.findFirst({
    where: { id: roundId, openedAt: { not: null } },
    select: { ...roundSelect, cycle: { select: { name: true, nameUr: true } } },
  })
  if (!round) throw notFound()
  const f = await db.fellowship.findFirst({ where: { cycleId: round.cycleId, userId: viewer.userId }, select: { id: true, status: true } })
  if (!f) throw notFound()
  const [placed] = await roundRoster(db, round.cycleId, { fellowshipId: f.id })
  const department = placed?.department ?? null
  const [criteria, evaluations] = await Promise.all([
    db.evaluationCriterion.findMany({ where: { roundId }, orderBy: [{ position: 'asc' }, { id: 'asc' }], select: criterionSelect }),
    db.evaluation.findMany({ where: { roundId, fellowshipId: f.id }, select: { ...evaluationSelect, author: { select: { name: true } } } }),
  ])
  const all = criteria.map(toCriterion)
  const forms = (['SELF', 'DEPARTMENT'] as const)
    .filter((d) => round.directions.includes(d) && (d === 'SELF' || department))
    .map((direction) => {
      const e = evaluations.find((x) => x.direction === direction) ?? null
      const own = all.filter((c) => c.direction === direction)
      const ctx = {
        round,
        direction,
        fellowship: { userId: viewer.userId, status: f.status, departmentId: department?.id ?? null },
        existing: e,
      }
      return {
        direction,
        criteria: own,
        evaluation: e && {
          id: e.id,
          status: e.status,
          submittedAt: e.submittedAt,
          version: e.version,
          answers: storedAnswers(own, e.answers),
        },
        canWrite: canWrite(viewer, ctx),
      }
    })
  const sup = evaluations.find((x) => x.direction === 'SUPERVISOR') ?? null
  const supCriteria = all.filter((c) => c.direction === 'SUPERVISOR')
  // Before release the fellow learns nothing of it, not even whether it was written.
  const supervisor = fellowSeesSupervisor(round, sup)
    ? { author: sup!.author.name, submittedAt: sup!.submittedAt, criteria: supCriteria, answers: storedAnswers(supCriteria, sup!.answers) }
    : null
  return { round, department, forms, supervisor }
}

// ------------------------------------------------------------------------------------------
// Partners

/** The opened rounds in which the viewer's department has fellows, with their progress. */
export async function listDepartmentRounds(viewer: Viewer) {
  assertCan(viewer, 'evaluation:write:department')
  if (!viewer.departmentId) return []
  const db = await getDb()
  const rounds = await db.evaluationRound.findMany({
    where: {
      openedAt: { not: null },
      cycle: {
        fellowships: {
          some: { status: 'ACTIVE', placements: { some: { ...livePlacement, project: { departmentId: viewer.departmentId } } } },
        },
      },
    },
    orderBy: [{ dueAt: 'desc' }, { id: 'asc' }],
    select: { ...roundSelect, cycle: { select: { name: true, nameUr: true } } },
  })
  const out = []
  for (const r of rounds) {
    const roster = await roundRoster(db, r.cycleId, { departmentId: viewer.departmentId })
    const submitted = await db.evaluation.count({
      where: { roundId: r.id, direction: 'SUPERVISOR', status: 'SUBMITTED', fellowshipId: { in: roster.map((f) => f.fellowshipId) } },
    })
    out.push({ ...r, fellows: roster.length, submitted: r.directions.includes('SUPERVISOR') ? submitted : null })
  }
  return out
}

/** One round as the department sees it: its fellows to evaluate, and the feedback on it. */
export async function getDepartmentRound(viewer: Viewer, roundId: string) {
  assertCan(viewer, 'evaluation:write:department')
  const db = await getDb()
  const round = await db.evaluationRound.findFirst({
    where: { id: roundId, openedAt: { not: null } },
    select: { ...roundSelect, cycle: { select: { name: true, nameUr: true } } },
  })
  if (!round || !viewer.departmentId) throw notFound()
  const roster = await roundRoster(db, round.cycleId, { departmentId: viewer.departmentId })
  if (!roster.length) throw notFound()
  const ids = roster.map((f) => f.fellowshipId)
  const [criteria, supervisor, feedback] = await Promise.all([
    db.evaluationCriterion.findMany({
      where: { roundId, direction: { in: ['SUPERVISOR', 'DEPARTMENT'] } },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
      select: criterionSelect,
    }),
    db.evaluation.findMany({
      where: { roundId, direction: 'SUPERVISOR', fellowshipId: { in: ids } },
      select: { fellowshipId: true, status: true, author: { select: { name: true } } },
    }),
    // Only the answers, never who gave them: the department sees counts and means.
    db.evaluation.findMany({
      where: { roundId, direction: 'DEPARTMENT', status: 'SUBMITTED', fellowshipId: { in: ids } },
      select: { answers: true },
    }),
  ])
  const all = criteria.map(toCriterion)
  const deptCriteria = all.filter((c) => c.direction === 'DEPARTMENT' && c.kind === 'SCALE')
  const shown = feedback.length >= MIN_CELL
  return {
    round,
    asksSupervisor: round.directions.includes('SUPERVISOR'),
    fellows: roster.map((f) => {
      const e = supervisor.find((x) => x.fellowshipId === f.fellowshipId)
      return { fellowshipId: f.fellowshipId, name: f.name, status: e?.status ?? ('MISSING' as const), author: e?.author.name ?? null }
    }),
    departmentFeedback: round.directions.includes('DEPARTMENT')
      ? {
          answered: feedback.length,
          shown,
          criteria: shown
            ? deptCriteria.map((c) => {
                const scores = feedback.flatMap((e) => {
                  const v = storedAnswers([c], e.answers)[c.id]
                  return typeof v === 'number' ? [v] : []
                })
                return { criterion: c, mean: mean(scores), n: scores.length }
              })
            : [],
        }
      : null,
  }
}

/** The supervisor's form for one fellow of the viewer's department. */
export async function getSupervisorForm(viewer: Viewer, roundId: string, fellowshipId: string) {
  assertCan(viewer, 'evaluation:write:department')
  const db = await getDb()
  const round = await db.evaluationRound.findFirst({
    where: { id: roundId, openedAt: { not: null } },
    select: { ...roundSelect, cycle: { select: { name: true, nameUr: true } } },
  })
  if (!round || !viewer.departmentId) throw notFound()
  const [f] = await roundRoster(db, round.cycleId, { departmentId: viewer.departmentId, fellowshipId })
  if (!f) throw notFound()
  const direction: Direction = 'SUPERVISOR'
  const [criteria, e] = await Promise.all([
    db.evaluationCriterion.findMany({
      where: { roundId, direction },
      orderBy: [{ position: 'asc' }, { id: 'asc' }],
      select: criterionSelect,
    }),
    db.evaluation.findUnique({
      where: { roundId_fellowshipId_direction: { roundId, fellowshipId, direction } },
      select: { ...evaluationSelect, author: { select: { name: true } } },
    }),
  ])
  const own = criteria.map(toCriterion)
  return {
    round,
    fellow: { fellowshipId: f.fellowshipId, name: f.name },
    criteria: own,
    evaluation: e && {
      id: e.id,
      status: e.status,
      submittedAt: e.submittedAt,
      version: e.version,
      author: e.author.name,
      answers: storedAnswers(own, e.answers),
    },
    canWrite: canWrite(viewer, {
      round,
      direction,
      fellowship: { userId: f.userId, status: f.status, departmentId: f.department?.id ?? null },
      existing: e,
    }),
  }
}
