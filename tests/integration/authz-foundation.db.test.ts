// Authorization matrix for the foundation: programmes, cycles, departments, people, audit.
import { describe } from 'vitest'
import { randomUUID } from 'node:crypto'
import { matrix } from '../support/authz'
import { makeCycle, makeDepartment, makeProgramme, makeUser } from '../support/factories'
import { createProgramme, setProgrammeArchived, updateProgramme } from '../../lib/programmes/mutations'
import { getProgramme, listProgrammes } from '../../lib/programmes/queries'
import { createCycle, saveParticipation, setCycleStatus, updateCycle } from '../../lib/cycles/mutations'
import { getCycle, listCycles } from '../../lib/cycles/queries'
import { createContact, createDepartment, updateDepartment } from '../../lib/departments/mutations'
import { getDepartment, listDepartments } from '../../lib/departments/queries'
import { updateUser } from '../../lib/people/mutations/update-user'
import { inviteUser } from '../../lib/auth/invitations'
import { listAudit, listOpenInvitations, listOutbox, listUsers } from '../../lib/people/queries'
import { staffOverview } from '../../lib/home/queries'
import { getOwnProfile } from '../../lib/auth/profile'

const STAFF: ('ADMIN' | 'STAFF')[] = ['ADMIN', 'STAFF']
const programmeInput = () => ({
  name: 'P',
  slug: `p-${randomUUID().slice(0, 8)}`,
  kind: 'FELLOWSHIP' as const,
  level: 'PROVINCIAL' as const,
  description: 'd',
  funders: [],
  partners: [],
  durationMonths: 12,
  completionNeedsDeliverables: true,
  completionNeedsEvaluations: true,
})

describe('programmes', () => {
  matrix('listProgrammes', STAFF, (v) => listProgrammes(v))
  matrix('getProgramme', STAFF, async (v) => getProgramme(v, (await makeProgramme()).id))
  matrix('createProgramme', STAFF, (v) => createProgramme(v, programmeInput()))
  matrix('updateProgramme', STAFF, async (v) => {
    const p = await makeProgramme()
    return updateProgramme(v, { ...programmeInput(), id: p.id, version: p.version })
  })
  matrix('setProgrammeArchived', STAFF, async (v) => setProgrammeArchived(v, (await makeProgramme()).id, true))
})

describe('cycles', () => {
  const cycleInput = {
    name: 'C',
    number: 1,
    targetFellowCount: 5,
    reportingCadence: 'WEEKLY' as const,
    reportingGraceDays: 2,
    reviewsPerApplication: 2,
    blindReview: true,
  }
  matrix('listCycles', STAFF, (v) => listCycles(v))
  matrix('getCycle', STAFF, async (v) => getCycle(v, (await makeCycle()).id))
  matrix('createCycle', STAFF, async (v) => createCycle(v, { ...cycleInput, programmeId: (await makeProgramme()).id }))
  matrix('updateCycle', STAFF, async (v) => {
    const c = await makeCycle()
    return updateCycle(v, { ...cycleInput, number: c.number, id: c.id, version: c.version })
  })
  matrix('setCycleStatus', STAFF, async (v) => {
    const c = await makeCycle()
    return setCycleStatus(v, { id: c.id, version: c.version, status: 'RECRUITING' })
  })
  matrix('saveParticipation', STAFF, async (v) =>
    saveParticipation(v, { cycleId: (await makeCycle()).id, departmentId: (await makeDepartment()).id, seatsRequested: 2 }),
  )
})

describe('departments', () => {
  const deptInput = () => ({ name: `D ${randomUUID()}`, level: 'PROVINCIAL' as const })
  matrix('listDepartments', STAFF, (v) => listDepartments(v))
  matrix('getDepartment', STAFF, async (v) => getDepartment(v, (await makeDepartment()).id))
  matrix('createDepartment', STAFF, (v) => createDepartment(v, deptInput()))
  matrix('updateDepartment', STAFF, async (v) => {
    const d = await makeDepartment()
    return updateDepartment(v, { ...deptInput(), id: d.id, version: d.version })
  })
  matrix('createContact', STAFF, async (v) =>
    createContact(v, { departmentId: (await makeDepartment()).id, name: 'N', email: `${randomUUID()}@x.pk`, isFocalPerson: false }),
  )
})

describe('people and records', () => {
  matrix('inviteUser (reviewer)', STAFF, (v) => inviteUser(v, { email: `${randomUUID()}@x.pk`, name: 'N', role: 'REVIEWER' }))
  matrix('inviteUser (staff)', ['ADMIN'], (v) => inviteUser(v, { email: `${randomUUID()}@x.pk`, name: 'N', role: 'STAFF' }))
  matrix('updateUser', STAFF, async (v) => {
    const u = await makeUser('APPLICANT')
    return updateUser(v, { userId: u.id, role: 'REVIEWER', active: true, version: u.version })
  })
  matrix('listUsers', STAFF, (v) => listUsers(v))
  matrix('listOpenInvitations', STAFF, (v) => listOpenInvitations(v))
  matrix('listAudit', STAFF, (v) => listAudit(v))
  matrix('listOutbox', STAFF, (v) => listOutbox(v))
  matrix('staffOverview', STAFF, (v) => staffOverview(v))
})

describe('own account', () => {
  const ALL: ('ADMIN' | 'STAFF' | 'REVIEWER' | 'FELLOW' | 'PARTNER' | 'APPLICANT')[] = [
    'ADMIN',
    'STAFF',
    'REVIEWER',
    'FELLOW',
    'PARTNER',
    'APPLICANT',
  ]
  matrix('getOwnProfile', ALL, (v) => getOwnProfile(v))
})
