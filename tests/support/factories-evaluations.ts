// Builders for evaluation tests: a round in a cycle with one score and one question per view.
import { getDb } from '../../lib/server/db'
import type { Direction } from '../../lib/evaluations/schema'

const ANCHORS = [1, 2, 3, 4, 5].map((n) => ({ en: `Point ${n}`, ur: `درجہ ${n}` }))

export async function makeEvaluationRound(
  cycleId: string,
  o: { opened?: boolean; released?: boolean; directions?: Direction[]; dueAt?: Date; name?: string } = {},
) {
  const db = await getDb()
  const directions = o.directions ?? ['SUPERVISOR', 'SELF', 'DEPARTMENT']
  const round = await db.evaluationRound.create({
    data: {
      cycleId,
      name: o.name ?? 'Mid-term evaluation',
      nameUr: 'وسط مدتی جائزہ',
      dueAt: o.dueAt ?? new Date(Date.now() + 14 * 86_400_000),
      directions,
      openedAt: o.opened === false ? null : new Date(Date.now() - 86_400_000),
      releasedAt: o.released ? new Date() : null,
    },
  })
  let position = 0
  const criteria = []
  for (const direction of directions) {
    criteria.push(
      await db.evaluationCriterion.create({
        data: {
          roundId: round.id,
          direction,
          kind: 'SCALE',
          label: `Quality (${direction})`,
          labelUr: 'معیار',
          anchors: ANCHORS,
          position: position++,
        },
      }),
      await db.evaluationCriterion.create({
        data: {
          roundId: round.id,
          direction,
          kind: 'QUESTION',
          label: `What went well (${direction})`,
          labelUr: 'کیا اچھا رہا',
          position: position++,
        },
      }),
    )
  }
  return { round, criteria }
}

/** A complete form for one view: "a.<id>" with a score or words. */
export function answersFor(
  criteria: { id: string; direction: string; kind: string }[],
  direction: Direction,
  score = 4,
  words = 'Steady work',
) {
  return Object.fromEntries(
    criteria.filter((c) => c.direction === direction).map((c) => [`a.${c.id}`, c.kind === 'SCALE' ? String(score) : words]),
  )
}
