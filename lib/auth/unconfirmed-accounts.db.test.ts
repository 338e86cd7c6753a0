// Anyone can sign up with someone else's address and a password of their own, and never
// confirm it. Such an account must never be given a role: staff cannot set one on the people
// page, and inviting the address takes the account back for the address's owner, whose role
// starts only when they accept from their inbox (security probe 2, item 2).
import { describe, expect, it } from 'vitest'
import { getDb } from '../server/db'
import { settleAfterResponse } from '../server/after-response'
import { makeDepartment, makeUser, makeViewer } from '../../tests/support/factories'
import { authenticatePassword } from './sign-in'
import { updateUser } from '../people/mutations/update-user'
import { acceptInvitation, inviteUser } from './invitations'
import { signUpApplicant } from './sign-up'
import { startSession, viewerForSession } from './sessions'

const ATTACKER_PASSWORD = 'attacker password 1'

/** The attacker signs up with the victim's address and signs in, never confirming it. */
async function registeredByStranger(email: string) {
  await signUpApplicant({ name: 'Victim Name', email, password: ATTACKER_PASSWORD })
  await settleAfterResponse()
  const u = await authenticatePassword(email, ATTACKER_PASSWORD)
  const sid = await startSession(u.id)
  return { user: u, claims: { id: u.id, sv: u.sv, sid } }
}

async function invitationLinkTo(email: string) {
  await settleAfterResponse()
  const db = await getDb()
  const mail = await db.notification.findFirstOrThrow({
    where: { toEmail: email, kind: 'auth.invitation' },
    orderBy: { createdAt: 'desc' },
  })
  return mail.body.match(/\/invite\/([A-Za-z0-9_-]+)/)![1]
}

describe('an account whose email is not confirmed', () => {
  it('cannot be given any role beyond applicant on the people page, with the reason beside the role', async () => {
    const staff = await makeViewer('STAFF')
    const victim = `victim-${crypto.randomUUID().slice(0, 8)}@test.pk`
    const { user } = await registeredByStranger(victim)
    const db = await getDb()
    const dept = await makeDepartment()
    for (const role of ['REVIEWER', 'FELLOW', 'PARTNER'] as const) {
      const { version } = await db.user.findUniqueOrThrow({ where: { id: user.id } })
      await expect(
        updateUser(staff, { userId: user.id, role, departmentId: role === 'PARTNER' ? dept.id : undefined, active: true, version }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN', fieldErrors: { role: 'errors.emailNotConfirmed' } })
    }
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ role: 'APPLICANT', emailVerifiedAt: null })
    // Staff may still deactivate it.
    const { version } = await db.user.findUniqueOrThrow({ where: { id: user.id } })
    await updateUser(staff, { userId: user.id, role: 'APPLICANT', active: false, version })
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ active: false })
  })

  it('a confirmed applicant can still be given a role', async () => {
    const staff = await makeViewer('STAFF')
    const u = await makeUser('APPLICANT')
    await expect(updateUser(staff, { userId: u.id, role: 'REVIEWER', active: true, version: u.version })).resolves.toBeUndefined()
  })

  it('inviting its address ends the stranger’s password and sessions; the role starts when the owner accepts', async () => {
    const staff = await makeViewer('STAFF')
    const victim = `victim-${crypto.randomUUID().slice(0, 8)}@test.pk`
    const { user, claims } = await registeredByStranger(victim)
    expect(await viewerForSession(claims)).toMatchObject({ userId: user.id, role: 'APPLICANT' })

    await expect(inviteUser(staff, { email: victim, name: 'Victim Name', role: 'REVIEWER' })).resolves.toMatchObject({
      unconfirmedAccount: true,
    })
    // The stranger is out at once, and cannot come back with their password.
    expect(await viewerForSession(claims)).toBeNull()
    await expect(authenticatePassword(victim, ATTACKER_PASSWORD)).rejects.toMatchObject({ messageKey: 'errors.invalidCredentials' })
    const db = await getDb()
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0)
    // Until the invitation is accepted the account is still an applicant's, and stays so.
    const pending = await db.user.findUniqueOrThrow({ where: { id: user.id } })
    expect(pending).toMatchObject({ role: 'APPLICANT', emailVerifiedAt: null, passwordHash: null })
    await expect(updateUser(staff, { userId: user.id, role: 'REVIEWER', active: true, version: pending.version })).rejects.toMatchObject({
      fieldErrors: { role: 'errors.emailNotConfirmed' },
    })
    // The audit log says what happened to the account, without any secret.
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: user.id, action: 'user.update' } })
    expect(audit.after).toMatchObject({ role: 'APPLICANT', passwordRemoved: true, sessionsEnded: true })

    // The owner of the address accepts from their inbox, with a password of their own.
    const accepted = await acceptInvitation(await invitationLinkTo(victim), { name: 'Victim Name', password: 'the owner’s own password' })
    expect(accepted).toMatchObject({ id: user.id, role: 'REVIEWER' })
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } })
    expect(after.role).toBe('REVIEWER')
    expect(after.emailVerifiedAt).not.toBeNull()
    await expect(authenticatePassword(victim, 'the owner’s own password')).resolves.toMatchObject({ id: user.id, role: 'REVIEWER' })
    await expect(authenticatePassword(victim, ATTACKER_PASSWORD)).rejects.toMatchObject({ messageKey: 'errors.invalidCredentials' })
    expect(await db.user.count({ where: { email: victim } })).toBe(1)
  })

  it('an account a stranger registers after the invitation was sent is taken over when the owner accepts', async () => {
    const staff = await makeViewer('STAFF')
    const victim = `victim-${crypto.randomUUID().slice(0, 8)}@test.pk`
    await expect(inviteUser(staff, { email: victim, name: 'Victim Name', role: 'REVIEWER' })).resolves.toMatchObject({
      unconfirmedAccount: false,
    })
    const { user, claims } = await registeredByStranger(victim)
    const accepted = await acceptInvitation(await invitationLinkTo(victim), { name: 'Victim Name', password: 'the owner’s own password' })
    expect(accepted).toMatchObject({ id: user.id, role: 'REVIEWER' })
    expect(await viewerForSession(claims)).toBeNull()
    await expect(authenticatePassword(victim, ATTACKER_PASSWORD)).rejects.toMatchObject({ messageKey: 'errors.invalidCredentials' })
  })

  it('a confirmed account is still not invited again, and an invitation does not take over staff or reviewers', async () => {
    const staff = await makeViewer('STAFF')
    const reviewer = await makeUser('REVIEWER')
    await expect(
      inviteUser(staff, { email: reviewer.email, name: 'Dup', role: 'PARTNER', departmentId: (await makeDepartment()).id }),
    ).rejects.toMatchObject({
      fieldErrors: { email: 'errors.emailTaken' },
    })
    // An invitation sent before the address got a reviewer's account cannot change it.
    const email = `later-${crypto.randomUUID().slice(0, 8)}@test.pk`
    await inviteUser(staff, { email, name: 'Later', role: 'FELLOW' })
    const token = await invitationLinkTo(email)
    await makeUser('REVIEWER', { email })
    await expect(acceptInvitation(token, { name: 'Later', password: 'a long enough password' })).rejects.toMatchObject({
      messageKey: 'errors.emailTaken',
    })
    const db = await getDb()
    expect(await db.user.findUniqueOrThrow({ where: { email } })).toMatchObject({ role: 'REVIEWER' })
  })

  it('given a role before this rule, acts as an applicant until its email is confirmed', async () => {
    const u = await makeUser('REVIEWER')
    const db = await getDb()
    await db.user.update({ where: { id: u.id }, data: { emailVerifiedAt: null } })
    const claims = { id: u.id, sv: u.sessionVersion, sid: await startSession(u.id) }
    expect(await viewerForSession(claims)).toMatchObject({ userId: u.id, role: 'APPLICANT', departmentId: null })
    await db.user.update({ where: { id: u.id }, data: { emailVerifiedAt: new Date() } })
    expect(await viewerForSession(claims)).toMatchObject({ userId: u.id, role: 'REVIEWER' })
  })
})
