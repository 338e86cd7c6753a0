// Evaluation rounds on a real database: staff's round and criteria, the three views written
// by the right people only, and confidentiality (a partner never reads self-evaluations or
// another department's; a fellow reads the supervisor's only after release; the department's
// feedback is hidden below MIN_CELL answers).
import { describe, expect, it } from 'vitest'
import { getDb } from '../server/db'
import { makeViewer } from '../../tests/support/factories'
import { makePartner, makePlacedFellow } from '../../tests/support/factories-progress'
import { answersFor, makeEvaluationRound } from '../../tests/support/factories-evaluations'
import { createRound, deleteCriterion, editRound, openRound, releaseRound, saveCriterion } from './mutations/rounds'
import { saveEvaluation } from './mutations/save-evaluation'
import { getRound, listRounds } from './queries'
import { getDepartmentRound, getOwnRound, getSupervisorForm, listDepartmentRounds, listOwnRounds } from './portal'
import { MIN_CELL } from '../insight/suppress'

const anchors = Object.fromEntries(
  [1, 2, 3, 4, 5].flatMap((n) => [
    [`anchor${n}`, `Point ${n}`],
    [`anchor${n}Ur`, `درجہ ${n}`],
  ]),
)
const code = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: { code?: string }) => e.code,
  )

describe('staff run a round', () => {
  it('create, add criteria until it opens, open, and a stale version is refused', async () => {
    const staff = await makeViewer('STAFF')
    const a = await makePlacedFellow()
    const { id } = await createRound(staff, {
      cycleId: a.cycleId,
      name: 'Mid-term',
      nameUr: 'وسط مدتی',
      dueAt: new Date(Date.now() + 86_400_000),
      directions: ['SUPERVISOR', 'SELF'],
    })
    // Opening with no criteria: each view needs something to answer.
    expect(await code(openRound(staff, { roundId: id, version: 0 }))).toBe('INVALID')
    const base = { roundId: id, label: 'Punctuality', labelUr: 'وقت کی پابندی', kind: 'SCALE' as const, ...anchors }
    const added = await saveCriterion(staff, { ...base, version: 0, directions: ['SUPERVISOR', 'SELF'] })
    // The page another editor loaded before that is stale now.
    expect(await code(saveCriterion(staff, { ...base, version: 0, directions: ['SELF'] }))).toBe('STALE')
    // A view the round does not ask for.
    expect(await code(saveCriterion(staff, { ...base, version: 1, directions: ['DEPARTMENT'] }))).toBe('INVALID')
    const q = await saveCriterion(staff, {
      ...base,
      kind: 'QUESTION',
      label: 'Biggest win',
      labelUr: 'بڑی کامیابی',
      version: 1,
      directions: ['SELF'],
    })
    await deleteCriterion(staff, { roundId: id, version: 2, criterionId: q.ids[0] })
    // Editing one criterion changes that view's only; its view stays.
    await saveCriterion(staff, { ...base, label: 'Punctual', version: 3, criterionId: added.ids[1], directions: ['SELF'] })
    await editRound(staff, {
      roundId: id,
      version: 4,
      name: 'Mid-term review',
      nameUr: 'وسط مدتی جائزہ',
      dueAt: new Date(Date.now() + 86_400_000),
    })
    await openRound(staff, { roundId: id, version: 5 })
    const { round, editable } = await getRound(staff, id)
    expect(editable).toBe(false)
    expect(round.name).toBe('Mid-term review')
    expect(round.criteria.map((c) => [c.direction, c.label, c.anchors[4]])).toEqual([
      ['SUPERVISOR', 'Punctuality', { en: 'Point 5', ur: 'درجہ 5' }],
      ['SELF', 'Punctual', { en: 'Point 5', ur: 'درجہ 5' }],
    ])
    // Criteria are fixed once open.
    expect(await code(saveCriterion(staff, { ...base, version: 6, directions: ['SELF'] }))).toBe('CLOSED')
    expect(await code(deleteCriterion(staff, { roundId: id, version: 6, criterionId: round.criteria[0].id }))).toBe('CLOSED')
    const db = await getDb()
    const audit = await db.auditLog.findMany({ where: { entityId: id }, select: { action: true }, orderBy: { createdAt: 'asc' } })
    expect(audit.map((x) => x.action)).toEqual(['evaluation-round.create', 'evaluation-round.edit', 'evaluation-round.open'])
    expect((await listRounds(staff, a.cycleId)).rounds[0]).toMatchObject({ id, submitted: 0, expected: 2 })
    // Only staff.
    for (const role of ['FELLOW', 'PARTNER', 'REVIEWER', 'APPLICANT'] as const)
      expect(
        await code(
          createRound(await makeViewer(role), { cycleId: a.cycleId, name: 'x', nameUr: 'y', dueAt: new Date(), directions: ['SELF'] }),
        ),
      ).toBe('FORBIDDEN')
  })
})

describe('writing evaluations', () => {
  it('the supervisor, the fellow and nobody else; drafts, then a final submit; answers checked against the criteria', async () => {
    const a = await makePlacedFellow({ fellowName: 'Aamna Khan' })
    const partner = await makePartner(a.departmentId)
    const other = await makePlacedFellow({ cycleId: a.cycleId })
    const otherPartner = await makePartner(other.departmentId)
    const { round, criteria } = await makeEvaluationRound(a.cycleId)
    const sup = answersFor(criteria, 'SUPERVISOR', 5, 'Reliable and careful')
    const scale = criteria.find((c) => c.direction === 'SUPERVISOR' && c.kind === 'SCALE')!

    // A draft may be incomplete; a bad score is refused beside its field, nothing written.
    const draft = await saveEvaluation(partner, {
      roundId: round.id,
      fellowshipId: a.fellowship.id,
      direction: 'SUPERVISOR',
      intent: 'draft',
      raw: {},
    })
    await expect(
      saveEvaluation(partner, {
        roundId: round.id,
        fellowshipId: a.fellowship.id,
        direction: 'SUPERVISOR',
        version: 0,
        intent: 'submit',
        raw: { ...sup, [`a.${scale.id}`]: '7' },
      }),
    ).rejects.toMatchObject({ code: 'INVALID', fieldErrors: { [`a.${scale.id}`]: 'evaluations.errors.scoreRange' } })
    await expect(
      saveEvaluation(partner, {
        roundId: round.id,
        fellowshipId: a.fellowship.id,
        direction: 'SUPERVISOR',
        version: 0,
        intent: 'submit',
        raw: {},
      }),
    ).rejects.toMatchObject({ code: 'INVALID' })
    // Unknown criterion ids are never stored.
    await saveEvaluation(partner, {
      roundId: round.id,
      fellowshipId: a.fellowship.id,
      direction: 'SUPERVISOR',
      version: 0,
      intent: 'submit',
      raw: { ...sup, 'a.00000000-0000-4000-8000-000000000000': '5' },
    })
    const db = await getDb()
    const stored = await db.evaluation.findUniqueOrThrow({ where: { id: draft.id } })
    expect(stored.status).toBe('SUBMITTED')
    expect(Object.keys(stored.answers as object).sort()).toEqual(
      criteria
        .filter((c) => c.direction === 'SUPERVISOR')
        .map((c) => c.id)
        .sort(),
    )
    // Submitted is final.
    expect(
      await code(
        saveEvaluation(partner, {
          roundId: round.id,
          fellowshipId: a.fellowship.id,
          direction: 'SUPERVISOR',
          version: 1,
          intent: 'draft',
          raw: sup,
        }),
      ),
    ).toBe('CONFLICT')

    // Another department's partner: not found (the fellow is not theirs), nothing written.
    expect(
      await code(
        saveEvaluation(otherPartner, {
          roundId: round.id,
          fellowshipId: a.fellowship.id,
          direction: 'SUPERVISOR',
          intent: 'draft',
          raw: sup,
        }),
      ),
    ).toBe('NOT_FOUND')
    expect(await code(getSupervisorForm(otherPartner, round.id, a.fellowship.id))).toBe('NOT_FOUND')
    // A partner cannot write a fellow's own views, nor a fellow the supervisor's.
    expect(await code(saveEvaluation(partner, { roundId: round.id, direction: 'SELF', intent: 'draft', raw: {} }))).toBe('NOT_FOUND')
    expect(
      await code(
        saveEvaluation(a.fellow, { roundId: round.id, fellowshipId: a.fellowship.id, direction: 'SUPERVISOR', intent: 'draft', raw: {} }),
      ),
    ).toBe('NOT_FOUND')

    // The fellow's two views, found by their own fellowship whatever id is sent.
    await saveEvaluation(a.fellow, {
      roundId: round.id,
      direction: 'SELF',
      intent: 'submit',
      raw: answersFor(criteria, 'SELF', 3, 'I learned a lot'),
    })
    await saveEvaluation(a.fellow, {
      roundId: round.id,
      fellowshipId: other.fellowship.id,
      direction: 'DEPARTMENT',
      intent: 'draft',
      raw: answersFor(criteria, 'DEPARTMENT', 2),
    })
    const mine = await db.evaluation.findMany({ where: { roundId: round.id, authorId: a.user.id }, select: { fellowshipId: true } })
    expect(mine.every((e) => e.fellowshipId === a.fellowship.id)).toBe(true)
    expect(await db.evaluation.count({ where: { fellowshipId: other.fellowship.id } })).toBe(0)
    // A draft open in two tabs: the older one is refused.
    expect(await code(saveEvaluation(a.fellow, { roundId: round.id, direction: 'DEPARTMENT', intent: 'draft', raw: {} }))).toBe('STALE')

    const staff = await makeViewer('STAFF')
    const { fellows, counts } = await getRound(staff, round.id)
    const aamna = fellows.find((f) => f.fellowshipId === a.fellowship.id)!
    expect([aamna.views.SUPERVISOR?.status, aamna.views.SELF?.status, aamna.views.DEPARTMENT?.status]).toEqual([
      'SUBMITTED',
      'SUBMITTED',
      'DRAFT',
    ])
    expect(aamna.views.SUPERVISOR?.answers[scale.id]).toBe(5)
    expect(counts).toEqual({ expected: 6, submitted: 2, drafts: 1 })
  })

  it('nobody writes in a round before it opens, and evaluators do not see it', async () => {
    const a = await makePlacedFellow()
    const partner = await makePartner(a.departmentId)
    const { round } = await makeEvaluationRound(a.cycleId, { opened: false })
    expect(await code(saveEvaluation(a.fellow, { roundId: round.id, direction: 'SELF', intent: 'draft', raw: {} }))).toBe('CLOSED')
    expect(await code(getOwnRound(a.fellow, round.id))).toBe('NOT_FOUND')
    expect(await code(getDepartmentRound(partner, round.id))).toBe('NOT_FOUND')
    expect(await listOwnRounds(a.fellow)).toEqual([])
    expect(await listDepartmentRounds(partner)).toEqual([])
  })
})

describe('confidentiality', () => {
  it('a fellow reads the supervisor’s evaluation only once released', async () => {
    const a = await makePlacedFellow()
    const partner = await makePartner(a.departmentId)
    const staff = await makeViewer('STAFF')
    const { round, criteria } = await makeEvaluationRound(a.cycleId)
    await saveEvaluation(partner, {
      roundId: round.id,
      fellowshipId: a.fellowship.id,
      direction: 'SUPERVISOR',
      intent: 'submit',
      raw: answersFor(criteria, 'SUPERVISOR', 4, 'Needs to document more'),
    })
    const before = await getOwnRound(a.fellow, round.id)
    expect(before.supervisor).toBeNull()
    expect(JSON.stringify(before)).not.toContain('Needs to document more')
    expect((await listOwnRounds(a.fellow))[0].supervisorReleased).toBe(false)

    const { version } = await getDb().then((db) => db.evaluationRound.findUniqueOrThrow({ where: { id: round.id } }))
    const out = await releaseRound(staff, { roundId: round.id, version })
    expect(out.told).toBe(1)
    const after = await getOwnRound(a.fellow, round.id)
    expect(after.supervisor?.answers).toMatchObject({
      [criteria.find((c) => c.direction === 'SUPERVISOR' && c.kind === 'QUESTION')!.id]: 'Needs to document more',
    })
    const db = await getDb()
    expect(await db.notification.count({ where: { userId: a.user.id, kind: 'evaluation-released' } })).toBe(1)
    expect(await code(releaseRound(staff, { roundId: round.id, version: version + 1 }))).toBe('CONFLICT')
  })

  it('a partner never reads self-evaluations; the department’s feedback is counts and means from five answers up, never names', async () => {
    const first = await makePlacedFellow({ fellowName: 'Fellow Zero' })
    const partner = await makePartner(first.departmentId)
    const fellows = [first]
    for (let i = 1; i < MIN_CELL; i++)
      fellows.push(await makePlacedFellow({ cycleId: first.cycleId, departmentId: first.departmentId, fellowName: `Fellow ${i}` }))
    const { round, criteria } = await makeEvaluationRound(first.cycleId)
    const deptScale = criteria.find((c) => c.direction === 'DEPARTMENT' && c.kind === 'SCALE')!
    for (const [i, f] of fellows.entries()) {
      await saveEvaluation(f.fellow, {
        roundId: round.id,
        direction: 'SELF',
        intent: 'submit',
        raw: answersFor(criteria, 'SELF', 2, `Secret self ${i}`),
      })
      if (i < MIN_CELL - 1)
        await saveEvaluation(f.fellow, {
          roundId: round.id,
          direction: 'DEPARTMENT',
          intent: 'submit',
          raw: answersFor(criteria, 'DEPARTMENT', 3 + (i % 2), `About the department ${i}`),
        })
    }
    const few = await getDepartmentRound(partner, round.id)
    expect(few.departmentFeedback).toEqual({ answered: MIN_CELL - 1, shown: false, criteria: [] })
    expect(JSON.stringify(few)).not.toMatch(/Secret self|About the department/)

    await saveEvaluation(fellows[MIN_CELL - 1].fellow, {
      roundId: round.id,
      direction: 'DEPARTMENT',
      intent: 'submit',
      raw: answersFor(criteria, 'DEPARTMENT', 5, 'About the department last'),
    })
    const enough = await getDepartmentRound(partner, round.id)
    expect(enough.departmentFeedback?.shown).toBe(true)
    // Scores 3, 4, 3, 4 and 5: the mean of the five, with no name or words beside it.
    expect(enough.departmentFeedback?.criteria.map((c) => [c.criterion.id, c.mean, c.n])).toEqual([[deptScale.id, 3.8, 5]])
    const shown = JSON.stringify(enough)
    expect(shown).not.toMatch(/Secret self|About the department/)
    // The supervisor's list names the fellows (they evaluate them) but carries no answers.
    expect(enough.fellows.map((f) => f.status)).toEqual(Array(MIN_CELL).fill('MISSING'))

    // Another department's partner sees nothing of this round.
    const stranger = await makePlacedFellow({ cycleId: first.cycleId })
    const theirPartner = await makePartner(stranger.departmentId)
    const theirs = await getDepartmentRound(theirPartner, round.id)
    expect(theirs.fellows.map((f) => f.fellowshipId)).toEqual([stranger.fellowship.id])
    expect(theirs.departmentFeedback?.answered).toBe(0)
    // A partner of a department with no fellows in the cycle: not found.
    expect(await code(getDepartmentRound(await makePartner((await makePlacedFellow()).departmentId), round.id))).toBe('NOT_FOUND')
  })
})
