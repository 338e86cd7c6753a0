// Staff invite a reviewer by email; the invitee sets a password through the emailed link;
// deactivating the account ends the invitee's session at once. An address a stranger
// registered and never confirmed gets no role until its owner accepts an invitation.
import { expect, expectAccessibleInBothLanguages, loginAs, signIn, test } from '../support/fixtures'
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

test('a stranger who registered someone else’s address never gets the role staff meant for its owner', async ({ browser }) => {
  const victim = `nadia-${Date.now()}@example.pk`
  const strangersPassword = 'the stranger’s own password'
  const stranger = await (await browser.newContext()).newPage()
  await stranger.goto('/sign-up')
  await stranger.getByLabel('Full name').fill('Nadia Rehman')
  await stranger.getByLabel('Email').fill(victim)
  await stranger.getByLabel('Password', { exact: true }).fill(strangersPassword)
  await stranger.getByLabel('Confirm password').fill(strangersPassword)
  await stranger.getByRole('button', { name: 'Create account' }).click()
  await expect(stranger.getByText(/Check your email/)).toBeVisible()
  // The confirmation goes to Nadia, who never opens it; the account exists once it is sent.
  await linkFromMail(victim, /https?:\/\/\S+\/verify-email\?\S+/)
  await signIn(stranger, victim, strangersPassword)
  await expect(stranger).toHaveURL(/\/apply/)

  // Staff cannot give the unconfirmed account a role, and are told why beside the field.
  const staff = await (await browser.newContext()).newPage()
  await loginAs(staff, 'STAFF')
  await staff.goto(`/staff/people?q=${encodeURIComponent(victim)}`)
  await expect(staff.getByText('Email not confirmed')).toBeVisible()
  const row = staff.locator('details').filter({ hasText: 'Update access: Nadia Rehman' })
  await row.getByText('Update access: Nadia Rehman').click()
  await row.getByLabel('Role').selectOption('REVIEWER')
  await row.getByRole('button', { name: 'Update access' }).click()
  await expect(row.getByLabel('Role')).toHaveAccessibleDescription(/This person has not confirmed their email address/)

  // Inviting the address takes the account back from the stranger at once.
  const invite = staff.getByRole('form', { name: 'Invite someone' })
  await invite.getByLabel('Full name').fill('Nadia Rehman')
  await invite.getByLabel('Email').fill(victim)
  await invite.getByLabel('Role').selectOption('REVIEWER')
  await invite.getByRole('button', { name: 'Invite someone' }).click()
  await expect(staff.getByText('This address already had an account nobody had confirmed', { exact: false })).toBeVisible()
  await stranger.goto('/review')
  await expect(stranger).toHaveURL(/\/sign-in/)
  await stranger.goto('/sign-in')
  await stranger.getByLabel('Email').first().fill(victim)
  await stranger.locator('input[name="password"]').fill(strangersPassword)
  await stranger.getByRole('button', { name: 'Sign in' }).click()
  await expect(stranger.getByText('That email and password do not match an active account.')).toBeVisible()

  // Nadia accepts from her inbox and is a reviewer, with her own password.
  const link = await linkFromMail(victim, /https?:\/\/\S+\/invite\/[A-Za-z0-9_-]+/)
  const nadia = await (await browser.newContext()).newPage()
  await nadia.goto(link.pathname)
  await nadia.getByLabel('Password', { exact: true }).fill('nadia’s own long password')
  await nadia.getByLabel('Confirm password').fill('nadia’s own long password')
  await nadia.getByRole('button', { name: 'Create my account' }).click()
  await expect(nadia).toHaveURL(/\/review$/)
})
