// Referees on a real database: naming them (emailed a single-use link, only its hash kept),
// the rules on whom and how many, replacement killing the old link, the referee's letter
// taken once before the deadline (an extension honoured), the applicant never seeing a letter,
// blind reviewers seeing nothing until staff release a redacted text, submission needing every
// referee named, and the reminders sent once each.
import { beforeAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { resetRateLimits } from '../server/rate-limit'
import { getDb } from '../server/db'
import { hashToken } from '../auth/tokens'
import { makeUser, makeViewer, viewerOf } from '../../tests/support/factories'
import { makeApplication, makeOpenCall, makeReview, pdf, useMemoryStorage } from '../../tests/support/factories-recruitment'
import { saveApplication } from '../recruitment/mutations/save-application'
import { addReferee, replaceReferee, resendRefereeLink } from './mutations/applicant'
import { saveRedaction, setRefereesRequired } from './mutations/staff'
import { findLetterRequest, LETTER_LINK_LIMIT, submitLetter } from './letter'
import { listLettersForReview, listLettersForStaff, listMyReferees, readLetterFileForReviewer, readLetterFileForStaff } from './queries'
import { remindersDue, sendRefereeReminders } from './reminders'
import { exportApplicationsCsv } from '../recruitment/queries/export'
import { dictionaries } from '../i18n/messages'

const DAY = 86_400_000
let files: Map<string, Uint8Array>
beforeAll(() => {
  files = useMemoryStorage()
})

const fail = (p: Promise<unknown>) =>
  p.then(
    () => ({ code: 'ok' }) as { code?: string; messageKey?: string },
    (e: { code?: string; messageKey?: string }) => e,
  )

/** The link in the newest email to this address. */
async function linkTo(email: string) {
  const db = await getDb()
  const mail = await db.notification.findFirstOrThrow({ where: { toEmail: email }, orderBy: { createdAt: 'desc' } })
  const token = mail.body.match(/\/referee\/([A-Za-z0-9_-]+)/)?.[1]
  expect(token, 'a link in the email').toBeTruthy()
  return { token: token!, mail }
}

let n = 0
const person = (name: string) => ({ name, email: `${name.toLowerCase().replace(/\W+/g, '.')}.${++n}@example.pk`, relation: 'Supervisor' })

async function callWithApplicant(over: { blindReview?: boolean; stage?: 'DRAFT' | 'SUBMITTED' | 'REVIEW'; closesInDays?: number } = {}) {
  const db = await getDb()
  const { cycle } = await makeOpenCall({ blindReview: over.blindReview ?? false, closesInDays: over.closesInDays })
  await db.cycle.update({ where: { id: cycle.id }, data: { refereesRequired: 2 } })
  const a = await makeApplication(cycle.id, { stage: over.stage ?? 'SUBMITTED' })
  return { cycle, ...a }
}

describe('naming referees', () => {
  it('emails each referee a link whose token is stored only as its hash, and shows the applicant only the status', async () => {
    const db = await getDb()
    const { app, viewer } = await callWithApplicant()
    const ali = person('Ali Khan')
    await addReferee(viewer, { applicationId: app.id, ...ali })
    const { token, mail } = await linkTo(ali.email)
    expect(mail.secret).toBe(true)
    expect(mail.body).toContain(viewer.name)
    const row = await db.referee.findFirstOrThrow({ where: { applicationId: app.id } })
    expect(row.tokenHash).toBe(hashToken(token))
    expect(JSON.stringify(row)).not.toContain(token)
    const mine = await listMyReferees(viewer, app.id)
    expect(mine.referees).toHaveLength(1)
    expect(mine.referees[0]).toMatchObject({ name: ali.name, status: 'REQUESTED' })
    expect(Object.keys(mine.referees[0])).not.toContain('letterText')
  })

  it('refuses the applicant’s own email, the same referee twice, more than the call asks, and another person’s application', async () => {
    const { app, viewer, applicant } = await callWithApplicant()
    const own = await fail(
      addReferee(viewer, { applicationId: app.id, name: 'Me', email: applicant.email.toUpperCase(), relation: 'Self' }),
    )
    expect(own.messageKey).toBe('referees.errors.ownEmail')
    const ali = person('Ali')
    await addReferee(viewer, { applicationId: app.id, ...ali })
    expect((await fail(addReferee(viewer, { applicationId: app.id, ...ali }))).messageKey).toBe('referees.errors.sameEmail')
    await addReferee(viewer, { applicationId: app.id, ...person('Sana') })
    expect((await fail(addReferee(viewer, { applicationId: app.id, ...person('Third') }))).messageKey).toBe('referees.errors.enough')
    const stranger = await makeViewer('APPLICANT')
    expect((await fail(addReferee(stranger, { applicationId: app.id, ...person('X') }))).code).toBe('NOT_FOUND')
    expect((await fail(listMyReferees(stranger, app.id))).code).toBe('NOT_FOUND')
  })

  it('is refused when the call asks for none, and after the deadline', async () => {
    const db = await getDb()
    const { cycle, app, viewer } = await callWithApplicant()
    await db.cycle.update({ where: { id: cycle.id }, data: { refereesRequired: 0 } })
    expect((await fail(addReferee(viewer, { applicationId: app.id, ...person('A') }))).messageKey).toBe('referees.errors.noneAsked')
    await db.cycle.update({ where: { id: cycle.id }, data: { refereesRequired: 2 } })
    const later = new Date(Date.now() + 31 * DAY)
    expect((await fail(addReferee(viewer, { applicationId: app.id, ...person('A') }, later))).messageKey).toBe('referees.errors.closed')
    // The page says why, in her terms: the deadline gone, or her application past review.
    expect((await listMyReferees(viewer, app.id)).closedBecause).toBeNull()
    expect((await listMyReferees(viewer, app.id, later)).closedBecause).toBe('deadline')
    await db.application.update({ where: { id: app.id }, data: { stage: 'INTERVIEW' } })
    expect((await listMyReferees(viewer, app.id)).closedBecause).toBe('stage')
  })

  it('submitting needs every referee named; their letters may come later', async () => {
    const db = await getDb()
    const { cycle, app, viewer } = await callWithApplicant({ stage: 'DRAFT' })
    const submit = () =>
      saveApplication(viewer, {
        cycleId: cycle.id,
        intent: 'submit',
        version: 0,
        raw: {
          'a.fullName': 'Applicant',
          'a.motivation': 'To serve.',
          'a.gender': 'FEMALE',
          'a.district': 'Swat',
          'a.cnic': '17301-0000000-1',
        },
      })
    const e = await fail(submit())
    expect(e.messageKey).toBe('referees.errors.needReferees')
    await addReferee(viewer, { applicationId: app.id, ...person('One') })
    await addReferee(viewer, { applicationId: app.id, ...person('Two') })
    const ok = await fail(submit())
    expect(ok.code, JSON.stringify(ok)).toBe('ok')
    expect((await db.application.findUniqueOrThrow({ where: { id: app.id } })).stage).toBe('SUBMITTED')
  })
})

describe('the referee’s link', () => {
  it('takes a letter once: afterwards the link shows only that it was received', async () => {
    const db = await getDb()
    const { app, viewer, applicant } = await callWithApplicant()
    const ali = person('Ali')
    await addReferee(viewer, { applicationId: app.id, ...ali })
    const { token } = await linkTo(ali.email)
    const open = await findLetterRequest(token, '10.0.0.1')
    expect(open).toMatchObject({ state: 'open', refereeName: ali.name, applicantName: applicant.name })
    expect((await fail(submitLetter({ token }, '10.0.0.1'))).messageKey).toBe('referees.errors.letterMissing')
    await submitLetter({ token, letterText: 'She led our data team with care.', file: pdf('letter.pdf') }, '10.0.0.1')
    const row = await db.referee.findFirstOrThrow({ where: { applicationId: app.id } })
    expect(row).toMatchObject({ status: 'RECEIVED', letterText: 'She led our data team with care.', letterFileName: 'letter.pdf' })
    expect(files.has(row.letterStorageKey!)).toBe(true)
    expect(await findLetterRequest(token, '10.0.0.1')).toEqual({ state: 'received' })
    expect((await fail(submitLetter({ token, letterText: 'Again' }, '10.0.0.1'))).code).toBe('NOT_FOUND')
    expect((await db.referee.findUniqueOrThrow({ where: { id: row.id } })).letterText).toBe('She led our data team with care.')
    // The applicant is told it arrived, never what it says.
    const told = await db.notification.findFirstOrThrow({ where: { toEmail: applicant.email, kind: 'referee.received' } })
    expect(told.body).not.toContain('data team')
    const mine = await listMyReferees(viewer, app.id)
    expect(mine.referees[0].status).toBe('RECEIVED')
    expect(JSON.stringify(mine)).not.toContain('data team')
    // A received letter cannot be replaced.
    expect((await fail(replaceReferee(viewer, { refereeId: row.id, ...person('New') }))).messageKey).toBe('referees.errors.alreadyReceived')
  })

  it('refuses a file that is not a PDF or Word document, keeping the link open', async () => {
    const { app, viewer } = await callWithApplicant()
    const ali = person('Ali')
    await addReferee(viewer, { applicationId: app.id, ...ali })
    const { token } = await linkTo(ali.email)
    const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])], 'letter.pdf', {
      type: 'application/pdf',
    })
    expect((await fail(submitLetter({ token, file: png }, '10.0.0.2'))).code).toBe('INVALID')
    expect((await findLetterRequest(token, '10.0.0.2')).state).toBe('open')
  })

  it('replacing a referee kills the old link; resending issues a new one and kills the previous', async () => {
    const db = await getDb()
    const { app, viewer } = await callWithApplicant()
    const ali = person('Ali')
    await addReferee(viewer, { applicationId: app.id, ...ali })
    const first = await linkTo(ali.email)
    const old = await db.referee.findFirstOrThrow({ where: { applicationId: app.id } })
    await resendRefereeLink(viewer, { refereeId: old.id })
    const second = await linkTo(ali.email)
    expect(second.token).not.toBe(first.token)
    expect((await findLetterRequest(first.token, '10.0.0.3')).state).toBe('invalid')
    expect((await fail(resendRefereeLink(viewer, { refereeId: old.id }))).messageKey).toBe('referees.errors.resentRecently')

    const sana = person('Sana')
    await replaceReferee(viewer, { refereeId: old.id, ...sana })
    expect((await db.referee.findUniqueOrThrow({ where: { id: old.id } })).status).toBe('REPLACED')
    expect(await findLetterRequest(second.token, '10.0.0.3')).toEqual({ state: 'invalid' })
    expect((await fail(submitLetter({ token: second.token, letterText: 'Late' }, '10.0.0.3'))).code).toBe('NOT_FOUND')
    const fresh = await linkTo(sana.email)
    expect((await findLetterRequest(fresh.token, '10.0.0.3')).state).toBe('open')
    expect((await listMyReferees(viewer, app.id)).referees.map((r) => r.name)).toEqual([sana.name])
  })

  it('closes at the deadline, and honours the applicant’s own extension', async () => {
    const db = await getDb()
    const { cycle, app, viewer, applicant } = await callWithApplicant({ closesInDays: 3 })
    const ali = person('Ali')
    await addReferee(viewer, { applicationId: app.id, ...ali })
    const { token } = await linkTo(ali.email)
    const after = new Date(Date.now() + 4 * DAY)
    expect(await findLetterRequest(token, '10.0.0.4', after)).toEqual({ state: 'closed' })
    expect((await fail(submitLetter({ token, letterText: 'Late' }, '10.0.0.4', after))).code).toBe('CLOSED')
    const staff = await makeUser('STAFF')
    await db.deadlineExtension.create({
      data: {
        cycleId: cycle.id,
        userId: applicant.id,
        until: new Date(Date.now() + 6 * DAY),
        reason: 'Flood in Swat',
        grantedById: staff.id,
      },
    })
    expect((await findLetterRequest(token, '10.0.0.4', after)).state).toBe('open')
  })

  it('answers any hostile link (NUL bytes, traversal, huge, unicode) with "invalid", never an error or a name', async () => {
    const { app, viewer } = await callWithApplicant()
    await addReferee(viewer, { applicationId: app.id, ...person('Ali') })
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.constantFrom('\u0000', '../../etc/passwd', '%00', 'x'.repeat(10_000), '٣٤٥', 'A'.repeat(43), ' '.repeat(43)),
        ),
        async (token) => {
          await resetRateLimits()
          expect(await findLetterRequest(token, '10.3.0.1')).toEqual({ state: 'invalid' })
          const e = await fail(submitLetter({ token, letterText: 'Hostile' }, '10.3.0.1'))
          expect(e.code).toBe('NOT_FOUND')
        },
      ),
      { numRuns: 40, seed: 20_261_207 },
    )
    expect((await (await getDb()).referee.findFirstOrThrow({ where: { applicationId: app.id } })).status).toBe('REQUESTED')
  })

  it('says nothing of anyone for an unknown link, and limits wrong guesses per address', async () => {
    const ip = '10.9.9.9'
    for (let i = 0; i < LETTER_LINK_LIMIT.wrongPerIp; i++) expect(await findLetterRequest('x'.repeat(43), ip)).toEqual({ state: 'invalid' })
    expect(await findLetterRequest('x'.repeat(43), ip)).toEqual({ state: 'limited' })
    expect((await fail(submitLetter({ token: 'y'.repeat(43), letterText: 'Hi' }, ip))).code).toBe('RATE_LIMITED')
  })
})

describe('who reads letters', () => {
  async function withLetter(blindReview: boolean) {
    const { app, viewer } = await callWithApplicant({ blindReview, stage: 'REVIEW' })
    const ali = person('Ali')
    await addReferee(viewer, { applicationId: app.id, ...ali })
    await submitLetter(
      { token: (await linkTo(ali.email)).token, letterText: 'Ayesha Khan of Swat is brilliant.', file: pdf('l.pdf') },
      '10.1.0.1',
    )
    const reviewer = await makeUser('REVIEWER')
    const review = await makeReview(app.id, reviewer.id)
    const referee = (await (await getDb()).referee.findFirstOrThrow({ where: { applicationId: app.id } }))!
    return { app, viewer, reviewer: viewerOf(reviewer), review, referee }
  }

  it('in a cycle not reviewed blind: staff and the assigned reviewer read it; other reviewers and the applicant do not', async () => {
    const w = await withLetter(false)
    const staff = await makeViewer('STAFF')
    expect((await listLettersForStaff(staff, w.app.id))[0].letterText).toContain('brilliant')
    const seen = await listLettersForReview(w.reviewer, w.review.id)
    expect(seen).toMatchObject({ blind: false, letters: [{ kind: 'letter', text: expect.stringContaining('brilliant') }] })
    expect((await readLetterFileForReviewer(w.reviewer, { reviewId: w.review.id, refereeId: w.referee.id })).originalName).toBe('l.pdf')
    const other = await makeViewer('REVIEWER')
    expect((await listLettersForReview(other, w.review.id)).letters).toEqual([])
    expect((await fail(readLetterFileForReviewer(other, { reviewId: w.review.id, refereeId: w.referee.id }))).code).toBe('NOT_FOUND')
    expect((await fail(listLettersForStaff(w.viewer, w.app.id))).code).toBe('FORBIDDEN')
    const file = await readLetterFileForStaff(staff, { cycleId: w.app.cycleId, applicationId: w.app.id, refereeId: w.referee.id })
    expect(file.originalName).toBe('l.pdf')
    const db = await getDb()
    expect(await db.auditLog.count({ where: { action: 'referee.view', entityId: w.referee.id } })).toBe(2)
    // Never in an export, the reviewer's or staff's.
    for (const who of [w.reviewer, staff]) {
      const csv = (await exportApplicationsCsv(who, w.app.cycleId, { m: dictionaries.en, locale: 'en' })).chunks.join('')
      expect(csv).toContain(w.app.id.slice(0, 8).toUpperCase())
      expect(csv).not.toContain('brilliant')
    }
    // Through another cycle's address: not found.
    expect(
      (await fail(readLetterFileForStaff(staff, { cycleId: w.review.id, applicationId: w.app.id, refereeId: w.referee.id }))).code,
    ).toBe('NOT_FOUND')
    // Nothing to redact where reviewers read the letter itself: a crafted release is refused.
    expect(
      (await fail(saveRedaction(staff, { refereeId: w.referee.id, version: 1, redactedText: 'Short.', release: true }))).messageKey,
    ).toBe('referees.errors.notBlind')
    expect((await db.referee.findUniqueOrThrow({ where: { id: w.referee.id } })).releasedAt).toBeNull()
  })

  it('in a blind cycle the reviewer sees nothing until staff release a redacted text, and nothing again once withdrawn', async () => {
    const w = await withLetter(true)
    const staff = await makeViewer('STAFF')
    expect(await listLettersForReview(w.reviewer, w.review.id)).toEqual({ blind: true, asked: true, letters: [] })
    expect((await fail(readLetterFileForReviewer(w.reviewer, { reviewId: w.review.id, refereeId: w.referee.id }))).code).toBe('NOT_FOUND')
    expect((await fail(saveRedaction(staff, { refereeId: w.referee.id, version: 1, release: true }))).messageKey).toBe(
      'referees.errors.released',
    )
    await saveRedaction(staff, { refereeId: w.referee.id, version: 1, redactedText: 'The applicant is brilliant.', release: false })
    expect((await listLettersForReview(w.reviewer, w.review.id)).letters).toEqual([])
    await saveRedaction(staff, { refereeId: w.referee.id, version: 2, redactedText: 'The applicant is brilliant.', release: true })
    const seen = await listLettersForReview(w.reviewer, w.review.id)
    expect(seen.letters).toEqual([{ kind: 'redacted', n: 1, text: 'The applicant is brilliant.' }])
    expect(JSON.stringify(seen)).not.toMatch(/Ayesha|Ali/)
    expect((await fail(saveRedaction(staff, { refereeId: w.referee.id, version: 2, release: false }))).code).toBe('STALE')
    await saveRedaction(staff, { refereeId: w.referee.id, version: 3, redactedText: 'The applicant is brilliant.', release: false })
    expect((await listLettersForReview(w.reviewer, w.review.id)).letters).toEqual([])
    expect((await fail(saveRedaction(w.reviewer, { refereeId: w.referee.id, version: 4, release: false }))).code).toBe('FORBIDDEN')
  })

  it('staff set how many referees a call asks for', async () => {
    const db = await getDb()
    const { cycle } = await makeOpenCall()
    const staff = await makeViewer('STAFF')
    await setRefereesRequired(staff, { cycleId: cycle.id, version: cycle.version, refereesRequired: 3 })
    expect((await db.cycle.findUniqueOrThrow({ where: { id: cycle.id } })).refereesRequired).toBe(3)
    const applicant = await makeViewer('APPLICANT')
    expect((await fail(setRefereesRequired(applicant, { cycleId: cycle.id, version: cycle.version + 1, refereesRequired: 0 }))).code).toBe(
      'FORBIDDEN',
    )
  })
})

describe('reminders', () => {
  it('counts the reminders due: none until a week before, one at 7 days, two at 2 days, none after', () => {
    const deadline = new Date('2027-01-31T18:59:00Z')
    const at = (days: number) => new Date(deadline.getTime() - days * DAY)
    expect([10, 7, 3, 2, 0.5, -1].map((d) => remindersDue(deadline, at(d)))).toEqual([0, 1, 1, 2, 2, 0])
  })

  it('reminds a referee who has not written once at each point, with a fresh link, and tells the applicant', async () => {
    const db = await getDb()
    const { app, viewer, applicant } = await callWithApplicant({ closesInDays: 10 })
    const ali = person('Ali')
    const sana = person('Sana')
    await addReferee(viewer, { applicationId: app.id, ...ali })
    await addReferee(viewer, { applicationId: app.id, ...sana })
    await submitLetter({ token: (await linkTo(sana.email)).token, letterText: 'Good.' }, '10.2.0.1')
    const before = await linkTo(ali.email)
    const count = () => db.notification.count({ where: { toEmail: ali.email, kind: 'referee.reminder' } })
    await sendRefereeReminders(db, new Date(Date.now() + 1 * DAY))
    expect(await count()).toBe(0)
    const weekBefore = new Date(Date.now() + 4 * DAY)
    await sendRefereeReminders(db, weekBefore)
    await sendRefereeReminders(db, weekBefore)
    expect(await count()).toBe(1)
    const reminded = await linkTo(ali.email)
    expect(reminded.token).not.toBe(before.token)
    expect((await findLetterRequest(before.token, '10.2.0.2', weekBefore)).state).toBe('invalid')
    expect((await findLetterRequest(reminded.token, '10.2.0.2', weekBefore)).state).toBe('open')
    expect(await db.notification.count({ where: { toEmail: applicant.email, kind: 'referee.awaited' } })).toBe(1)
    await sendRefereeReminders(db, new Date(Date.now() + 9 * DAY))
    await sendRefereeReminders(db, new Date(Date.now() + 9.5 * DAY))
    expect(await count()).toBe(2)
    expect(await db.notification.count({ where: { toEmail: sana.email, kind: 'referee.reminder' } })).toBe(0)
  })
})
