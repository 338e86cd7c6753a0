import { describe, expect, it, vi } from 'vitest'
import { getDb } from '../server/db'
import { AppError } from '../server/errors'
import { settleAfterResponse } from '../server/after-response'
import { makeDepartment, makeUser, makeViewer } from '../../tests/support/factories'
import bcrypt from 'bcryptjs'
import { hashPassword } from './password'
import { authenticatePassword } from './sign-in'
import { consumeSignInLink, requestSignInLink } from './sign-in-link'
import { requestPasswordReset, resetPassword } from './reset-password'
import { updateUser } from '../people/mutations/update-user'
import { acceptInvitation, inviteUser } from './invitations'

// Which hash each password check compared against (the real function still runs).
const verifiedAgainst: (string | null | undefined)[] = []
vi.mock('./password', async (importOriginal) => {
  const real = await importOriginal<typeof import('./password')>()
  return {
    ...real,
    verifyPassword: (plain: string, hash: string | null | undefined) => {
      verifiedAgainst.push(hash)
      return real.verifyPassword(plain, hash)
    },
  }
})

async function lastMailTo(email: string) {
  const db = await getDb()
  return db.notification.findFirstOrThrow({ where: { toEmail: email }, orderBy: { createdAt: 'desc' } })
}

const tokenIn = (body: string, re: RegExp) => body.match(re)![1]

describe('password sign-in', () => {
  it('accepts the right password and refuses a wrong one with the same message as an unknown email', async () => {
    const u = await makeUser('STAFF', { passwordHash: await hashPassword('correct horse battery') })
    const ok = await authenticatePassword(u.email, 'correct horse battery')
    expect(ok).toMatchObject({ id: u.id, role: 'STAFF' })
    const wrong = await authenticatePassword(u.email, 'nope nope nope').catch((e) => e)
    const unknown = await authenticatePassword('nobody@test.pk', 'nope nope nope').catch((e) => e)
    expect(wrong).toBeInstanceOf(AppError)
    expect(wrong.messageKey).toBe('errors.invalidCredentials')
    expect(unknown.messageKey).toBe('errors.invalidCredentials')
  })

  it('refuses a deactivated account', async () => {
    const u = await makeUser('FELLOW', { passwordHash: await hashPassword('correct horse battery'), active: false })
    await expect(authenticatePassword(u.email, 'correct horse battery')).rejects.toMatchObject({ messageKey: 'errors.invalidCredentials' })
  })

  it('counts every attempt before the password is checked: 31 at once, each from its own address, check at most 10', async () => {
    const u = await makeUser('FELLOW', { passwordHash: await hashPassword('correct horse battery') })
    const guesses = [...Array.from({ length: 30 }, (_, i) => `wrong guess number ${i}`), 'correct horse battery']
    const results = await Promise.all(
      guesses.map((pw, i) =>
        authenticatePassword(u.email, pw, `198.51.100.${i + 1}`).then(
          () => 'signed in',
          (e: AppError) => e.code,
        ),
      ),
    )
    // Ten attempts may be checked in the window; the other 21 are refused without a check.
    expect(results.filter((r) => r === 'RATE_LIMITED')).toHaveLength(21)
    expect(results.filter((r) => r !== 'RATE_LIMITED')).toHaveLength(10)
    // The account stays locked for the right password too.
    await expect(authenticatePassword(u.email, 'correct horse battery', '203.0.113.99')).rejects.toMatchObject({ code: 'RATE_LIMITED' })
  })

  it('locks an account after too many attempts', async () => {
    const u = await makeUser('FELLOW', { passwordHash: await hashPassword('correct horse battery') })
    for (let i = 0; i < 10; i++) await authenticatePassword(u.email, 'wrong password!').catch(() => {})
    await expect(authenticatePassword(u.email, 'correct horse battery')).rejects.toMatchObject({ code: 'RATE_LIMITED' })
  })
})

describe('an unknown email costs the same bcrypt work as a real one', () => {
  it('compares against a real bcrypt hash of the same cost as stored passwords', async () => {
    verifiedAgainst.length = 0
    await authenticatePassword('nobody-here@test.pk', 'some password').catch(() => {})
    expect(verifiedAgainst).toHaveLength(1)
    const dummy = verifiedAgainst[0]!
    // bcryptjs answers "no match" at once, without hashing, for anything that is not a
    // 60-character bcrypt hash.
    expect(dummy).toMatch(/^\$2[aby]\$\d{2}\$[./A-Za-z0-9]{53}$/)
    expect(bcrypt.getRounds(dummy)).toBe(bcrypt.getRounds(await hashPassword('any real password')))
  })
})

describe('emailed sign-in link', () => {
  it('works once and only once', async () => {
    const u = await makeUser('PARTNER')
    await requestSignInLink(u.email)
    await settleAfterResponse()
    const mail = await lastMailTo(u.email)
    expect(mail.subject).toContain('sign-in link')
    const token = tokenIn(mail.body, /token=([A-Za-z0-9_-]+)/)
    expect((await consumeSignInLink(token)).id).toBe(u.id)
    await expect(consumeSignInLink(token)).rejects.toMatchObject({ messageKey: 'errors.tokenInvalid' })
  })

  it('does not reveal whether an email has an account', async () => {
    await expect(requestSignInLink('ghost@test.pk')).resolves.toBeUndefined()
    await settleAfterResponse()
    const db = await getDb()
    expect(await db.notification.count({ where: { toEmail: 'ghost@test.pk' } })).toBe(0)
  })
})

describe('password reset', () => {
  it('sets a new password and ends other sessions', async () => {
    const u = await makeUser('FELLOW', { passwordHash: await hashPassword('old password 123') })
    await requestPasswordReset(u.email)
    await settleAfterResponse()
    const token = tokenIn((await lastMailTo(u.email)).body, /token=([A-Za-z0-9_-]+)/)
    await resetPassword(token, 'brand new password')
    const db = await getDb()
    const after = await db.user.findUniqueOrThrow({ where: { id: u.id } })
    expect(after.sessionVersion).toBe(u.sessionVersion + 1)
    await expect(authenticatePassword(u.email, 'brand new password')).resolves.toMatchObject({ id: u.id })
    await expect(authenticatePassword(u.email, 'old password 123')).rejects.toBeInstanceOf(AppError)
  })
})

describe('invitations', () => {
  it('staff invite a partner, who sets a password and joins their department', async () => {
    const staff = await makeViewer('STAFF')
    const dept = await makeDepartment()
    await inviteUser(staff, { email: 'focal@health.test.pk', name: 'Focal Person', role: 'PARTNER', departmentId: dept.id })
    const mail = await lastMailTo('focal@health.test.pk')
    const token = tokenIn(mail.body, /\/invite\/([A-Za-z0-9_-]+)/)
    const u = await acceptInvitation(token, { name: 'Dr. Focal', password: 'a good long password' })
    expect(u).toMatchObject({ role: 'PARTNER', name: 'Dr. Focal' })
    const db = await getDb()
    expect((await db.user.findUniqueOrThrow({ where: { id: u.id } })).departmentId).toBe(dept.id)
    expect(await db.auditLog.count({ where: { action: 'invitation.create' } })).toBeGreaterThan(0)
    await expect(acceptInvitation(token, { name: 'Again', password: 'a good long password' })).rejects.toMatchObject({
      messageKey: 'errors.tokenInvalid',
    })
  })

  it('only administrators may invite staff', async () => {
    const staff = await makeViewer('STAFF')
    await expect(inviteUser(staff, { email: 'new-staff@test.pk', name: 'New', role: 'STAFF' })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    const admin = await makeViewer('ADMIN')
    await expect(inviteUser(admin, { email: 'new-staff@test.pk', name: 'New', role: 'STAFF' })).resolves.toHaveProperty('id')
  })

  it('refuses to invite an email that already has an account', async () => {
    const staff = await makeViewer('STAFF')
    const u = await makeUser('REVIEWER')
    await expect(inviteUser(staff, { email: u.email, name: 'Dup', role: 'REVIEWER' })).rejects.toMatchObject({
      fieldErrors: { email: 'errors.emailTaken' },
    })
  })

  it('fellows and partners cannot invite anyone', async () => {
    for (const role of ['FELLOW', 'PARTNER', 'APPLICANT', 'REVIEWER'] as const) {
      const v = await makeViewer(role)
      await expect(inviteUser(v, { email: `x-${role}@test.pk`, name: 'X', role: 'APPLICANT' })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    }
  })
})

describe('staff change a user', () => {
  it('changing a role ends the user sessions and is audited; a stale form is refused', async () => {
    const staff = await makeViewer('STAFF')
    const u = await makeUser('APPLICANT')
    await updateUser(staff, { userId: u.id, role: 'REVIEWER', active: true, version: u.version })
    const db = await getDb()
    const after = await db.user.findUniqueOrThrow({ where: { id: u.id } })
    expect(after.role).toBe('REVIEWER')
    expect(after.sessionVersion).toBe(u.sessionVersion + 1)
    await expect(updateUser(staff, { userId: u.id, role: 'FELLOW', active: true, version: u.version })).rejects.toMatchObject({
      code: 'STALE',
    })
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: u.id, action: 'user.update' } })
    expect(audit.before).toMatchObject({ role: 'APPLICANT' })
    expect(audit.after).toMatchObject({ role: 'REVIEWER' })
  })

  it('staff cannot change their own role or promote to staff', async () => {
    const staffUser = await makeUser('STAFF')
    const staff = { userId: staffUser.id, role: 'STAFF' as const, departmentId: null, name: staffUser.name, email: staffUser.email }
    await expect(updateUser(staff, { userId: staffUser.id, role: 'ADMIN', active: true, version: 0 })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    })
    const u = await makeUser('REVIEWER')
    await expect(updateUser(staff, { userId: u.id, role: 'STAFF', active: true, version: u.version })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    })
  })
})

describe('successful sign-ins are not limited', () => {
  it('signing in many times with the right password keeps working', async () => {
    const u = await makeUser('STAFF', { passwordHash: await hashPassword('correct horse battery') })
    for (let i = 0; i < 25; i++) await expect(authenticatePassword(u.email, 'correct horse battery')).resolves.toMatchObject({ id: u.id })
  })
})
