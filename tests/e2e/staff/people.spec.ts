// Staff invite a reviewer by email; the invitee sets a password through the emailed link;
// deactivating the account ends the invitee's session at once.
import { expect, expectAccessibleInBothLanguages, loginAs, test } from '../support/fixtures'
import { linkFromMail } from '../support/mail'

test('invite, accept through the emailed link, then deactivate', async ({ browser }) => {
  const admin = await (await browser.newContext()).newPage()
  const email = `volunteer-${Date.now()}@example.pk`
  await loginAs(admin, 'ADMIN')
  await admin.goto('/staff/people')
  await expectAccessibleInBothLanguages(admin)
  const invite = admin.getByRole('form', { name: 'Invite someone' })
  await invite.getByLabel('Full name').fill('Sana Gul')
  await invite.getByLabel('Email').fill(email)
  await invite.getByLabel('Role').selectOption('REVIEWER')
  await invite.getByRole('button', { name: 'Invite someone' }).click()
  await expect(admin.getByText('Invitation sent.')).toBeVisible()
  await expect(admin.getByRole('table', { name: 'Open invitations' }).getByText(email)).toBeVisible()

  // The outbox lists the invitation but, even to the administrator, never its link.
  await admin.goto(`/staff/outbox?to=${encodeURIComponent(email)}`)
  await expect(admin.getByText('You are invited to Daftar', { exact: false })).toBeVisible()
  await expect(admin.getByText('Not shown: this message carries a link only its recipient may use.')).toBeVisible()
  await expectAccessibleInBothLanguages(admin)
  const link = await linkFromMail(email, /https?:\/\/\S+\/invite\/[A-Za-z0-9_-]+/)

  const invitee = await (await browser.newContext()).newPage()
  await invitee.goto(link.pathname)
  await expect(invitee.getByRole('heading', { name: 'Accept your invitation' })).toBeVisible()
  await expectAccessibleInBothLanguages(invitee)
  await invitee.getByLabel('Password', { exact: true }).fill('short')
  await invitee.getByLabel('Confirm password').fill('short')
  await invitee.getByRole('button', { name: 'Create my account' }).click()
  await expect(invitee.getByText('Use at least 10 characters.')).toBeVisible()
  await expect(invitee.getByLabel('Full name')).toHaveValue('Sana Gul')
  await invitee.getByLabel('Password', { exact: true }).fill('a long enough password')
  await invitee.getByLabel('Confirm password').fill('a long enough password')
  await invitee.getByRole('button', { name: 'Create my account' }).click()
  await expect(invitee).toHaveURL(/\/review$/)
  await expect(invitee.getByText('Signed in as Sana Gul').first()).toBeVisible()

  await admin.goto(`/staff/people?q=${encodeURIComponent(email)}`)
  await admin.getByText('Update access: Sana Gul').click()
  await admin.getByLabel('Account active').uncheck()
  await admin.getByRole('button', { name: 'Update access' }).click()
  await expect(admin.getByText(/Access updated/)).toBeVisible()

  await invitee.goto('/review')
  await expect(invitee).toHaveURL(/\/sign-in/)
})
