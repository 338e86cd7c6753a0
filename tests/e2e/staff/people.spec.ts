// Staff invite a reviewer by email; the invitee sets a password through the emailed link;
// deactivating the account ends the invitee's session at once.
import { expect, expectAccessibleInBothLanguages, loginAs, test } from '../support/fixtures'

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

  await admin.goto(`/staff/outbox?to=${encodeURIComponent(email)}`)
  await expectAccessibleInBothLanguages(admin)
  await admin.getByText('Show message').first().click()
  const body = await admin.getByTestId('outbox-body').first().innerText()
  const link = body.match(/https?:\/\/\S+\/invite\/[A-Za-z0-9_-]+/)![0]

  const invitee = await (await browser.newContext()).newPage()
  await invitee.goto(new URL(link).pathname)
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
  await expect(invitee.getByText('Signed in as Sana Gul')).toBeVisible()

  await admin.goto(`/staff/people?q=${encodeURIComponent(email)}`)
  await admin.getByText('Update access: Sana Gul').click()
  await admin.getByLabel('Account active').uncheck()
  await admin.getByRole('button', { name: 'Update access' }).click()
  await expect(admin.getByText(/Access updated/)).toBeVisible()

  await invitee.goto('/review')
  await expect(invitee).toHaveURL(/\/sign-in/)
})
