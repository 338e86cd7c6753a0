// Certificates on a real database: the programme's conditions, issuing (the fellowship
// completed in the same transaction, audited, the fellow emailed), refusals that leave nothing
// written, revoking, issuing all eligible, the fellow's own, and the public check by code
// (only the certified fields, revocations at once, wrong guesses limited per address).
import { describe, expect, it } from 'vitest'
import { getDb } from '../server/db'
import { makeViewer } from '../../tests/support/factories'
import { makeDeliverable, makePartner, makePlacedFellow } from '../../tests/support/factories-progress'
import { makeEvaluationRound } from '../../tests/support/factories-evaluations'
import { issueAllEligible, issueCertificate, revokeCertificate } from './mutations'
import { listCycleCertificates, myCertificates } from './queries'
import { VERIFY_LIMIT, verifyCertificate } from './verify'
import { CODE_ALPHABET, displayCode } from './code'

const fail = (p: Promise<unknown>) =>
  p.then(
    () => ({ code: 'ok' }) as { code?: string; fieldErrors?: Record<string, string> },
    (e: { code?: string; fieldErrors?: Record<string, string> }) => e,
  )

/** A placed fellow with one deliverable (not approved) and a round asking for the supervisor's view. */
async function fellowWithWork() {
  const db = await getDb()
  const a = await makePlacedFellow()
  const deliverable = await makeDeliverable(a.project.id)
  const { round } = await makeEvaluationRound(a.cycleId, { directions: ['SUPERVISOR', 'SELF'] })
  const partner = await makePartner(a.departmentId)
  const meet = async () => {
    await db.deliverable.update({ where: { id: deliverable.id }, data: { status: 'APPROVED' } })
    await db.evaluation.create({
      data: { roundId: round.id, fellowshipId: a.fellowship.id, direction: 'SUPERVISOR', authorId: partner.userId, status: 'SUBMITTED' },
    })
  }
  return { ...a, deliverable, round, meet }
}

describe('issuing a certificate', () => {
  it('is refused without a reason while the conditions are unmet, and nothing is written', async () => {
    const db = await getDb()
    const staff = await makeViewer('STAFF')
    const a = await fellowWithWork()
    const { fellows } = await listCycleCertificates(staff, a.cycleId)
    expect(fellows[0].conditions).toMatchObject({
      met: false,
      unmet: [
        { kind: 'deliverables', open: 1, total: 1 },
        { kind: 'evaluations', missing: 1, total: 1 },
      ],
    })
    const e = await fail(issueCertificate(staff, { fellowshipId: a.fellowship.id }))
    expect(e.code).toBe('INVALID')
    expect(e.fieldErrors?.overrideReason).toBe('certificates.errors.overrideNeeded')
    expect(await db.certificate.count({ where: { fellowshipId: a.fellowship.id } })).toBe(0)
    expect((await db.fellowship.findUniqueOrThrow({ where: { id: a.fellowship.id } })).status).toBe('ACTIVE')
    expect(await db.notification.count({ where: { toEmail: a.user.email } })).toBe(0)
  })

  it('once met: copies what it certifies, completes the fellowship, audits and emails, once only', async () => {
    const db = await getDb()
    const staff = await makeViewer('STAFF')
    const a = await fellowWithWork()
    await a.meet()
    const c = await issueCertificate(staff, { fellowshipId: a.fellowship.id, overrideReason: 'ignored when met' })
    expect(c.code).toHaveLength(12)
    expect([...c.code].every((ch) => CODE_ALPHABET.includes(ch))).toBe(true)
    const row = await db.certificate.findUniqueOrThrow({ where: { id: c.id } })
    expect(row).toMatchObject({ recipientName: a.user.name, overrideReason: null, issuedById: staff.userId, revokedAt: null })
    const cycle = await db.cycle.findUniqueOrThrow({ where: { id: a.cycleId }, include: { programme: true } })
    expect(row.cycleName).toBe(cycle.name)
    expect(row.programmeName).toBe(cycle.programme.name)
    expect(row.startDate?.toISOString().slice(0, 10)).toBe('2026-10-01')
    const f = await db.fellowship.findUniqueOrThrow({ where: { id: a.fellowship.id } })
    expect(f.status).toBe('COMPLETED')
    expect(f.endedAt).not.toBeNull()
    const audit = await db.auditLog.findMany({ where: { entityId: { in: [c.id, a.fellowship.id] } }, orderBy: { createdAt: 'asc' } })
    expect(audit.map((r) => r.action).sort()).toEqual(['certificate.issue', 'fellowship.complete'])
    const mail = await db.notification.findFirstOrThrow({ where: { toEmail: a.user.email, kind: 'certificate-issued' } })
    expect(mail.body).toContain(c.code)
    expect(mail.body).toContain(`/verify/${c.code}`)
    // A second issue is refused, and a second email is not sent.
    expect((await fail(issueCertificate(staff, { fellowshipId: a.fellowship.id }))).code).toBe('DUPLICATE')
    expect(await db.notification.count({ where: { toEmail: a.user.email } })).toBe(1)
    // The alumna keeps it: her fellowship completed, she reads it as a FELLOW.
    const mine = await myCertificates(a.fellow)
    expect(mine.map((x) => x.code)).toEqual([c.code])
    expect(await myCertificates(await makeViewer('FELLOW'))).toEqual([])
  })

  it('with a reason when unmet: the reason is kept and audited as an override', async () => {
    const db = await getDb()
    const staff = await makeViewer('ADMIN')
    const a = await fellowWithWork()
    const c = await issueCertificate(staff, {
      fellowshipId: a.fellowship.id,
      overrideReason: 'Deliverable accepted by the Secretary in person',
    })
    const row = await db.certificate.findUniqueOrThrow({ where: { id: c.id } })
    expect(row.overrideReason).toBe('Deliverable accepted by the Secretary in person')
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: c.id } })
    expect(audit.action).toBe('certificate.issue-override')
    expect(JSON.stringify(audit.after)).toContain('deliverables')
  })

  it('follows the programme: no conditions asked, none needed; never for a withdrawn fellowship', async () => {
    const db = await getDb()
    const staff = await makeViewer('STAFF')
    const a = await fellowWithWork()
    const cycle = await db.cycle.findUniqueOrThrow({ where: { id: a.cycleId } })
    await db.programme.update({
      where: { id: cycle.programmeId },
      data: { completionNeedsDeliverables: false, completionNeedsEvaluations: false },
    })
    expect((await listCycleCertificates(staff, a.cycleId)).fellows[0].conditions.met).toBe(true)
    await db.programme.update({ where: { id: cycle.programmeId }, data: { completionNeedsDeliverables: true } })
    const unplaced = await makePlacedFellow({ cycleId: a.cycleId, published: false })
    const list = await listCycleCertificates(staff, a.cycleId)
    expect(list.fellows.find((f) => f.id === unplaced.fellowship.id)?.conditions.unmet).toEqual([{ kind: 'notPlaced' }])

    await db.fellowship.update({ where: { id: a.fellowship.id }, data: { status: 'WITHDRAWN' } })
    expect((await fail(issueCertificate(staff, { fellowshipId: a.fellowship.id, overrideReason: 'Anyway' }))).code).toBe('CLOSED')
    expect(await db.certificate.count({ where: { fellowshipId: a.fellowship.id } })).toBe(0)
  })

  it('to every eligible fellow of a cycle at once, leaving the others', async () => {
    const db = await getDb()
    const staff = await makeViewer('STAFF')
    const a = await fellowWithWork()
    await a.meet()
    const b = await makePlacedFellow({ cycleId: a.cycleId, projectId: a.project.id })
    // b shares the approved deliverable but has no supervisor's evaluation.
    expect(await issueAllEligible(staff, { cycleId: a.cycleId })).toBe(1)
    expect(await db.certificate.count({ where: { fellowshipId: a.fellowship.id } })).toBe(1)
    expect(await db.certificate.count({ where: { fellowshipId: b.fellowship.id } })).toBe(0)
    expect(await issueAllEligible(staff, { cycleId: a.cycleId })).toBe(0)
  })
})

describe('revoking', () => {
  it('needs the current version, keeps the reason private, and happens once', async () => {
    const db = await getDb()
    const staff = await makeViewer('STAFF')
    const a = await fellowWithWork()
    const c = await issueCertificate(staff, { fellowshipId: a.fellowship.id, overrideReason: 'Completed abroad' })
    expect((await fail(revokeCertificate(staff, { certificateId: c.id, version: 3, reason: 'Plagiarised report' }))).code).toBe('STALE')
    await revokeCertificate(staff, { certificateId: c.id, version: 0, reason: 'Plagiarised report' })
    const row = await db.certificate.findUniqueOrThrow({ where: { id: c.id } })
    expect(row.revokedAt).not.toBeNull()
    expect(row).toMatchObject({ revokedById: staff.userId, revokeReason: 'Plagiarised report', version: 1 })
    expect(await db.auditLog.count({ where: { entityId: c.id, action: 'certificate.revoke' } })).toBe(1)
    expect((await fail(revokeCertificate(staff, { certificateId: c.id, version: 1, reason: 'Again' }))).code).toBe('CONFLICT')

    const seen = await verifyCertificate(displayCode(c.code).toLowerCase(), '198.51.100.1')
    expect(seen.state).toBe('found')
    const text = JSON.stringify(seen)
    expect(text).not.toContain('Plagiarised')
    expect(text).not.toContain(a.user.email)
    expect(text).not.toContain('Completed abroad')
    if (seen.state === 'found') {
      expect(Object.keys(seen.certificate).sort()).toEqual(
        [
          'code',
          'cycleName',
          'cycleNameUr',
          'endDate',
          'issuedAt',
          'programmeName',
          'programmeNameUr',
          'recipientName',
          'revokedAt',
          'startDate',
        ].sort(),
      )
      expect(seen.certificate.revokedAt).toEqual(row.revokedAt)
    }
  })
})

describe('the public check', () => {
  it('says unknown for a wrong code and stops an address after too many wrong guesses', async () => {
    const staff = await makeViewer('STAFF')
    const a = await fellowWithWork()
    const c = await issueCertificate(staff, { fellowshipId: a.fellowship.id, overrideReason: 'Test' })
    const ip = '203.0.113.50'
    // Right codes do not use up the window.
    for (let i = 0; i < VERIFY_LIMIT.wrongPerIp + 5; i++) expect((await verifyCertificate(c.code, ip)).state).toBe('found')
    for (let i = 0; i < VERIFY_LIMIT.wrongPerIp; i++) expect((await verifyCertificate('ABCD-EFGH-JKLM', ip)).state).toBe('unknown')
    expect((await verifyCertificate('ABCD-EFGH-JKLM', ip)).state).toBe('limited')
    expect((await verifyCertificate(c.code, ip)).state).toBe('limited')
    // Another address is not affected; and the window passes.
    expect((await verifyCertificate(c.code, '203.0.113.51')).state).toBe('found')
    expect((await verifyCertificate(c.code, ip, new Date(Date.now() + VERIFY_LIMIT.windowMs + 1000))).state).toBe('found')
  })
})

describe('the staff list', () => {
  it('shows each fellow with the certificate and its state', async () => {
    const staff = await makeViewer('STAFF')
    const a = await fellowWithWork()
    await a.meet()
    await issueCertificate(staff, { fellowshipId: a.fellowship.id })
    const { fellows } = await listCycleCertificates(staff, a.cycleId)
    expect(fellows).toHaveLength(1)
    expect(fellows[0]).toMatchObject({ status: 'COMPLETED', user: { name: a.user.name }, certificate: { revokedAt: null, version: 0 } })
  })
})
