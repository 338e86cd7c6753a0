// Authorization matrix for evaluation rounds: every domain function as every role. Staff run
// rounds; fellows and partners write (and read) only their own views; anything else is refused
// before a record is touched. Record-level checks: lib/evaluations/*.db.test.ts and
// authz-pages.db.test.ts.
import { randomUUID } from 'node:crypto'
import { beforeAll, describe } from 'vitest'
import { matrix } from '../support/authz'
import { makePlacedFellow } from '../support/factories-progress'
import { makeEvaluationRound } from '../support/factories-evaluations'
import { getRound, listRounds } from '../../lib/evaluations/queries'
import { getDepartmentRound, getOwnRound, getSupervisorForm, listDepartmentRounds, listOwnRounds } from '../../lib/evaluations/portal'
import { createRound, deleteCriterion, editRound, openRound, releaseRound, saveCriterion } from '../../lib/evaluations/mutations/rounds'
import { saveEvaluation } from '../../lib/evaluations/mutations/save-evaluation'
import { remindLate } from '../../lib/evaluations/mutations/remind'

const STAFF: ('ADMIN' | 'STAFF')[] = ['ADMIN', 'STAFF']
let w: Awaited<ReturnType<typeof makePlacedFellow>>
let roundId: string
beforeAll(async () => {
  w = await makePlacedFellow()
  roundId = (await makeEvaluationRound(w.cycleId)).round.id
})
const step = () => ({ roundId, version: 0 })

describe('staff run the rounds', () => {
  matrix('listRounds', STAFF, (v) => listRounds(v, w.cycleId))
  matrix('getRound', STAFF, (v) => getRound(v, roundId))
  matrix('createRound', STAFF, (v) =>
    createRound(v, { cycleId: w.cycleId, name: 'Final', nameUr: 'حتمی', dueAt: new Date(), directions: ['SELF'] }),
  )
  matrix('editRound', STAFF, (v) => editRound(v, { ...step(), version: 999, name: 'x', nameUr: 'y', dueAt: new Date() }))
  matrix('saveCriterion', STAFF, (v) =>
    saveCriterion(v, { ...step(), directions: ['SELF'], kind: 'QUESTION', label: 'Why?', labelUr: 'کیوں؟' }),
  )
  matrix('deleteCriterion', STAFF, (v) => deleteCriterion(v, { ...step(), criterionId: randomUUID() }))
  matrix('openRound', STAFF, (v) => openRound(v, step()))
  matrix('releaseRound', STAFF, (v) => releaseRound(v, { ...step(), version: 999 }))
  matrix('remindLate', STAFF, (v) => remindLate(v, roundId))
})

describe('evaluators', () => {
  matrix('saveEvaluation', ['FELLOW', 'PARTNER'], (v) => saveEvaluation(v, { roundId, direction: 'SELF', intent: 'draft', raw: {} }))
  matrix('listOwnRounds', ['FELLOW'], (v) => listOwnRounds(v))
  matrix('getOwnRound', ['FELLOW'], (v) => getOwnRound(v, roundId))
  matrix('listDepartmentRounds', ['PARTNER'], (v) => listDepartmentRounds(v))
  matrix('getDepartmentRound', ['PARTNER'], (v) => getDepartmentRound(v, roundId))
  matrix('getSupervisorForm', ['PARTNER'], (v) => getSupervisorForm(v, roundId, w.fellowship.id))
})
