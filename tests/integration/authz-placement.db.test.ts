// Authorization matrix for placement: every domain function as every role, plus the IDOR
// cases (another department's, fellow's or cycle's record id is "not found").
import { describe, expect, it } from 'vitest'
import { randomUUID } from 'node:crypto'
import { matrix } from '../support/authz'
import { makeCycle } from '../support/factories'
import { makeFellowIn, makePartnerIn, makePlacingCycle, makeProject } from '../support/factories-placement'
import { collidingChoices } from '../support/placement-scenario'
import { getDb } from '../../lib/server/db'
import { createProject, updateProject } from '../../lib/placement/mutations/save-project'
import { reviewProject } from '../../lib/placement/mutations/review-project'
import {
  previewPlacementMail,
  remindUnranked,
  sendPlacementMail,
  setPreferenceWindow,
} from '../../lib/placement/mutations/preference-window'
import { saveFellowPreferences, savePartnerPreferences } from '../../lib/placement/mutations/save-preferences'
import { runMatching } from '../../lib/placement/mutations/run-matching'
import { adjustPlacement } from '../../lib/placement/mutations/adjust-placement'
import { previewPublishRecipients, publishPlacements } from '../../lib/placement/mutations/publish-placements'
import { transferPlacement } from '../../lib/placement/mutations/transfer-placement'
import { endPlacement } from '../../lib/placement/mutations/end-placement'
import {
  getPartnerProject,
  getProposalContext,
  listDepartmentPlacements,
  listOfferedFellows,
  listPartnerProjects,
} from '../../lib/placement/queries/partner'
import { getPreferenceBoard } from '../../lib/placement/queries/fellow'
import { getPlacementOverview, getProjectForReview, listCyclePlacements } from '../../lib/placement/queries/staff'
import { getMatchView } from '../../lib/placement/queries/match'
import { getPlacementDetail, getPlacementLetter } from '../../lib/placement/queries/placement'

const STAFF: ('ADMIN' | 'STAFF')[] = ['ADMIN', 'STAFF']
const id = () => randomUUID()
const proposal = { title: 'T', problemStatement: 'P', skillsNeeded: [], seats: 1, intent: 'draft' as const }

describe('partner functions', () => {
  matrix('createProject', ['PARTNER'], async (v) => createProject(v, { ...proposal, cycleId: (await makeCycle()).id }))
  matrix('updateProject', ['PARTNER'], (v) => updateProject(v, { ...proposal, id: id(), version: 0 }))
  matrix('savePartnerPreferences', ['PARTNER'], (v) => savePartnerPreferences(v, { projectId: id(), entries: [] }))
  matrix('listPartnerProjects', ['PARTNER'], (v) => listPartnerProjects(v))
  matrix('listDepartmentPlacements', ['PARTNER'], (v) => listDepartmentPlacements(v))
  matrix('getProposalContext', ['PARTNER'], async (v) => getProposalContext(v, (await makeCycle()).id))
  matrix('getPartnerProject', ['PARTNER'], (v) => getPartnerProject(v, id()))
  matrix('listOfferedFellows', ['PARTNER'], (v) => listOfferedFellows(v, id()))
})

describe('fellow functions', () => {
  matrix('saveFellowPreferences', ['FELLOW'], (v) => saveFellowPreferences(v, { fellowshipId: id(), choices: [] }))
  matrix('getPreferenceBoard', ['FELLOW'], (v) => getPreferenceBoard(v))
  matrix('getPlacementLetter', ['ADMIN', 'STAFF', 'FELLOW'], (v) => getPlacementLetter(v, id()))
})

describe('staff functions', () => {
  matrix('reviewProject', STAFF, (v) => reviewProject(v, { id: id(), version: 0, decision: 'approve' }))
  matrix('setPreferenceWindow', STAFF, async (v) => {
    const c = await makeCycle()
    return setPreferenceWindow(v, {
      cycleId: c.id,
      version: c.version,
      opensAt: new Date(),
      closesAt: new Date(Date.now() + 86_400_000),
      notifyFellows: false,
    })
  })
  matrix('remindUnranked', STAFF, async (v) => remindUnranked(v, (await makeCycle()).id))
  matrix('previewPlacementMail', STAFF, async (v) => previewPlacementMail(v, (await makeCycle()).id, 'announce'))
  matrix('sendPlacementMail', STAFF, async (v) =>
    sendPlacementMail(v, { cycleId: (await makeCycle()).id, kind: 'announce', fellowshipIds: [id()] }),
  )
  matrix('previewPublishRecipients', STAFF, async (v) => previewPublishRecipients(v, id()))
  matrix('runMatching', STAFF, async (v) => {
    const { cycle, dept } = await makePlacingCycle()
    await makeProject(cycle.id, dept.id)
    await makeFellowIn(cycle.id)
    return runMatching(v, { cycleId: cycle.id, proposing: 'fellow' })
  })
  matrix('adjustPlacement', STAFF, (v) => adjustPlacement(v, { runId: id(), fellowshipId: id(), confirm: false }))
  matrix('publishPlacements', STAFF, (v) => publishPlacements(v, { runId: id() }))
  matrix('transferPlacement', STAFF, (v) =>
    transferPlacement(v, { placementId: id(), version: 0, projectId: id(), reason: 'r', confirm: false }),
  )
  matrix('endPlacement', STAFF, (v) => endPlacement(v, { placementId: id(), version: 0, reason: 'r' }))
  matrix('getPlacementOverview', STAFF, async (v) => getPlacementOverview(v, (await makeCycle()).id))
  matrix('getProjectForReview', STAFF, (v) => getProjectForReview(v, id(), id()))
  matrix('listCyclePlacements', STAFF, async (v) => listCyclePlacements(v, (await makeCycle()).id))
  matrix('getMatchView', STAFF, async (v) => getMatchView(v, (await makeCycle()).id))
  matrix('getPlacementDetail', STAFF, (v) => getPlacementDetail(v, id(), id()))
})

describe('records outside the viewer’s scope are not found', () => {
  it('a partner cannot read, edit or answer for another department’s project', async () => {
    const { cycle, partner } = await makePlacingCycle()
    const rival = await makePartnerIn(cycle.id)
    const theirs = await makeProject(cycle.id, rival.dept.id, { status: 'PROPOSED' })
    const approved = await makeProject(cycle.id, rival.dept.id)
    const nf = { code: 'NOT_FOUND' }
    await expect(getPartnerProject(partner, theirs.id)).rejects.toMatchObject(nf)
    await expect(updateProject(partner, { ...proposal, id: theirs.id, version: theirs.version })).rejects.toMatchObject(nf)
    await expect(listOfferedFellows(partner, approved.id)).rejects.toMatchObject(nf)
    await expect(savePartnerPreferences(partner, { projectId: approved.id, entries: [] })).rejects.toMatchObject(nf)
    // A focal person from another department cannot be attached to one's own proposal.
    const db = await getDb()
    const contact = await db.partnerContact.create({ data: { departmentId: rival.dept.id, name: 'Their focal', email: `${id()}@x.pk` } })
    await expect(createProject(partner, { ...proposal, cycleId: cycle.id, focalContactId: contact.id })).rejects.toMatchObject({
      fieldErrors: { focalContactId: 'errors.notFound' },
    })
  })

  it('a fellow cannot rank for another fellow, nor read another fellow’s letter', async () => {
    const s = await collidingChoices()
    const { id: runId } = await runMatching(s.staff, { cycleId: s.cycle.id, proposing: 'fellow' })
    await publishPlacements(s.staff, { runId })
    const db = await getDb()
    const binas = await db.placement.findFirstOrThrow({ where: { fellowshipId: s.bina.fellowship.id, status: 'ACTIVE' } })
    await expect(saveFellowPreferences(s.ali.viewer, { fellowshipId: s.bina.fellowship.id, choices: [] })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    await expect(getPlacementLetter(s.ali.viewer, binas.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect((await getPreferenceBoard(s.ali.viewer))!.id).toBe(s.ali.fellowship.id)
  })

  it('staff pages are keyed by cycle: a record of another cycle is not found under this one', async () => {
    const s = await collidingChoices()
    const other = await makeCycle()
    const { id: runId } = await runMatching(s.staff, { cycleId: s.cycle.id, proposing: 'fellow' })
    await publishPlacements(s.staff, { runId })
    const db = await getDb()
    const placement = await db.placement.findFirstOrThrow({ where: { matchRunId: runId } })
    await expect(getProjectForReview(s.staff, other.id, s.P.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(getPlacementDetail(s.staff, other.id, placement.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect((await getPlacementDetail(s.staff, s.cycle.id, placement.id)).id).toBe(placement.id)
  })

  it('partners never see unpublished placements of their own department', async () => {
    const s = await collidingChoices()
    await runMatching(s.staff, { cycleId: s.cycle.id, proposing: 'fellow' })
    expect(await listDepartmentPlacements(s.partner)).toEqual([])
    expect((await getPartnerProject(s.partner, s.P.id)).placements).toEqual([])
  })
})
