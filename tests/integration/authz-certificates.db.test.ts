// Authorization matrix for certificates: every domain function as every role. Staff issue and
// revoke; a fellow reads only her own (another fellow's never appears); the public check by
// code needs no sign-in and is in lib/certificates/certificates.db.test.ts.
import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { matrix } from '../support/authz'
import { makeViewer } from '../support/factories'
import { makePlacedFellow } from '../support/factories-progress'
import { listCycleCertificates, myCertificates } from '../../lib/certificates/queries'
import { issueAllEligible, issueCertificate, revokeCertificate } from '../../lib/certificates/mutations'

const STAFF: ('ADMIN' | 'STAFF')[] = ['ADMIN', 'STAFF']
let w: Awaited<ReturnType<typeof makePlacedFellow>>
beforeAll(async () => {
  w = await makePlacedFellow()
})

describe('staff issue and revoke', () => {
  matrix('listCycleCertificates', STAFF, (v) => listCycleCertificates(v, w.cycleId))
  // A missing fellowship: allowed roles get NOT_FOUND, nothing is issued.
  matrix('issueCertificate', STAFF, (v) => issueCertificate(v, { fellowshipId: randomUUID(), overrideReason: 'x' }))
  matrix('issueAllEligible', STAFF, (v) => issueAllEligible(v, { cycleId: randomUUID() }))
  matrix('revokeCertificate', STAFF, (v) => revokeCertificate(v, { certificateId: randomUUID(), version: 0, reason: 'x' }))
})

describe('fellows read their own', () => {
  matrix('myCertificates', ['FELLOW'], (v) => myCertificates(v))

  it('another fellow sees none of hers', async () => {
    const staff = await makeViewer('STAFF')
    await issueCertificate(staff, { fellowshipId: w.fellowship.id, overrideReason: 'Matrix test' })
    expect(await myCertificates(w.fellow)).toHaveLength(1)
    expect(await myCertificates(await makeViewer('FELLOW'))).toEqual([])
  })
})
