// Sign-up answers the same whether or not the email has an account (no enumeration), is
// limited per address and per email, and never mails a stranger text the visitor chose.
import { describe, expect, it } from 'vitest'
import { getDb } from '../server/db'
import { settleAfterResponse } from '../server/after-response'
import { makeUser } from '../../tests/support/factories'
import { hashPassword, verifyPassword } from './password'
import { signUpApplicant } from './sign-up'

/** The mail to an address, once what sign-up does after its answer is done. */
async function mailsTo(email: string) {
  await settleAfterResponse()
  const db = await getDb()
  return db.notification.findMany({ where: { toEmail: email }, orderBy: { createdAt: 'asc' } })
}

describe('sign-up', () => {
  it('creates an unverified applicant and emails a confirmation link', async () => {
    await signUpApplicant({ name: 'Hira Bibi', email: 'hira@test.pk', password: 'long enough pw' }, '/apply/cycles/abc')
    await settleAfterResponse()
    const db = await getDb()
    const u = await db.user.findUniqueOrThrow({ where: { email: 'hira@test.pk' } })
    expect(u).toMatchObject({ role: 'APPLICANT', emailVerifiedAt: null, name: 'Hira Bibi' })
    const [mail] = await mailsTo('hira@test.pk')
    expect(mail.body).toMatch(/verify-email\?token=[A-Za-z0-9_-]+&next=%2Fapply%2Fcycles%2Fabc/)
  })

  it('answers an email that has an account exactly as a new one, and mails its owner instead of changing anything', async () => {
    const owner = await makeUser('FELLOW', {
      email: 'sana@test.pk',
      name: 'Sana Gul',
      passwordHash: await hashPassword('the real password'),
    })
    await expect(signUpApplicant({ name: 'Someone Else', email: 'sana@test.pk', password: 'attacker password' })).resolves.toBeUndefined()
    await settleAfterResponse()
    const db = await getDb()
    const after = await db.user.findUniqueOrThrow({ where: { email: 'sana@test.pk' } })
    expect(after).toMatchObject({ id: owner.id, role: 'FELLOW', name: 'Sana Gul' })
    expect(await verifyPassword('the real password', after.passwordHash)).toBe(true)
    expect(await db.user.count({ where: { email: 'sana@test.pk' } })).toBe(1)
    const [mail] = await mailsTo('sana@test.pk')
    expect(mail.subject).toMatch(/already have/i)
    expect(mail.body).toMatch(/\/sign-in/)
    expect(mail.body).toMatch(/\/forgot-password/)
    expect(mail.body).not.toMatch(/token=/)
    expect(mail.body).not.toContain('Someone Else')
  })

  it('does not put the name typed into the form into the email a stranger receives', async () => {
    const name = 'Your bank account is locked, call +92 300 0000000 now'
    await signUpApplicant({ name, email: 'stranger@test.pk', password: 'long enough pw' })
    const [mail] = await mailsTo('stranger@test.pk')
    expect(mail.subject + mail.body).not.toContain('bank account')
  })

  it('sends one address at most three emails an hour, whoever asks', async () => {
    const answers = []
    for (let i = 0; i < 4; i++) {
      answers.push(
        await signUpApplicant({ name: 'Bot', email: 'target@test.pk', password: 'long enough pw' }, undefined, `198.51.100.${i + 1}`).then(
          () => 'ok',
          (e: { code: string }) => e.code,
        ),
      )
    }
    expect(answers).toEqual(['ok', 'ok', 'ok', 'RATE_LIMITED'])
    expect(await mailsTo('target@test.pk')).toHaveLength(3)
  })

  it('lets one address sign up ten emails an hour', async () => {
    const answers = []
    for (let i = 0; i < 11; i++) {
      answers.push(
        await signUpApplicant({ name: 'Bot', email: `spray-${i}@test.pk`, password: 'long enough pw' }, undefined, '203.0.113.50').then(
          () => 'ok',
          (e: { code: string }) => e.code,
        ),
      )
    }
    expect(answers.filter((a) => a === 'ok')).toHaveLength(10)
    expect(answers.at(-1)).toBe('RATE_LIMITED')
    expect(await mailsTo('spray-10@test.pk')).toHaveLength(0)
  })
})
