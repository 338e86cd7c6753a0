import { describe, expect, it } from 'vitest'
import { getDb } from '../server/db'
import { makeViewer } from '../../tests/support/factories'
import { collidingChoices } from '../../tests/support/placement-scenario'
import { runMatching } from './mutations/run-matching'
import { publishPlacements } from './mutations/publish-placements'
import { transferPlacement } from './mutations/transfer-placement'
import { endPlacement } from './mutations/end-placement'
import { getPreferenceBoard } from './queries/fellow'
import { listDepartmentPlacements, getPartnerProject } from './queries/partner'
import { getPlacementDetail, getPlacementLetter } from './queries/placement'
import { listCyclePlacements } from './queries/staff'

async function published() {
  const s = await collidingChoices()
  const { id: runId } = await runMatching(s.staff, { cycleId: s.cycle.id, proposing: 'fellow' })
  return { ...s, runId }
}

const activeOf = async (fellowshipId: string) => {
  const db = await getDb()
  return db.placement.findFirstOrThrow({ where: { fellowshipId, status: 'ACTIVE' } })
}

describe('publishing placements', () => {
  it('partners see nothing before publication; afterwards their own fellows and nobody else’s', async () => {
    const s = await published()
    expect(await listDepartmentPlacements(s.partner)).toEqual([])
    expect((await getPartnerProject(s.partner, s.P.id)).placements).toEqual([])
    expect((await getPreferenceBoard(s.bina.viewer))!.placement).toBeNull()

    expect(await publishPlacements(s.staff, { runId: s.runId })).toEqual({ published: 2 })
    const mine = await listDepartmentPlacements(s.partner)
    expect(mine.map((p) => [p.fellowship.user.name, p.project.title]).sort()).toEqual([
      ['Ali', 'Quarantine tracker'],
      ['Bina', 'Pharmacy licences'],
    ])
    // The other department placed nobody, and sees nothing of department 1.
    expect(await listDepartmentPlacements(s.d2.partner)).toEqual([])
    expect((await getPreferenceBoard(s.bina.viewer))!.placement!.project.title).toBe('Pharmacy licences')
  })

  it('activates the placements, dates the cycle, and emails each fellow and the department', async () => {
    const s = await published()
    await publishPlacements(s.staff, { runId: s.runId })
    const db = await getDb()
    const placements = await db.placement.findMany({ where: { matchRunId: s.runId } })
    expect(placements.every((p) => p.status === 'ACTIVE' && p.publishedAt && p.startDate)).toBe(true)
    expect((await db.cycle.findUniqueOrThrow({ where: { id: s.cycle.id } })).placementsPublishedAt).not.toBeNull()
    expect(await db.placementEvent.count({ where: { placementId: { in: placements.map((p) => p.id) }, type: 'published' } })).toBe(2)

    const toBina = await db.notification.findFirstOrThrow({ where: { toEmail: s.bina.user.email, kind: 'placement.published' } })
    expect(toBina.subject).toContain('Your placement')
    expect(toBina.body).toContain('Pharmacy licences')
    expect(await db.notification.count({ where: { toEmail: s.chand.user.email } })).toBe(0)
    const toDept = await db.notification.findFirstOrThrow({ where: { toEmail: s.partner.email, kind: 'placement.department-published' } })
    expect(toDept.body).toContain('Ali: Quarantine tracker')
    expect(toDept.body).toContain('Bina: Pharmacy licences')
    expect(await db.notification.count({ where: { toEmail: s.d2.partner.email } })).toBe(0)
  })

  it('cannot publish twice; a later run places only who is left, in the seats that are left', async () => {
    const s = await published()
    await publishPlacements(s.staff, { runId: s.runId })
    await expect(publishPlacements(s.staff, { runId: s.runId })).rejects.toMatchObject({ messageKey: 'placement.errors.runNotOpen' })
    const again = await runMatching(s.staff, { cycleId: s.cycle.id, proposing: 'fellow' })
    expect(again.stats).toMatchObject({ fellows: 1, placed: 0, seats: 1 })
  })

  it('keeps one active placement per fellow: a fellow placed meanwhile stops the whole publication', async () => {
    const s = await published()
    const db = await getDb()
    await db.placement.create({ data: { fellowshipId: s.ali.fellowship.id, projectId: s.R.id, status: 'ACTIVE', publishedAt: new Date() } })
    await expect(publishPlacements(s.staff, { runId: s.runId })).rejects.toMatchObject({
      messageKey: 'placement.errors.alreadyPlaced',
      vars: { fellow: 'Ali' },
    })
    expect(await db.placement.count({ where: { matchRunId: s.runId, status: 'ACTIVE' } })).toBe(0)
  })
})

describe('transfers and ends', () => {
  it('a transfer keeps the old placement with its reason, starts a new one, and tells everyone', async () => {
    const s = await published()
    await publishPlacements(s.staff, { runId: s.runId })
    const old = await activeOf(s.ali.fellowship.id)
    const { id } = await transferPlacement(s.staff, {
      placementId: old.id,
      version: old.version,
      projectId: s.R.id,
      reason: 'Revenue needs a data analyst',
      confirm: false,
    })
    const db = await getDb()
    expect(await db.placement.findUniqueOrThrow({ where: { id: old.id } })).toMatchObject({
      status: 'TRANSFERRED',
      endReason: 'Revenue needs a data analyst',
    })
    expect(await db.placement.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'ACTIVE', projectId: s.R.id })
    const detail = await getPlacementDetail(s.staff, s.cycle.id, id)
    expect(detail.history.map((h) => [h.project.title, h.status, h.events.map((e) => e.type)])).toEqual([
      ['Quarantine tracker', 'TRANSFERRED', ['published', 'transferred-out']],
      ['Revenue dashboard', 'ACTIVE', ['transferred-in']],
    ])
    // Department 2 now sees Ali; department 1 sees Ali's past placement as transferred.
    expect((await listDepartmentPlacements(s.d2.partner)).map((p) => [p.fellowship.user.name, p.status])).toEqual([['Ali', 'ACTIVE']])
    expect((await listDepartmentPlacements(s.partner)).find((p) => p.fellowship.user.name === 'Ali')!.status).toBe('TRANSFERRED')
    expect(await db.notification.count({ where: { kind: 'placement.transferred' } })).toBe(3)
    // The same form sent twice is stale, not a second transfer.
    await expect(
      transferPlacement(s.staff, { placementId: old.id, version: old.version, projectId: s.R.id, reason: 'again', confirm: false }),
    ).rejects.toMatchObject({ code: 'CLOSED' })
  })

  it('a full or declining project is checked: full needs confirmation, declined is refused', async () => {
    const s = await published()
    await publishPlacements(s.staff, { runId: s.runId })
    const ali = await activeOf(s.ali.fellowship.id)
    await expect(
      transferPlacement(s.staff, { placementId: ali.id, version: ali.version, projectId: s.P.id, reason: 'swap', confirm: false }),
    ).rejects.toMatchObject({
      fieldErrors: { projectId: 'placement.errors.overCapacity', confirm: 'placement.errors.tickToConfirm' },
    })
    const db = await getDb()
    await db.partnerPreference.create({ data: { projectId: s.R.id, fellowshipId: s.ali.fellowship.id, acceptable: false } })
    await expect(
      transferPlacement(s.staff, { placementId: ali.id, version: ali.version, projectId: s.R.id, reason: 'swap', confirm: true }),
    ).rejects.toMatchObject({
      messageKey: 'placement.errors.declinedByDepartment',
    })
    expect((await activeOf(s.ali.fellowship.id)).id).toBe(ali.id)
  })

  it('ending a placement records the reason and frees the fellow for a later run', async () => {
    const s = await published()
    await publishPlacements(s.staff, { runId: s.runId })
    const bina = await activeOf(s.bina.fellowship.id)
    await endPlacement(s.staff, { placementId: bina.id, version: bina.version, reason: 'Left the programme for a job' })
    await expect(endPlacement(s.staff, { placementId: bina.id, version: bina.version + 1, reason: 'again' })).rejects.toMatchObject({
      messageKey: 'placement.errors.notActive',
    })
    const list = await listCyclePlacements(s.staff, s.cycle.id)
    expect(list.find((p) => p.id === bina.id)!.status).toBe('ENDED')
    const rerun = await runMatching(s.staff, { cycleId: s.cycle.id, proposing: 'fellow' })
    // Bina and Chand are both unplaced now. P's seat reopened and goes to Bina, whom P ranked
    // first; R's seat is still open but Chand ranked only P.
    expect(rerun.stats).toMatchObject({ fellows: 2, placed: 1, seats: 2, unfilledSeats: 1 })
    const db = await getDb()
    expect(
      await db.placement.findFirstOrThrow({ where: { matchRunId: rerun.id }, select: { fellowshipId: true, projectId: true } }),
    ).toEqual({
      fellowshipId: s.bina.fellowship.id,
      projectId: s.P.id,
    })
  })
})

describe('the placement letter', () => {
  it('staff read any published letter; a fellow only their own active one', async () => {
    const s = await published()
    const db = await getDb()
    const draft = await db.placement.findFirstOrThrow({ where: { matchRunId: s.runId, fellowshipId: s.bina.fellowship.id } })
    await expect(getPlacementLetter(s.staff, draft.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await publishPlacements(s.staff, { runId: s.runId })
    const letter = await getPlacementLetter(s.staff, draft.id)
    expect(letter.fellowship.user.name).toBe('Bina')
    expect((await getPlacementLetter(s.bina.viewer, draft.id)).project.title).toBe('Pharmacy licences')
    await expect(getPlacementLetter(s.ali.viewer, draft.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(getPlacementLetter(s.partner, draft.id)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(getPlacementLetter(await makeViewer('APPLICANT'), draft.id)).rejects.toMatchObject({ code: 'FORBIDDEN' })
  })
})
