// The year in review counts evaluations as numbers only: how many were submitted in the
// year's cycles, and the supervisors' mean score once there are at least MIN_CELL of theirs.
import { describe, expect, it } from 'vitest'
import { makePartner, makePlacedFellow } from '../../tests/support/factories-progress'
import { answersFor, makeEvaluationRound } from '../../tests/support/factories-evaluations'
import { unsafeComposeYear } from '../insight/year-review/compose'
import { MIN_CELL } from '../insight/suppress'
import { saveEvaluation } from './mutations/save-evaluation'

const pk = (d: string) => new Date(`${d}T00:00:00+05:00`)

describe('evaluations in the year in review', () => {
  it('counts submitted evaluations; the supervisors’ mean only from five of theirs up, with no names', async () => {
    const first = await makePlacedFellow({ startDate: pk('2019-10-01'), endDate: pk('2099-09-30') })
    const partner = await makePartner(first.departmentId)
    const fellows = [first]
    for (let i = 1; i < MIN_CELL; i++) fellows.push(await makePlacedFellow({ cycleId: first.cycleId, departmentId: first.departmentId }))
    const { round, criteria } = await makeEvaluationRound(first.cycleId)
    const supervise = (f: (typeof fellows)[number], score: number, intent: 'draft' | 'submit' = 'submit', version?: number) =>
      saveEvaluation(partner, {
        roundId: round.id,
        fellowshipId: f.fellowship.id,
        direction: 'SUPERVISOR',
        intent,
        version,
        raw: answersFor(criteria, 'SUPERVISOR', score),
      })
    for (const [i, f] of fellows.slice(0, MIN_CELL - 1).entries()) await supervise(f, 3 + (i % 2))
    await saveEvaluation(first.fellow, { roundId: round.id, direction: 'SELF', intent: 'submit', raw: answersFor(criteria, 'SELF', 1) })
    // A draft does not count.
    await supervise(fellows[MIN_CELL - 1], 5, 'draft')
    expect((await unsafeComposeYear(2019)).evaluations).toEqual({ completed: MIN_CELL, supervisorMean: null })

    await supervise(fellows[MIN_CELL - 1], 5, 'submit', 0)
    const figures = await unsafeComposeYear(2019)
    // Supervisors' scores 3, 4, 3, 4, 5 (the self-evaluation's 1 is not theirs).
    expect(figures.evaluations).toEqual({ completed: MIN_CELL + 1, supervisorMean: 3.8 })
    expect(JSON.stringify(figures.evaluations)).not.toContain(partner.name)
    expect((await unsafeComposeYear(2020)).evaluations).toEqual({ completed: 0, supervisorMean: null })
  })
})
