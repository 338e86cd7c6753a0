// Playwright fixtures: sign in as a demo account of a role, switch language, and check a
// page with axe (WCAG 2.1 A/AA) in the language it is shown in.
import { test as base, expect, type Page } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { DEMO_PASSWORD, demoAccounts } from '../../../lib/demo'
import type { RoleName } from '../../../lib/auth/roles'

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/sign-in')
  await page
    .getByLabel(/^Email|^ای میل/)
    .first()
    .fill(email)
  await page.locator('input[name="password"]').fill(password)
  await page.getByRole('button', { name: /^Sign in$|^سائن ان$/ }).click()
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in') && !url.pathname.startsWith('/after-sign-in'))
}

export async function loginAs(page: Page, role: RoleName) {
  const account = demoAccounts.find((a) => a.role === role)!
  await signIn(page, account.email)
}

export async function setLanguage(page: Page, lang: 'en' | 'ur') {
  const current = await page.locator('html').getAttribute('lang')
  if (current === lang) return
  await page.getByTestId('language-switch').first().click()
  await expect(page.locator('html')).toHaveAttribute('lang', lang)
}

export async function expectAccessible(page: Page) {
  // After a client-side navigation the new title arrives with the page's data; wait for it
  // (a page without a title still fails below, once this gives up).
  await expect
    .poll(() => page.title(), { timeout: 10_000 })
    .not.toBe('')
    .catch(() => {})
  // Legacy mode runs axe in the page itself; the default opens a blank page of its own to
  // combine the frames' results, which doubled the time of every scan (our pages have no frames).
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).setLegacyMode(true).analyze()
  const summary = results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  )
  expect(summary, `axe violations on ${page.url()}`).toEqual([])
}

/** Checks the page in English, then switches to Urdu and checks again (and switches back). */
export async function expectAccessibleInBothLanguages(page: Page) {
  await setLanguage(page, 'en')
  await expectAccessible(page)
  await setLanguage(page, 'ur')
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await expectAccessible(page)
  await setLanguage(page, 'en')
}

/**
 * Every test's page fails the test if the browser refused anything under the
 * Content-Security-Policy (a script without the page's nonce, say): the page would look
 * right and do nothing.
 */
export const test = base.extend<{ page: Page }>({
  page: async ({ page }, provide) => {
    const refused: string[] = []
    page.on('console', (msg) => {
      if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) refused.push(`${page.url()}: ${msg.text()}`)
    })
    await provide(page)
    expect(refused, 'the browser refused content under the Content-Security-Policy').toEqual([])
  },
})
export { expect }
