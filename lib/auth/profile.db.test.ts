import { describe, expect, it } from 'vitest'
import { getDb } from '../server/db'
import { makeUser, viewerOf } from '../../tests/support/factories'
import { hashPassword } from './password'
import { authenticatePassword } from './sign-in'
import { changeOwnPassword, updateOwnProfile } from './profile'

describe('own account', () => {
  it('changes the password only with the current one, and ends other sessions', async () => {
    const u = await makeUser('FELLOW', { passwordHash: await hashPassword('first password 1') })
    const v = viewerOf(u)
    await expect(changeOwnPassword(v, 'not it at all', 'second password 2')).rejects.toMatchObject({
      fieldErrors: { current: 'errors.wrongPassword' },
    })
    await changeOwnPassword(v, 'first password 1', 'second password 2')
    await expect(authenticatePassword(u.email, 'second password 2')).resolves.toMatchObject({ id: u.id })
    const db = await getDb()
    expect((await db.user.findUniqueOrThrow({ where: { id: u.id } })).sessionVersion).toBe(u.sessionVersion + 1)
  })

  it('refuses a stale profile form', async () => {
    const u = await makeUser('PARTNER')
    await updateOwnProfile(viewerOf(u), { name: 'New Name', version: u.version })
    await expect(updateOwnProfile(viewerOf(u), { name: 'Other', version: u.version })).rejects.toMatchObject({ code: 'STALE' })
  })
})
