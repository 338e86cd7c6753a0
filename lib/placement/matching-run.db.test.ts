import { describe, expect, it } from 'vitest'
import { getDb } from '../server/db'
import { dictionaries } from '../i18n/messages'
import { makeProject } from '../../tests/support/factories-placement'
import { collidingChoices } from '../../tests/support/placement-scenario'
import { runMatching } from './mutations/run-matching'
import { adjustPlacement } from './mutations/adjust-placement'
import { getMatchView } from './queries/match'
import { explainReason } from './text'

const en = dictionaries.en
const ur = dictionaries.ur

async function view(s: Awaited<ReturnType<typeof collidingChoices>>) {
  const v = await getMatchView(s.staff, s.cycle.id)
  const row = (name: string) => v.view!.rows.find((r) => v.names![r.fellowshipId] === name)!
  return { ...v, row }
}

describe('running the matching', () => {
  it('proposes a stable placement with each fellow’s rank, the reason, and the overall figures', async () => {
    const s = await collidingChoices()
    const { stats } = await runMatching(s.staff, { cycleId: s.cycle.id, proposing: 'fellow' })
    expect(stats).toMatchObject({ fellows: 3, placed: 2, seats: 3, unfilledSeats: 1 })
    const v = await view(s)
    expect(v.row('Bina')).toMatchObject({ projectId: s.P.id, rank: 1 })
    expect(v.row('Ali')).toMatchObject({ projectId: s.Q.id, rank: 2 })
    expect(v.row('Chand')).toMatchObject({ projectId: null })
    expect(explainReason(en, 'en', v.row('Bina').reason)).toBe('Placed at 1st choice')
    expect(explainReason(en, 'en', v.row('Ali').reason)).toBe('1st choice full: placed at 2nd')
    expect(explainReason(ur, 'ur', v.row('Ali').reason)).toBe('پہلی ترجیح میں جگہ نہیں تھی: دوسری ترجیح پر تعیناتی')
    expect(explainReason(en, 'en', v.row('Chand').reason)).toBe('Not placed: every ranked project was full')
    expect(v.view!.stats.top2Share).toBeCloseTo(2 / 3)
    expect(v.view!.stats.top1Share).toBeCloseTo(1 / 3)
    expect(v.view!.blockingPairs).toEqual([])
    const db = await getDb()
    expect(await db.placement.count({ where: { matchRunId: v.run!.id, status: 'PROPOSED' } })).toBe(2)
    expect(await db.auditLog.count({ where: { action: 'match.run', entityId: v.run!.id } })).toBe(1)
  })

  it('is deterministic, and a new run replaces the unpublished one', async () => {
    const s = await collidingChoices()
    const first = await runMatching(s.staff, { cycleId: s.cycle.id, proposing: 'fellow' })
    const a = (await view(s)).view!.rows.map((r) => [r.fellowshipId, r.projectId])
    const second = await runMatching(s.staff, { cycleId: s.cycle.id, proposing: 'fellow' })
    expect((await view(s)).view!.rows.map((r) => [r.fellowshipId, r.projectId])).toEqual(a)
    const db = await getDb()
    expect(await db.matchRun.findUniqueOrThrow({ where: { id: first.id }, select: { status: true } })).toEqual({ status: 'DISCARDED' })
    expect(await db.placement.count({ where: { matchRunId: first.id } })).toBe(0)
    expect(await db.placement.count({ where: { matchRunId: second.id } })).toBe(2)
  })

  it('never places a fellow a department declined, and says so', async () => {
    const s = await collidingChoices()
    const db = await getDb()
    await db.partnerPreference.create({ data: { projectId: s.Q.id, fellowshipId: s.ali.fellowship.id, acceptable: false } })
    await runMatching(s.staff, { cycleId: s.cycle.id, proposing: 'fellow' })
    const v = await view(s)
    expect(v.row('Ali').projectId).toBeNull()
    expect(explainReason(en, 'en', v.row('Ali').reason)).toBe('Not placed: ranked projects were full or declined them')
  })

  it('refuses to run with nobody to place or no approved project', async () => {
    const s = await collidingChoices()
    const db = await getDb()
    await db.project.updateMany({ where: { cycleId: s.cycle.id }, data: { status: 'PROPOSED' } })
    await expect(runMatching(s.staff, { cycleId: s.cycle.id, proposing: 'fellow' })).rejects.toMatchObject({
      messageKey: 'placement.errors.noApprovedProjects',
    })
    await db.fellowship.updateMany({ where: { cycleId: s.cycle.id }, data: { status: 'WITHDRAWN' } })
    await expect(runMatching(s.staff, { cycleId: s.cycle.id, proposing: 'fellow' })).rejects.toMatchObject({
      messageKey: 'placement.errors.nobodyToPlace',
    })
  })
})

describe('adjusting the proposal by hand', () => {
  it('over capacity needs an explicit confirmation, then is saved and shown', async () => {
    const s = await collidingChoices()
    const { id: runId } = await runMatching(s.staff, { cycleId: s.cycle.id, proposing: 'fellow' })
    const move = { runId, fellowshipId: s.ali.fellowship.id, projectId: s.P.id }
    const refused = await adjustPlacement(s.staff, { ...move, confirm: false }).catch((e) => e)
    expect(refused).toMatchObject({
      code: 'CONFLICT',
      fieldErrors: { projectId: 'placement.errors.overCapacity', confirm: 'placement.errors.tickToConfirm' },
      vars: { project: 'Pharmacy licences', seats: 1, count: 2 },
    })
    expect((await view(s)).row('Ali').projectId).toBe(s.Q.id)

    await adjustPlacement(s.staff, { ...move, confirm: true })
    const v = await view(s)
    expect(v.row('Ali')).toMatchObject({ projectId: s.P.id, rank: 1 })
    expect(explainReason(en, 'en', v.row('Ali').reason)).toBe('Placed by hand at 1st choice')
    expect(v.view!.overCapacity).toEqual([s.P.id])
    const db = await getDb()
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: 'placement.adjust', entityId: runId } })
    expect(audit.after).toMatchObject({ confirmed: true, overCapacity: true })
  })

  it('a change that breaks stability names the pairs and needs confirmation', async () => {
    const s = await collidingChoices()
    const { id: runId } = await runMatching(s.staff, { cycleId: s.cycle.id, proposing: 'fellow' })
    // Bina leaves P for her 2nd choice: P's seat opens, and Ali and Chand both want it.
    const move = { runId, fellowshipId: s.bina.fellowship.id, projectId: s.R.id }
    const refused = await adjustPlacement(s.staff, { ...move, confirm: false }).catch((e) => e)
    expect(refused.messageKey).toBe('placement.errors.breaksStability')
    expect(refused.vars.pairs).toContain('Ali — Pharmacy licences')
    const done = await adjustPlacement(s.staff, { ...move, confirm: true })
    expect(done).toMatchObject({ changed: true, warned: true })
    expect((await view(s)).view!.blockingPairs.length).toBeGreaterThan(0)
  })

  it('placing on a project the fellow did not rank warns; leaving someone unplaced is recorded', async () => {
    const s = await collidingChoices()
    const { id: runId } = await runMatching(s.staff, { cycleId: s.cycle.id, proposing: 'fellow' })
    await expect(
      adjustPlacement(s.staff, { runId, fellowshipId: s.chand.fellowship.id, projectId: s.R.id, confirm: false }),
    ).rejects.toMatchObject({
      fieldErrors: { projectId: 'placement.errors.notAmongChoices' },
    })
    await adjustPlacement(s.staff, { runId, fellowshipId: s.chand.fellowship.id, projectId: s.R.id, confirm: true })
    expect(explainReason(en, 'en', (await view(s)).row('Chand').reason)).toBe('Placed by hand; not among their choices')
    // Taking Ali out of Q leaves a seat Ali would take: unstable, so it needs confirming too.
    await expect(adjustPlacement(s.staff, { runId, fellowshipId: s.ali.fellowship.id, confirm: false })).rejects.toMatchObject({
      messageKey: 'placement.errors.breaksStability',
      vars: { pairs: 'Ali — Quarantine tracker' },
    })
    await adjustPlacement(s.staff, { runId, fellowshipId: s.ali.fellowship.id, confirm: true })
    const v = await view(s)
    expect(v.row('Ali').projectId).toBeNull()
    expect(explainReason(en, 'en', v.row('Ali').reason)).toBe('Taken out by hand')
  })

  it('refuses a project that declined the fellow even with confirmation, and one approved after the run', async () => {
    const s = await collidingChoices()
    const db = await getDb()
    await db.partnerPreference.create({ data: { projectId: s.R.id, fellowshipId: s.chand.fellowship.id, acceptable: false } })
    const { id: runId } = await runMatching(s.staff, { cycleId: s.cycle.id, proposing: 'fellow' })
    await expect(
      adjustPlacement(s.staff, { runId, fellowshipId: s.chand.fellowship.id, projectId: s.R.id, confirm: true }),
    ).rejects.toMatchObject({
      code: 'INVALID',
      messageKey: 'placement.errors.declinedByDepartment',
      vars: { fellow: 'Chand' },
    })
    const late = await makeProject(s.cycle.id, s.dept.id, { title: 'Approved later' })
    await expect(
      adjustPlacement(s.staff, { runId, fellowshipId: s.chand.fellowship.id, projectId: late.id, confirm: true }),
    ).rejects.toMatchObject({
      messageKey: 'placement.errors.projectNotInRun',
    })
    expect((await view(s)).row('Chand').projectId).toBeNull()
  })
})
