// A small placement scenario used by several tests: two departments, three one-seat projects
// and three fellows whose choices collide on the popular project P.
//   Ali: P, Q     Bina: P, R     Chand: P        Department 1 ranks Bina above Ali for P.
import { getDb } from '../../lib/server/db'
import { makeViewer } from './factories'
import { makeFellowIn, makePartnerIn, makePlacingCycle, makeProject, rank } from './factories-placement'

export async function collidingChoices() {
  const staff = await makeViewer('STAFF')
  const { cycle, dept, partner } = await makePlacingCycle()
  const d2 = await makePartnerIn(cycle.id)
  const P = await makeProject(cycle.id, dept.id, { title: 'Pharmacy licences' })
  const Q = await makeProject(cycle.id, dept.id, { title: 'Quarantine tracker' })
  const R = await makeProject(cycle.id, d2.dept.id, { title: 'Revenue dashboard' })
  const ali = await makeFellowIn(cycle.id, 'Ali')
  const bina = await makeFellowIn(cycle.id, 'Bina')
  const chand = await makeFellowIn(cycle.id, 'Chand')
  await rank(ali.fellowship.id, [P.id, Q.id])
  await rank(bina.fellowship.id, [P.id, R.id])
  await rank(chand.fellowship.id, [P.id])
  const db = await getDb()
  await db.partnerPreference.createMany({
    data: [
      { projectId: P.id, fellowshipId: bina.fellowship.id, rank: 1 },
      { projectId: P.id, fellowshipId: ali.fellowship.id, rank: 2 },
    ],
  })
  return { staff, cycle, dept, partner, d2, P, Q, R, ali, bina, chand }
}
