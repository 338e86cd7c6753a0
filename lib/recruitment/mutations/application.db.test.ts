import { beforeAll, describe, expect, it } from 'vitest'
import { getDb } from '../../server/db'
import { makeUser, makeViewer, viewerOf } from '../../../tests/support/factories'
import { exe, goodAnswers, lastMailTo, makeOpenCall, pdf, useMemoryStorage } from '../../../tests/support/factories-recruitment'
import { saveApplication } from './save-application'
import { resendVerification, withdrawApplication } from './withdraw-application'
import { getApplicationForm, getMyApplication, listMyApplications } from '../queries/applicant'

let files: Map<string, Uint8Array>
beforeAll(() => {
  files = useMemoryStorage()
})

async function applicant(verified = true) {
  const u = await makeUser('APPLICANT')
  if (!verified) await (await getDb()).user.update({ where: { id: u.id }, data: { emailVerifiedAt: null } })
  return viewerOf(u)
}

describe('drafts and submission', () => {
  it('saves a partial draft, comes back to it, then submits with a CV: screened, audited and emailed', async () => {
    const { cycle } = await makeOpenCall({ rules: [{ kind: 'district', anyOf: ['Shangla', 'Swat'] }] })
    const me = await applicant()
    const { id } = await saveApplication(me, { cycleId: cycle.id, intent: 'save', raw: { 'a.motivation': 'Half an idea' } })
    const form = await getApplicationForm(me, cycle.id)
    expect(form.application).toMatchObject({ id, stage: 'DRAFT', answers: { motivation: 'Half an idea' } })

    await saveApplication(me, {
      cycleId: cycle.id,
      intent: 'submit',
      version: form.application!.version,
      raw: { ...goodAnswers(), 'a.cv': pdf() },
    })
    const mine = await getMyApplication(me, id)
    expect(mine.stage).toBe('SUBMITTED')
    expect(mine.files.map((f) => f.fieldKey)).toEqual(['cv'])
    const db = await getDb()
    const row = await db.application.findUniqueOrThrow({ where: { id } })
    expect(row).toMatchObject({ gender: 'FEMALE', district: 'Swat', eligibility: 'ELIGIBLE', eligibilityNotes: [] })
    expect(await db.auditLog.count({ where: { entityId: id, action: 'application.submit' } })).toBe(1)
    expect((await lastMailTo(me.email))?.subject).toContain('Application received')
    expect(files.size).toBe(1)
  })

  it('flags an applicant outside the rules without rejecting them', async () => {
    const { cycle } = await makeOpenCall({
      rules: [
        { kind: 'gender', anyOf: ['FEMALE'] },
        { kind: 'age', max: 30 },
      ],
    })
    const me = await applicant()
    const { id } = await saveApplication(me, {
      cycleId: cycle.id,
      intent: 'submit',
      raw: goodAnswers({ 'a.gender': 'MALE', 'a.dateOfBirth': '1980-01-01' }),
    })
    const row = await (await getDb()).application.findUniqueOrThrow({ where: { id } })
    expect(row.stage).toBe('SUBMITTED')
    expect(row.eligibility).toBe('FLAGGED')
    expect(row.eligibilityNotes).toEqual(['gender|outside|MALE', expect.stringMatching(/^age\|old\|4\d\|30$/)])
  })

  it('lists missing required answers beside their fields and saves nothing', async () => {
    const { cycle } = await makeOpenCall()
    const me = await applicant()
    const err = await saveApplication(me, { cycleId: cycle.id, intent: 'submit', raw: { 'a.fullName': 'Hira', 'a.cv': pdf() } }).catch(
      (e) => e,
    )
    expect(err).toMatchObject({ code: 'INVALID', messageKey: 'recruitment.applyErrors.fixErrors' })
    expect(Object.keys(err.fieldErrors)).toEqual(['a.gender', 'a.district', 'a.motivation'])
    expect(await (await getDb()).application.count({ where: { cycleId: cycle.id } })).toBe(0)
    expect(files.size).toBe(1) // only the earlier test's CV: nothing stored for a refused form
  })

  it('refuses a file that is too large or of the wrong type, beside the file field', async () => {
    const { cycle } = await makeOpenCall()
    const me = await applicant()
    const big = pdf('big.pdf', 11 * 1024 * 1024)
    await expect(saveApplication(me, { cycleId: cycle.id, intent: 'save', raw: { 'a.cv': big } })).rejects.toMatchObject({
      messageKey: 'errors.fileTooLarge',
      fieldErrors: { 'a.cv': 'errors.fileTooLarge' },
    })
    await expect(saveApplication(me, { cycleId: cycle.id, intent: 'save', raw: { 'a.cv': exe() } })).rejects.toMatchObject({
      messageKey: 'errors.fileType',
      fieldErrors: { 'a.cv': 'errors.fileType' },
    })
    // A good CV with a bad photo: neither is kept.
    const before = files.size
    await expect(
      saveApplication(me, { cycleId: cycle.id, intent: 'save', raw: { 'a.cv': pdf(), 'a.photo': exe('me.png') } }),
    ).rejects.toMatchObject({ messageKey: 'errors.fileType' })
    expect(files.size).toBe(before)
    expect(await (await getDb()).application.count({ where: { cycleId: cycle.id } })).toBe(0)
  })

  it('requires a verified email to submit, keeps the draft, and sends a fresh link on request', async () => {
    const { cycle } = await makeOpenCall()
    const me = await applicant(false)
    await expect(saveApplication(me, { cycleId: cycle.id, intent: 'submit', raw: goodAnswers() })).rejects.toMatchObject({
      messageKey: 'recruitment.applyErrors.verifyFirst',
    })
    await saveApplication(me, { cycleId: cycle.id, intent: 'save', raw: goodAnswers() })
    expect((await getApplicationForm(me, cycle.id)).emailVerified).toBe(false)
    await resendVerification(me, `/apply/cycles/${cycle.id}`)
    const mail = await lastMailTo(me.email)
    expect(mail?.body).toMatch(/verify-email\?token=[\w-]+&next=%2Fapply%2Fcycles%2F/)
  })

  it('refuses after the deadline with a clear message and leaves the draft as it was', async () => {
    const { cycle } = await makeOpenCall()
    const me = await applicant()
    const { id } = await saveApplication(me, { cycleId: cycle.id, intent: 'save', raw: goodAnswers() })
    await (await getDb()).cycle.update({ where: { id: cycle.id }, data: { applicationsCloseAt: new Date(Date.now() - 1000) } })
    const form = await getApplicationForm(me, cycle.id)
    expect(form.state).toBe('closed')
    await expect(
      saveApplication(me, {
        cycleId: cycle.id,
        intent: 'submit',
        version: form.application!.version,
        raw: goodAnswers({ 'a.motivation': 'changed' }),
      }),
    ).rejects.toMatchObject({ code: 'CLOSED', messageKey: 'recruitment.applyErrors.closed' })
    expect((await getMyApplication(me, id)).answers.motivation).toBe(goodAnswers()['a.motivation'])
  })

  it('allows one application per person per cycle, and refuses a stale second tab', async () => {
    const { cycle } = await makeOpenCall()
    const me = await applicant()
    await saveApplication(me, { cycleId: cycle.id, intent: 'save', raw: goodAnswers() })
    const v = (await getApplicationForm(me, cycle.id)).application!.version
    await saveApplication(me, { cycleId: cycle.id, intent: 'save', version: v, raw: goodAnswers() })
    await expect(saveApplication(me, { cycleId: cycle.id, intent: 'save', version: v, raw: goodAnswers() })).rejects.toMatchObject({
      code: 'STALE',
    })
    await saveApplication(me, { cycleId: cycle.id, intent: 'submit', version: v + 1, raw: goodAnswers() })
    await expect(saveApplication(me, { cycleId: cycle.id, intent: 'save', version: v + 2, raw: goodAnswers() })).rejects.toMatchObject({
      messageKey: 'recruitment.applyErrors.alreadySubmitted',
    })
    expect(await (await getDb()).application.count({ where: { cycleId: cycle.id } })).toBe(1)
  })

  it('replaces a CV and removes the old bytes', async () => {
    const { cycle } = await makeOpenCall()
    const me = await applicant()
    const { id } = await saveApplication(me, { cycleId: cycle.id, intent: 'save', raw: { 'a.cv': pdf('first.pdf') } })
    const before = files.size
    await saveApplication(me, { cycleId: cycle.id, intent: 'save', version: 0, raw: { 'a.cv': pdf('second.pdf') } })
    expect(files.size).toBe(before)
    expect((await getMyApplication(me, id)).files[0].file.originalName).toBe('second.pdf')
  })

  it('refuses a call that has not opened yet', async () => {
    const { cycle } = await makeOpenCall({ opensInDays: 3 })
    await expect(saveApplication(await applicant(), { cycleId: cycle.id, intent: 'save', raw: goodAnswers() })).rejects.toMatchObject({
      messageKey: 'recruitment.applyErrors.notOpen',
    })
  })
})

describe('withdrawing and the portal', () => {
  it('withdraws, emails a confirmation, and cannot withdraw twice', async () => {
    const { cycle } = await makeOpenCall()
    const me = await applicant()
    const { id } = await saveApplication(me, { cycleId: cycle.id, intent: 'submit', raw: goodAnswers() })
    await withdrawApplication(me, { applicationId: id, version: 0 })
    expect((await getMyApplication(me, id)).stage).toBe('WITHDRAWN')
    expect((await lastMailTo(me.email))?.subject).toContain('withdrawn')
    await expect(withdrawApplication(me, { applicationId: id, version: 1 })).rejects.toMatchObject({
      messageKey: 'recruitment.applyErrors.cannotWithdraw',
    })
    expect((await listMyApplications(me)).map((a) => a.id)).toEqual([id])
  })

  it("treats someone else's application as not found (no IDOR)", async () => {
    const { cycle } = await makeOpenCall()
    const owner = await applicant()
    const { id } = await saveApplication(owner, { cycleId: cycle.id, intent: 'submit', raw: goodAnswers() })
    const other = await applicant()
    await expect(getMyApplication(other, id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(withdrawApplication(other, { applicationId: id, version: 0 })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await listMyApplications(other)).toEqual([])
    // Staff do not have an applicant's portal.
    await expect(listMyApplications(await makeViewer('STAFF'))).rejects.toMatchObject({ code: 'FORBIDDEN' })
  })
})
