// The outbox never hands one person another's credential: sign-in links, password resets,
// email confirmations and invitations are listed (to, subject, when, status) but their text
// is never read out of the database for a page, with or without an SMTP server.
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { resetEnvCache } from '../env'
import { writeAudit } from '../audit/write'
import { getDb } from '../server/db'
import { queueMail } from '../server/mailer'
import { settleAfterResponse } from '../server/after-response'
import { requestPasswordReset } from '../auth/reset-password'
import { requestSignInLink } from '../auth/sign-in-link'
import { inviteUser } from '../auth/invitations'
import { signUpApplicant } from '../auth/sign-up'
import { resendVerification } from '../recruitment/mutations/withdraw-application'
import { listAudit, listOutbox } from './queries'
import { makeUser, makeViewer, viewerOf } from '../../tests/support/factories'

/** The credential in the newest mail to an address, read straight from the table (as only the server can),
 * once the mail that requests send after their answer has gone. */
async function credentialSentTo(email: string) {
  await settleAfterResponse()
  const db = await getDb()
  const n = await db.notification.findFirstOrThrow({ where: { toEmail: email }, orderBy: { createdAt: 'desc' } })
  return n.body.match(/(?:token=|\/invite\/)([A-Za-z0-9_-]{20,})/)![1]
}

describe('the outbox and credential mail', () => {
  it('lists sign-in, reset, confirmation and invitation mail to staff and the administrator without the link', async () => {
    const admin = await makeUser('ADMIN')
    const staff = await makeViewer('STAFF')
    const adminViewer = viewerOf(admin)

    // Anyone may ask for these for the administrator's address.
    await requestSignInLink(admin.email, '198.51.100.7')
    const signIn = await credentialSentTo(admin.email)
    await requestPasswordReset(admin.email, '198.51.100.7')
    const reset = await credentialSentTo(admin.email)
    await inviteUser(adminViewer, { email: 'new.reviewer@test.pk', name: 'Gul Rukh', role: 'REVIEWER' })
    const invite = await credentialSentTo('new.reviewer@test.pk')
    await signUpApplicant({ name: 'Zakir Rehman', email: 'zakir@test.pk', password: 'a long enough password' })
    const verify = await credentialSentTo('zakir@test.pk')
    const applicant = await getDb().then((db) => db.user.findUniqueOrThrow({ where: { email: 'zakir@test.pk' } }))
    await resendVerification(viewerOf(applicant))
    const verifyAgain = await credentialSentTo('zakir@test.pk')
    const secrets = [signIn, reset, invite, verify, verifyAgain]
    expect(new Set(secrets).size).toBe(5)

    for (const viewer of [staff, adminViewer]) {
      const all = await listOutbox(viewer)
      const shown = JSON.stringify(all)
      for (const s of secrets) expect(shown).not.toContain(s)
      expect(shown).not.toMatch(/token=|\/invite\//)
      // What was sent, to whom and when stays visible.
      const toAdmin = await listOutbox(viewer, { to: admin.email })
      expect(toAdmin.rows.map((r) => ({ kind: r.kind, subject: r.subject, status: r.status, body: r.body, secret: r.secret }))).toEqual([
        {
          kind: 'auth.password-reset',
          subject: expect.stringContaining('Reset your Daftar password'),
          status: 'SENT',
          body: null,
          secret: true,
        },
        { kind: 'auth.sign-in-link', subject: expect.stringContaining('sign-in link'), status: 'SENT', body: null, secret: true },
      ])
      // The audit log carries none of them either.
      expect(JSON.stringify(await listAudit(viewer))).not.toMatch(new RegExp(secrets.join('|')))
    }
  })

  it('keeps an ordinary notice readable, and treats any auth.* mail as a credential even without the flag', async () => {
    const staff = await makeViewer('STAFF')
    const db = await getDb()
    await queueMail(db, {
      to: 'someone@test.pk',
      kind: 'review.assigned',
      subject: 'Applications assigned to you',
      body: 'Six applications are waiting.',
    })
    await queueMail(db, {
      to: 'someone@test.pk',
      kind: 'auth.something-new',
      subject: 'A new kind of link',
      body: 'https://daftar.example/x?token=abcdefghijklmnopqrstuvwxyz',
    })
    const rows = (await listOutbox(staff, { to: 'someone@test.pk' })).rows
    expect(rows.find((r) => r.kind === 'review.assigned')).toMatchObject({ body: 'Six applications are waiting.', secret: false })
    expect(rows.find((r) => r.kind === 'auth.something-new')).toMatchObject({ body: null, secret: true })
    // Nor may a change that handles a token record it in the audit log by mistake.
    await writeAudit(db, {
      actorId: null,
      action: 'test.token',
      entityType: 'User',
      entityId: staff.userId,
      after: { email: 'someone@test.pk', token: 'abcdefghijklmnopqrstuvwxyz' },
    })
    expect(JSON.stringify(await listAudit(staff, { action: 'test.token' }))).not.toContain('abcdefghijklmnopqrstuvwxyz')
  })

  it('without SMTP, hands the link to the operator only: a file in MAIL_DROP_DIR that only the server user can read', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'daftar-mail-'))
    process.env.MAIL_DROP_DIR = path.join(dir, 'drop')
    resetEnvCache()
    try {
      const u = await makeUser('ADMIN')
      await requestSignInLink(u.email, '198.51.100.8')
      await settleAfterResponse()
      const [file] = readdirSync(process.env.MAIL_DROP_DIR)
      const text = readFileSync(path.join(process.env.MAIL_DROP_DIR, file), 'utf8')
      expect(text).toContain(`To: ${u.email}`)
      expect(text).toContain(`token=${await credentialSentTo(u.email)}`)
      expect(statSync(path.join(process.env.MAIL_DROP_DIR, file)).mode & 0o077).toBe(0)
    } finally {
      delete process.env.MAIL_DROP_DIR
      resetEnvCache()
    }
  })
})
