// At phone width (390 px) the header is one line with a Menu; the menu opens and navigates
// with JavaScript and without it (a <details>), and the page below fits the screen.
import type { Browser, Page } from '@playwright/test'
import { expect, loginAs, test } from '../support/fixtures'

const PHONE = { width: 390, height: 844 }

async function useMenu(page: Page) {
  await page.goto('/fellow')
  const header = page.locator('header').first()
  // The full navigation is for wide screens; here only the app's name and the Menu show.
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeHidden()
  expect((await header.boundingBox())!.height).toBeLessThan(100)
  await page.locator('header summary').filter({ hasText: 'Menu' }).click()
  const nav = page.getByRole('navigation', { name: 'Main navigation' })
  await expect(nav).toBeVisible()
  await nav.getByRole('link', { name: 'Updates', exact: true }).click()
  await expect(page).toHaveURL(/\/fellow\/updates$/)
  await expect(page.locator('main h1')).toBeVisible()
  // The menu closed with the navigation, and nothing scrolls sideways.
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeHidden()
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0)
}

async function signedInState(browser: Browser, baseURL: string) {
  const ctx = await browser.newContext({ baseURL })
  const page = await ctx.newPage()
  await loginAs(page, 'FELLOW')
  const state = await ctx.storageState()
  await ctx.close()
  return state
}

test('at 390 px the menu opens and navigates, with JavaScript', async ({ page }) => {
  await page.setViewportSize(PHONE)
  await loginAs(page, 'FELLOW')
  await useMenu(page)
})

test('at 390 px the menu opens and navigates, without JavaScript', async ({ browser, baseURL }) => {
  const ctx = await browser.newContext({
    baseURL,
    viewport: PHONE,
    javaScriptEnabled: false,
    storageState: await signedInState(browser, baseURL!),
  })
  const page = await ctx.newPage()
  await useMenu(page)
  await ctx.close()
})
