// Foundation flows: each role lands on its own home; wrong-role URLs are refused; the
// language switch flips the page to right-to-left Urdu; staff create a cycle.
import { demoAccounts } from '../../../lib/demo'
import { expect, expectAccessible, expectAccessibleInBothLanguages, loginAs, setLanguage, signIn, test } from '../support/fixtures'

const homes: Record<string, string> = {
  ADMIN: '/staff',
  STAFF: '/staff',
  REVIEWER: '/review',
  FELLOW: '/fellow',
  PARTNER: '/partner',
  APPLICANT: '/apply',
}

test('the sign-in page is accessible in English and Urdu', async ({ page }) => {
  await page.goto('/sign-in')
  await expect(page.getByRole('heading', { name: 'Sign in to Daftar' })).toBeVisible()
  await expectAccessibleInBothLanguages(page)
})

test('every script on a page carries the nonce of its Content-Security-Policy, and the page still works', async ({ page }) => {
  const res = await page.goto('/sign-in')
  const csp = res!.headers()['content-security-policy']
  const scriptSrc = csp
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith('script-src '))!
  expect(scriptSrc).not.toContain('unsafe-inline')
  const nonce = scriptSrc.match(/'nonce-([^']+)'/)![1]
  const nonces = await page.locator('script').evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).nonce))
  expect(nonces.length).toBeGreaterThan(0)
  expect(new Set(nonces)).toEqual(new Set([nonce]))
  // Hydrated: the language switch works in the browser.
  await setLanguage(page, 'ur')
  await setLanguage(page, 'en')
})

for (const account of demoAccounts) {
  test(`${account.role} signs in and lands on ${homes[account.role]}`, async ({ page }) => {
    await signIn(page, account.email)
    await expect(page).toHaveURL(new RegExp(`${homes[account.role]}$`))
    await expect(page.getByText(account.name).first()).toBeVisible()
    await expectAccessibleInBothLanguages(page)
  })
}

test('a wrong password shows a clear message beside the form', async ({ page }) => {
  await page.goto('/sign-in')
  await page.getByLabel('Email').first().fill('staff@daftar.pk')
  await page.locator('input[name="password"]').fill('not the password')
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page.getByRole('status').getByText('That email and password do not match an active account.')).toBeVisible()
  await expect(page).toHaveURL(/\/sign-in/)
})

test('a fellow opening a staff URL is sent back to their own home', async ({ page }) => {
  await loginAs(page, 'FELLOW')
  await page.goto('/staff/cycles')
  await expect(page).toHaveURL(/\/fellow$/)
  await expect(page.getByRole('heading', { name: 'Cycles' })).toHaveCount(0)
})

test('an anonymous visitor is sent to sign in, and comes back after', async ({ page }) => {
  await page.goto('/staff/departments')
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fstaff%2Fdepartments/)
  await page.getByLabel('Email').first().fill('staff@daftar.pk')
  await page.locator('input[name="password"]').fill('daftar-demo-2026')
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page).toHaveURL(/\/staff\/departments$/)
})

test('the language switch turns the interface into right-to-left Urdu and it stays so', async ({ page }) => {
  await loginAs(page, 'STAFF')
  await setLanguage(page, 'ur')
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(page.getByRole('link', { name: 'سائیکل', exact: true })).toBeVisible()
  await page.goto('/staff/cycles')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ur')
  await expect(page.getByRole('heading', { name: 'سائیکل' })).toBeVisible()
  await expectAccessible(page)
  await setLanguage(page, 'en')
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr')
})

test('a copy of the session cookie stops working once its owner signs out', async ({ page, browser }) => {
  await loginAs(page, 'PARTNER')
  const copied = (await page.context().cookies()).filter((c) => c.name.endsWith('next-auth.session-token'))
  expect(copied).toHaveLength(1)
  const elsewhere = await browser.newContext()
  await elsewhere.addCookies(copied)
  const thief = await elsewhere.newPage()
  await thief.goto('/partner')
  await expect(thief).toHaveURL(/\/partner$/)
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/\/sign-in/)
  await thief.goto('/partner')
  await expect(thief).toHaveURL(/\/sign-in/)
  await expect(thief.getByRole('heading', { name: 'Sign in to Daftar' })).toBeVisible()
  await elsewhere.close()
})

test('signing out ends the session', async ({ page }) => {
  await loginAs(page, 'PARTNER')
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/\/sign-in/)
  await page.goto('/partner')
  await expect(page).toHaveURL(/\/sign-in/)
})
