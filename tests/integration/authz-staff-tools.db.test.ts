// Authorization matrix for issue 16's staff tools: notes and tags, one applicant's deadline, a
// cycle's templates and carry-over sources, every domain function tried as every role; then
// records reached through another cycle's id are "not found".
import { describe, expect, it } from 'vitest'
import { randomUUID } from 'node:crypto'
import { matrix } from '../support/authz'
import { makeUser, makeViewer, viewerOf } from '../support/factories'
import { makeApplication, makeOpenCall } from '../support/factories-recruitment'
import { AppError } from '../../lib/server/errors'
import { getDb } from '../../lib/server/db'
import { addNote, addTag, removeTag } from '../../lib/recruitment/mutations/staff-notes'
import { grantExtension, revokeExtension } from '../../lib/recruitment/mutations/deadline-extension'
import { getStaffTools, listCycleTags, listExtensions, listMyExtensions } from '../../lib/recruitment/queries/staff-tools'
import { addDeliverableTemplate, addMetricTemplate, applyTemplatesToProjects, removeTemplate } from '../../lib/cycles/templates/mutations'
import { getCycleTemplates, listCarrySources } from '../../lib/cycles/templates/queries'

const STAFF = ['ADMIN', 'STAFF'] as const
const day = 86_400_000

const app = async () => (await makeApplication((await makeOpenCall()).cycle.id)).app
const closedCall = async () => (await makeOpenCall({ opensInDays: -10, closesInDays: -1 })).cycle

describe('notes and tags', () => {
  matrix('addNote', [...STAFF], async (v) => addNote(v, { applicationId: (await app()).id, body: 'A note' }))
  matrix('addTag', [...STAFF], async (v) => addTag(v, { applicationId: (await app()).id, tag: 'follow-up' }))
  matrix('removeTag', [...STAFF], async (v) => removeTag(v, { applicationId: (await app()).id, tag: 'follow-up' }))
  matrix('getStaffTools', [...STAFF], async (v) => getStaffTools(v, (await app()).id))
  matrix('listCycleTags', [...STAFF], async (v) => listCycleTags(v, (await makeOpenCall()).cycle.id))
})

describe('one applicant’s deadline', () => {
  matrix('grantExtension', [...STAFF], async (v) =>
    grantExtension(v, {
      cycleId: (await closedCall()).id,
      email: (await makeUser('APPLICANT')).email,
      until: new Date(Date.now() + day),
      reason: 'Flood',
    }),
  )
  matrix('revokeExtension', [...STAFF], async (v) => revokeExtension(v, { cycleId: (await closedCall()).id, userId: randomUUID() }))
  matrix('listExtensions', [...STAFF], async (v) => listExtensions(v, (await closedCall()).id))
  matrix('listMyExtensions', ['APPLICANT', 'FELLOW'], (v) => listMyExtensions(v))
})

describe('templates and carry-over', () => {
  const cycleId = async () => (await makeOpenCall()).cycle.id
  matrix('addDeliverableTemplate', [...STAFF], async (v) =>
    addDeliverableTemplate(v, { cycleId: await cycleId(), kind: 'DELIVERABLE', title: 'Inception report' }),
  )
  matrix('addMetricTemplate', [...STAFF], async (v) =>
    addMetricTemplate(v, { cycleId: await cycleId(), name: 'Citizens served', unit: 'people', cumulative: true, isPublic: true }),
  )
  matrix('removeTemplate', [...STAFF], async (v) => removeTemplate(v, { cycleId: await cycleId(), id: randomUUID() }))
  matrix('applyTemplatesToProjects', [...STAFF], async (v) => applyTemplatesToProjects(v, await cycleId()))
  matrix('getCycleTemplates', [...STAFF], async (v) => getCycleTemplates(v, await cycleId()))
  matrix('listCarrySources', [...STAFF], (v) => listCarrySources(v))
})

describe('records named through another cycle', () => {
  it('another cycle’s extension or template is not found, and nothing changes', async () => {
    const staff = await makeViewer('STAFF')
    const a = await closedCall()
    const b = await closedCall()
    const person = viewerOf(await makeUser('APPLICANT'))
    await grantExtension(staff, { cycleId: a.id, email: person.email, until: new Date(Date.now() + day), reason: 'Flood' })
    const t = await addDeliverableTemplate(staff, { cycleId: a.id, kind: 'DELIVERABLE', title: 'Inception report' })
    for (const call of [
      revokeExtension(staff, { cycleId: b.id, userId: person.userId }),
      removeTemplate(staff, { cycleId: b.id, id: t.id }),
      addNote(staff, { applicationId: randomUUID(), body: 'x' }),
    ]) {
      const e = await call.then(
        () => null,
        (err: unknown) => err,
      )
      expect(e instanceof AppError && e.code).toBe('NOT_FOUND')
    }
    const db = await getDb()
    expect(await db.deadlineExtension.count({ where: { cycleId: a.id, revokedAt: null } })).toBe(1)
    expect(await db.deliverableTemplate.count({ where: { cycleId: a.id } })).toBe(1)
  })
})
