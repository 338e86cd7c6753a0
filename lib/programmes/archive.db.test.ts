// Issue 13: archiving a programme left its recruiting cycle open and counted. Decision: the
// archive is refused, with a message, while any of its cycles recruits or runs.
import { describe, expect, it } from 'vitest'
import { getDb } from '../server/db'
import { makeCycle, makeProgramme, makeViewer } from '../../tests/support/factories'
import { setProgrammeArchived } from './mutations'

describe('archiving a programme', () => {
  it('is refused while a cycle is recruiting, and allowed once its cycles are done', async () => {
    const staff = await makeViewer('STAFF')
    const programme = await makeProgramme()
    const cycle = await makeCycle({ programmeId: programme.id, status: 'RECRUITING' })
    await makeCycle({ programmeId: programme.id, status: 'COMPLETED' })
    await expect(setProgrammeArchived(staff, programme.id, true)).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'errors.programmeHasOpenCycles',
    })
    const db = await getDb()
    expect((await db.programme.findUniqueOrThrow({ where: { id: programme.id } })).archivedAt).toBeNull()
    await db.cycle.update({ where: { id: cycle.id }, data: { status: 'COMPLETED' } })
    await setProgrammeArchived(staff, programme.id, true)
    expect((await db.programme.findUniqueOrThrow({ where: { id: programme.id } })).archivedAt).not.toBeNull()
  })
})
