// Signing in without JavaScript: the form posts (the password never goes into a URL), signs in
// and lands on the role's home; a wrong password is explained beside the form in English and
// Urdu. Every form that takes a secret posts.
import { DEMO_PASSWORD } from '../../../lib/demo'
import { LOCALE_COOKIE } from '../../../lib/i18n/config'
import { expect, test } from '../support/fixtures'
import type { Page } from '@playwright/test'

test.use({ javaScriptEnabled: false })

/** Every URL the page asks for, to check no password ends up in one. */
function urlsOf(page: Page) {
  const urls: string[] = []
  page.on('request', (r) => urls.push(r.url()))
  return urls
}

/** The sign-in form: the one with the password field. */
const signInForm = (page: Page) => page.locator('form:has(input[name="password"])')

async function fillSignIn(
  page: Page,
  email: string,
  password: string,
  labels = { email: 'Email', password: 'Password', button: 'Sign in' },
) {
  const form = signInForm(page)
  await form.getByLabel(labels.email).fill(email)
  await form.getByLabel(labels.password).fill(password)
  await form.getByRole('button', { name: labels.button, exact: true }).click()
}

test('staff sign in without JavaScript and land on their home; the password stays out of every URL', async ({ page }) => {
  const urls = urlsOf(page)
  await page.goto('/sign-in')
  await fillSignIn(page, 'staff@daftar.pk', DEMO_PASSWORD)
  await expect(page).toHaveURL(/\/staff$/)
  await expect(page.getByText('Anam Khattak').first()).toBeVisible()
  expect(urls.length).toBeGreaterThan(1)
  for (const u of urls) expect(u).not.toContain(DEMO_PASSWORD)
  for (const u of urls) expect(u).not.toContain('password=')
})

test('without JavaScript, sign-in goes on to the page that was asked for', async ({ page }) => {
  await page.goto('/staff/departments')
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fstaff%2Fdepartments/)
  await fillSignIn(page, 'staff@daftar.pk', DEMO_PASSWORD)
  await expect(page).toHaveURL(/\/staff\/departments$/)
})

test('without JavaScript, a wrong password is explained beside the form, in English and in Urdu', async ({ page, context }) => {
  const urls = urlsOf(page)
  await page.goto('/sign-in')
  await fillSignIn(page, 'staff@daftar.pk', 'not the password at all')
  await expect(signInForm(page).getByRole('status')).toHaveText('That email and password do not match an active account.')
  await expect(page).toHaveURL(/\/sign-in$/)
  await context.addCookies([{ name: LOCALE_COOKIE, value: 'ur', url: page.url() }])
  await page.goto('/sign-in')
  await fillSignIn(page, 'staff@daftar.pk', 'not the password at all', { email: 'ای میل', password: 'پاس ورڈ', button: 'سائن ان' })
  await expect(signInForm(page).getByRole('status')).toHaveText('یہ ای میل اور پاس ورڈ کسی فعال اکاؤنٹ سے میل نہیں کھاتے۔')
  for (const u of urls) expect(u).not.toContain('not%20the%20password')
  for (const u of urls) expect(u).not.toContain('not+the+password')
})

test('every form that takes a password posts it', async ({ page }) => {
  const pages = ['/sign-in', '/sign-up', '/reset-password?token=0123456789abcdef', '/invite/0123456789abcdef']
  let checked = 0
  for (const path of pages) {
    await page.goto(path)
    for (const form of await page.locator('form:has(input[type="password"])').all()) {
      await expect(form, path).toHaveAttribute('method', /^post$/i)
      checked++
    }
  }
  // Signed in: the account page's password change.
  await page.goto('/sign-in')
  await fillSignIn(page, 'fellow@daftar.pk', DEMO_PASSWORD)
  await expect(page).toHaveURL(/\/fellow$/)
  await page.goto('/account')
  for (const form of await page.locator('form:has(input[type="password"])').all()) {
    await expect(form, '/account').toHaveAttribute('method', /^post$/i)
    checked++
  }
  // Sign-in, sign-up, reset and the password change at least (an invalid invitation shows none).
  expect(checked).toBeGreaterThanOrEqual(4)
})
